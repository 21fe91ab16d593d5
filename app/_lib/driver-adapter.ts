import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3'
import { PrismaPg } from '@prisma/adapter-pg'
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils'
import Database from 'better-sqlite3'
import type { DatabaseConfig } from './config'

/** How long an SQLite connection waits for another process's lock before failing with SQLITE_BUSY. */
export const sqliteBusyTimeoutMs = 10_000

const walFiles = new Set<string>()

/**
 * The Prisma driver adapter factory for `database`, shared by the Prisma client and the
 * WebAssembly schema engine. For SQLite it first switches the file to WAL journal mode (once per
 * process; the mode is stored in the file), and every connection waits up to
 * sqliteBusyTimeoutMs for a lock.
 */
export function createAdapterFactory(database: DatabaseConfig): SqlMigrationAwareDriverAdapterFactory {
  switch (database.provider) {
    case 'sqlite':
      enableWal(database.file)
      return new PrismaBetterSqlite3({ url: database.file, timeout: sqliteBusyTimeoutMs })
    case 'postgresql':
      return new PrismaPg({ connectionString: database.url })
  }
}

/** Opens `file` (creating it when missing) and sets `journal_mode = WAL`, so readers never block the writer. */
export function enableWal(file: string): void {
  if (walFiles.has(file)) return
  const connection = new Database(file, { timeout: sqliteBusyTimeoutMs })
  try {
    connection.pragma('journal_mode = WAL')
  } finally {
    connection.close()
  }
  walFiles.add(file)
}
