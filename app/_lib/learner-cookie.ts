import 'server-only'
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import type { PrismaClient } from './db'

/** The cookie that carries an anonymous learner's id, signed so it cannot be forged. */
export const LEARNER_COOKIE = 'ordinal_learner'

/** A year: progress should outlast a browser session by far. */
const MAX_AGE_S = 365 * 24 * 60 * 60

const keys = new WeakMap<PrismaClient, Promise<Buffer>>()

/**
 * The HMAC key for learner cookies: ORDINAL_SECRET when set (give every instance the same one),
 * else a random key created once and kept in the database's Setting table, so all instances
 * sharing a database agree and restarts keep cookies valid.
 */
export function signingKey(db: PrismaClient): Promise<Buffer> {
  const configured = process.env.ORDINAL_SECRET
  if (configured) return Promise.resolve(Buffer.from(configured, 'utf8'))
  const cached = keys.get(db)
  if (cached) return cached
  const key = (async () => {
    const fresh = randomBytes(32).toString('base64url')
    // Two instances racing both upsert; whichever value is stored first wins for both.
    await db.setting.upsert({ where: { key: 'learner-cookie-key' }, create: { key: 'learner-cookie-key', value: fresh }, update: {} })
    const stored = await db.setting.findUniqueOrThrow({ where: { key: 'learner-cookie-key' } })
    return Buffer.from(stored.value, 'utf8')
  })().catch((error) => {
    keys.delete(db)
    throw error
  })
  keys.set(db, key)
  return key
}

const sign = (key: Buffer, id: string) => createHmac('sha256', key).update(`learner:${id}`).digest('base64url')

/** `<id>.<signature>`, the cookie's value for learner `id`. */
export function cookieValue(key: Buffer, id: string): string {
  return `${id}.${sign(key, id)}`
}

/** The learner id a cookie value carries, or null when it is malformed or its signature is wrong. */
export function verifyCookieValue(key: Buffer, value: string | undefined): string | null {
  if (!value) return null
  const dot = value.lastIndexOf('.')
  if (dot <= 0) return null
  const id = value.slice(0, dot)
  if (!/^[a-z0-9]{10,40}$/.test(id)) return null
  const given = Buffer.from(value.slice(dot + 1), 'utf8')
  const expected = Buffer.from(sign(key, id), 'utf8')
  return given.length === expected.length && timingSafeEqual(given, expected) ? id : null
}

/** The Set-Cookie header for learner `id`: httpOnly, SameSite=Lax, Secure behind HTTPS. */
export function setCookieHeader(key: Buffer, id: string, secure: boolean): string {
  return [`${LEARNER_COOKIE}=${cookieValue(key, id)}`, 'Path=/', `Max-Age=${MAX_AGE_S}`, 'HttpOnly', 'SameSite=Lax', ...(secure ? ['Secure'] : [])].join('; ')
}

/** The value of the learner cookie in a Cookie header. */
export function readCookie(header: string | null): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=')
    if (name === LEARNER_COOKIE) return rest.join('=')
  }
  return undefined
}
