import 'server-only'
import { cookies } from 'next/headers'
import type { PrismaClient } from './db'
import { LEARNER_COOKIE, readCookie, setCookieHeader, signingKey, verifyCookieValue } from './learner-cookie'

/** The learner a request's cookie names, if its signature holds and the learner still exists. */
export async function learnerFromRequest(db: PrismaClient, request: Request): Promise<string | null> {
  return existing(db, verifyCookieValue(await signingKey(db), readCookie(request.headers.get('cookie'))))
}

/** The same, for server components (which read cookies but cannot set them). */
export async function learnerFromCookies(db: PrismaClient): Promise<string | null> {
  const value = (await cookies()).get(LEARNER_COOKIE)?.value
  return existing(db, verifyCookieValue(await signingKey(db), value))
}

/**
 * The request's learner, created on first contact: then `setCookie` holds the header that gives
 * the browser its signed, httpOnly identity.
 */
export async function ensureLearner(db: PrismaClient, request: Request): Promise<{ id: string; setCookie?: string }> {
  const id = await learnerFromRequest(db, request)
  if (id) return { id }
  const learner = await db.learner.create({ data: {} })
  const secure = new URL(request.url).protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https'
  return { id: learner.id, setCookie: setCookieHeader(await signingKey(db), learner.id, secure) }
}

async function existing(db: PrismaClient, id: string | null): Promise<string | null> {
  if (!id) return null
  const learner = await db.learner.findUnique({ where: { id }, select: { id: true } })
  return learner?.id ?? null
}
