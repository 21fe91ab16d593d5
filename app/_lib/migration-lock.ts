import { setTimeout as sleep } from 'node:timers/promises'
import Database from 'better-sqlite3'
import type { DatabaseConfig } from './config'

/** Thrown when another process held the migration lock for longer than the wait allowed. */
export class MigrationLockTimeout extends Error {
  override name = 'MigrationLockTimeout'
}

/** The lock file that serialises migrations of the SQLite database `file`. */
export const migrationLockFile = (file: string) => `${file}-migrate-lock`

/**
 * Runs `fn` while no other process migrates the same database. For SQLite the lock is an
 * exclusive transaction on a small side database, migrationLockFile(file): SQLite's own file
 * locks make it work across processes, and the operating system drops it if the holder dies, so
 * a crash never leaves a stale lock. Waiting polls without blocking the event loop and gives up
 * with MigrationLockTimeout after `waitMs`. Other providers run `fn` unlocked: config.ts refuses
 * PostgreSQL until it ships, and its support should take pg_advisory_lock here.
 */
export async function withMigrationLock<T>(database: DatabaseConfig, fn: () => Promise<T>, waitMs = 60_000): Promise<T> {
  if (database.provider !== 'sqlite') return fn()
  const lock = new Database(migrationLockFile(database.file), { timeout: 0 })
  try {
    await acquire(lock, waitMs, database.file)
    try {
      return await fn()
    } finally {
      lock.exec('ROLLBACK')
    }
  } finally {
    lock.close()
  }
}

async function acquire(lock: Database.Database, waitMs: number, file: string): Promise<void> {
  const deadline = Date.now() + waitMs
  for (let delay = 25; ; delay = Math.min(delay * 2, 500)) {
    try {
      lock.exec('BEGIN EXCLUSIVE')
      return
    } catch (error) {
      if ((error as { code?: string }).code !== 'SQLITE_BUSY') throw error
      if (Date.now() >= deadline) {
        throw new MigrationLockTimeout(
          `another process has been migrating ${file} for over ${Math.round(waitMs / 1000)} s (lock: ${migrationLockFile(file)})`,
        )
      }
      await sleep(delay)
    }
  }
}
