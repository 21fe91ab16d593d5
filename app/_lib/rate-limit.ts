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

/** The proxies in front of Ordinal (ORDINAL_TRUSTED_PROXIES: addresses or IPv4 CIDR ranges, comma-separated). */
export function trustedProxies(): string[] {
  return (process.env.ORDINAL_TRUSTED_PROXIES ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)
}

/**
 * The client's address from `X-Forwarded-For`, walked from the right: the last entry is the one
 * the nearest proxy (or Next's own server, from the socket, when there is none) wrote, and each
 * trusted proxy's entry is skipped; entries further left are the client's to invent. Falls back
 * to "local".
 */
export function clientAddress(request: Request, proxies = trustedProxies()): string {
  const chain = (request.headers.get('x-forwarded-for') ?? '').split(',').map((a) => a.trim()).filter(Boolean)
  for (let i = chain.length - 1; i >= 0; i--) {
    if (i === 0 || !proxies.some((proxy) => matches(proxy, chain[i]))) return chain[i]
  }
  return 'local'
}

function matches(proxy: string, address: string): boolean {
  const [range, bits] = proxy.split('/')
  if (bits === undefined) return range === address
  const a = ipv4(range)
  const b = ipv4(address)
  const n = Number(bits)
  if (a === null || b === null || !Number.isInteger(n) || n < 0 || n > 32) return false
  const mask = n === 0 ? 0 : (0xffffffff << (32 - n)) >>> 0
  return (a & mask) >>> 0 === (b & mask) >>> 0
}

function ipv4(text: string): number | null {
  const parts = text.split('.')
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255)) return null
  return parts.reduce((n, p) => (n << 8) + Number(p), 0) >>> 0
}
