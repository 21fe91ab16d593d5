import 'server-only'
import type { PrismaClient } from './db'

export interface RateLimit {
  /** What is counted, e.g. `join-failures:<address>`. */
  key: string
  max: number
  windowS: number
}

export interface RateLimitState {
  /** True when `max` was reached in the current window. */
  limited: boolean
  /** Seconds until the window resets. */
  retryAfterS: number
}

function windowStartOf(limit: RateLimit, now: Date): Date {
  const windowMs = limit.windowS * 1000
  return new Date(Math.floor(now.getTime() / windowMs) * windowMs)
}

function retryAfter(limit: RateLimit, now: Date): number {
  return Math.ceil((windowStartOf(limit, now).getTime() + limit.windowS * 1000 - now.getTime()) / 1000)
}

/**
 * Whether `limit.key` reached its maximum in the current fixed window. The counters live in the
 * database, so every app instance sharing it enforces one limit.
 */
export async function rateLimitState(db: PrismaClient, limit: RateLimit, now = new Date()): Promise<RateLimitState> {
  const row = await db.rateLimit.findUnique({ where: { key: limit.key } })
  const count = row && row.windowStart.getTime() === windowStartOf(limit, now).getTime() ? row.count : 0
  return { limited: count >= limit.max, retryAfterS: retryAfter(limit, now) }
}

/**
 * Counts one more against `limit.key` in the current window and says whether that went past the
 * maximum. The increment and the answer are one step, so concurrent requests cannot all slip
 * under the limit. Starting a new window also drops every counter whose window is over.
 */
export async function countAgainst(db: PrismaClient, limit: RateLimit, now = new Date()): Promise<RateLimitState> {
  const windowStart = windowStartOf(limit, now)
  let row = await db.rateLimit.upsert({ where: { key: limit.key }, create: { key: limit.key, windowStart, count: 1 }, update: { count: { increment: 1 } } })
  if (row.windowStart.getTime() !== windowStart.getTime()) {
    // The stored window is over: this one starts the new window.
    row = await db.rateLimit.update({ where: { key: limit.key }, data: { windowStart, count: 1 } })
    await db.rateLimit.deleteMany({ where: { windowStart: { lt: windowStart } } })
  }
  return { limited: row.count > limit.max, retryAfterS: retryAfter(limit, now) }
}

/**
 * The client's address: the last `X-Forwarded-For` entry, which is the one the nearest proxy
 * (or Next's own server, from the socket, when there is none) wrote; earlier entries are the
 * client's to invent. Falls back to "local".
 */
export function clientAddress(request: Request): string {
  const forwarded = request.headers.get('x-forwarded-for')?.split(',').at(-1)?.trim()
  return forwarded || 'local'
}
