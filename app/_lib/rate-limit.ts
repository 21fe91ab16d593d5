import 'server-only'
import type { PrismaClient } from './db'

export interface RateLimitResult {
  allowed: boolean
  /** Seconds until the window resets, when refused. */
  retryAfterS: number
}

/**
 * Counts a request against `key` in fixed windows of `windowS` seconds and allows `max` per
 * window. The counter lives in the database, so every app instance sharing it enforces one limit.
 */
export async function hitRateLimit(db: PrismaClient, key: string, max: number, windowS: number, now = new Date()): Promise<RateLimitResult> {
  const windowMs = windowS * 1000
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs)
  const row = await db.rateLimit.upsert({
    where: { key },
    create: { key, windowStart, count: 1 },
    update: { count: { increment: 1 } },
  })
  let count = row.count
  if (row.windowStart.getTime() !== windowStart.getTime()) {
    // The stored window is over: this request starts the new one.
    await db.rateLimit.update({ where: { key }, data: { windowStart, count: 1 } })
    count = 1
  }
  return { allowed: count <= max, retryAfterS: Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000) }
}

/** The client's address as the proxy in front reports it, else "local". */
export function clientAddress(request: Request): string {
  const forwarded = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim()
  return forwarded || request.headers.get('x-real-ip') || 'local'
}
