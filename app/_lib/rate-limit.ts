import 'server-only'
import { getIPFromHeader } from '@better-auth/core/utils/ip'
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

/** The proxies in front of Ordinal (ORDINAL_TRUSTED_PROXIES: addresses or CIDR ranges, comma-separated). */
export function trustedProxies(): string[] {
  return (process.env.ORDINAL_TRUSTED_PROXIES ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)
}

/**
 * The client's address from `X-Forwarded-For`. With trusted proxies, better-auth's own reading
 * (walked from the right, trusted hops skipped), so the join and sign-in limits agree; without,
 * the last entry: the one the nearest proxy (or Next's own server, from the socket) wrote, as
 * earlier entries are the client's to invent. Falls back to "local".
 */
export function clientAddress(request: Request, proxies = trustedProxies()): string {
  const header = request.headers.get('x-forwarded-for') ?? ''
  if (proxies.length > 0) return getIPFromHeader(header, { trustedProxies: proxies }) ?? 'local'
  return header.split(',').at(-1)?.trim() || 'local'
}
