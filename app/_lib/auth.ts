import 'server-only'
import { hkdfSync } from 'node:crypto'
import { betterAuth } from 'better-auth'
import { prismaAdapter } from 'better-auth/adapters/prisma'
import { getConfig } from './config'
import { getDb, type PrismaClient } from './db'
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
    // request is used, so a workshop served from a laptop on a classroom network works as is.
    baseURL: process.env.BETTER_AUTH_URL || { allowedHosts: ['*'] },
    database: prismaAdapter(db, { provider }),
    user: { modelName: 'instructor' },
    session: { modelName: 'instructorSession' },
    account: { modelName: 'instructorAccount' },
    verification: { modelName: 'verification' },
    emailAndPassword: { enabled: true, autoSignIn: true, minPasswordLength: MIN_PASSWORD, maxPasswordLength: 128 },
    advanced: { cookiePrefix: 'ordinal', database: { generateId: false } },
    telemetry: { enabled: false },
    rateLimit: { enabled: true, window: 60, max: 30 },
  })
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
