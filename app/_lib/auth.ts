import 'server-only'
import { hkdfSync } from 'node:crypto'
import { betterAuth } from 'better-auth'
import { prismaAdapter } from 'better-auth/adapters/prisma'
import { getConfig } from './config'
import { getDb, type PrismaClient } from './db'
import { trustedProxies } from './rate-limit'
import { signingKey } from './learner-cookie'

// Instructor accounts, through better-auth: email and password (hashed with scrypt by the
// library), sessions in an httpOnly cookie, its own Origin checks on every mutation. Learners
// never sign in; they stay anonymous (learner-cookie.ts).

export const MIN_PASSWORD = 10

type Auth = ReturnType<typeof buildAuth>

const instances = new WeakMap<PrismaClient, Promise<Auth>>()

/** The better-auth instance for the configured database, built once per database client. */
export function getAuth(db: PrismaClient = getDb()): Promise<Auth> {
  let auth = instances.get(db)
  if (!auth) {
    auth = authSecret(db).then((secret) => buildAuth(db, secret))
    auth.catch(() => instances.delete(db))
    instances.set(db, auth)
  }
  return auth
}

/**
 * better-auth's secret: BETTER_AUTH_SECRET when set, else derived (HKDF) from the key that signs
 * learner cookies (ORDINAL_SECRET, or the random one kept in the database), so a deployment has
 * one secret to manage and every instance sharing the database agrees.
 */
async function authSecret(db: PrismaClient): Promise<string> {
  if (process.env.BETTER_AUTH_SECRET) return process.env.BETTER_AUTH_SECRET
  const key = await signingKey(db)
  return Buffer.from(hkdfSync('sha256', key, 'ordinal', 'better-auth secret', 32)).toString('base64url')
}

function buildAuth(db: PrismaClient, secret: string) {
  const provider = getConfig().database.provider
  return betterAuth({
    appName: 'Ordinal',
    secret,
    // BETTER_AUTH_URL pins the public URL (set it in production); without it the origin of each
    // request is used, so a workshop served from a laptop on a classroom network works as is, and
    // only that same origin may post to the auth endpoints.
    baseURL: process.env.BETTER_AUTH_URL || undefined,
    trustedOrigins: async (request) => (request ? [requestOrigin(request)] : []),
    logger: { level: 'warn', log: logAuth },
    database: prismaAdapter(db, { provider }),
    user: { modelName: 'instructor' },
    session: { modelName: 'instructorSession' },
    account: { modelName: 'instructorAccount' },
    verification: { modelName: 'verification' },
    emailAndPassword: { enabled: true, autoSignIn: true, minPasswordLength: MIN_PASSWORD, maxPasswordLength: 128 },
    advanced: {
      cookiePrefix: 'ordinal',
      database: { generateId: false },
      // Secure cookies only when the public URL is https: a browser drops them on plain http, and a
      // workshop served from a laptop on a classroom network is plain http (production build or not).
      useSecureCookies: (process.env.BETTER_AUTH_URL ?? '').startsWith('https:'),
      // Behind proxies that append to X-Forwarded-For, the client is the last address before them.
      ipAddress: { trustedProxies: trustedProxies() },
    },
    // An instructor's name is shown on their pages: kept to a line, whatever the sign-up sent.
    databaseHooks: {
      user: {
        create: { before: async (user) => ({ data: { ...user, name: instructorName(user.name) } }) },
        update: { before: async (user) => (typeof user.name === 'string' ? { data: { ...user, name: instructorName(user.name) } } : undefined) },
      },
    },
    telemetry: { enabled: false },
    // In the database, so every instance counts together (our own join limit's model is RateLimit).
    rateLimit: { enabled: true, window: 60, max: 30, storage: 'database', modelName: 'authRateLimit' },
  })
}

const MAX_NAME = 80

/** A display name for an instructor: one line, at most MAX_NAME characters. */
function instructorName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME)
}

/**
 * The origin a browser addressed: the Host header it sent, with the scheme of the connection (or
 * of the proxy in front). Next.js' request.url may name the address the server listens on
 * instead, which a browser's Origin header never matches.
 */
function requestOrigin(request: Request): string {
  const url = new URL(request.url)
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host') ?? url.host
  const proto = request.headers.get('x-forwarded-proto') ?? url.protocol.replace(':', '')
  return `${proto}://${host}`
}

/** better-auth's log lines, without its reminder that no fixed base URL is set (that is on purpose). */
function logAuth(level: 'debug' | 'info' | 'warn' | 'error', message: string, ...args: unknown[]): void {
  if (message.includes('Base URL is not set')) return
  const line = `ordinal: auth: ${message}`
  if (level === 'error') console.error(line, ...args)
  else if (level === 'warn') console.warn(line, ...args)
  else console.log(line, ...args)
}

export interface SignedInInstructor {
  id: string
  name: string
  email: string
}

/** The instructor whose session cookie `headers` carry, or null. */
export async function instructorFromHeaders(headers: Headers): Promise<SignedInInstructor | null> {
  const auth = await getAuth()
  const session = await auth.api.getSession({ headers }).catch(() => null)
  if (!session) return null
  return { id: session.user.id, name: session.user.name, email: session.user.email }
}
