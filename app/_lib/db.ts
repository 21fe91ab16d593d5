import { PrismaClient } from '../../generated/prisma/client'
import { PrismaClient as PostgresPrismaClient } from '../../generated/prisma-postgresql/client'
import { describeDatabase, getConfig, type DatabaseConfig } from './config'
import { createAdapterFactory } from './driver-adapter'

export type { PrismaClient }

interface CachedClient {
  key: string
  client: PrismaClient
}

const globalForPrisma = globalThis as typeof globalThis & { ordinalPrisma?: CachedClient }
let cached: CachedClient | undefined

/**
 * The process-wide Prisma client for the configured database (DATABASE_URL). Outside production
 * it is kept on globalThis, as in Next.js' Prisma example, so hot reloads reuse one client instead
 * of opening a connection per reload. Throws ConfigError when the configuration is bad. The
 * schema is migrated on server start (instrumentation.ts), not here.
 */
export function getDb(): PrismaClient {
  const { database } = getConfig()
  const key = describeDatabase(database)
  const current = process.env.NODE_ENV === 'production' ? cached : globalForPrisma.ordinalPrisma
  if (current?.key === key) return current.client
  const next = { key, client: createDb(database) }
  if (process.env.NODE_ENV === 'production') cached = next
  else globalForPrisma.ordinalPrisma = next
  return next.client
}

/**
 * A new Prisma client for `database` through its driver adapter (better-sqlite3 in WAL mode with a
 * busy timeout for SQLite). Errors carry Prisma's minimal message, without a code frame, so they
 * can be logged or reported as they are. The caller owns the client and should $disconnect() it.
 */
export function createDb(database: DatabaseConfig): PrismaClient {
  const options = { adapter: createAdapterFactory(database), errorFormat: 'minimal' as const }
  // The PostgreSQL client is generated from the same models (prisma/postgresql/schema.prisma), so
  // it has the same API; only the SQL it compiles to differs.
  return database.provider === 'postgresql' ? (new PostgresPrismaClient(options) as unknown as PrismaClient) : new PrismaClient(options)
}
