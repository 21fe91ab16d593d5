import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Client } from 'pg'
import { afterAll, beforeAll } from 'vitest'
import { parseConfig, type AppConfig } from '@/app/_lib/config'
import { applyMigrations } from '@/app/_lib/migrations'

export const repoRoot = path.resolve(__dirname, '..', '..')

/** A fresh temporary directory, removed by the returned cleanup. */
export function tempDir(prefix = 'ordinal-db-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix))
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

/** The config for an SQLite file in `dir`, with the repository's schema and migrations. */
export function tempSqliteConfig(dir: string, name = 'test.db'): AppConfig {
  const config = parseConfig({ DATABASE_URL: `file:${path.join(dir, name)}` }, repoRoot)
  if (!('database' in config)) throw config
  return config
}

/** A database for one test file, migrated, with its DATABASE_URL; cleanup() removes it. */
export interface TestDatabase {
  url: string
  cleanup(): Promise<void>
}

export interface TestDatabaseKind {
  name: 'sqlite' | 'postgresql'
  /** A new database, migrated unless `migrate` is false (a scratch database for diffs). */
  create(options?: { migrate?: boolean }): Promise<TestDatabase>
}

/**
 * The databases the database tests run against: SQLite always, and PostgreSQL when
 * ORDINAL_TEST_POSTGRES_URL names a server they may create databases on (the test command starts
 * one from Debian's packages when it can). Each created database is migrated.
 */
export function testDatabases(): TestDatabaseKind[] {
  const kinds: TestDatabaseKind[] = [
    {
      name: 'sqlite',
      async create() {
        const temp = tempDir()
        const config = tempSqliteConfig(temp.dir, 'test.db')
        await applyMigrations(config)
        return { url: `file:${path.join(temp.dir, 'test.db')}`, cleanup: async () => temp.cleanup() }
      },
    },
  ]
  const admin = process.env.ORDINAL_TEST_POSTGRES_URL
  if (admin) {
    kinds.push({
      name: 'postgresql',
      async create({ migrate = true } = {}) {
        const name = `ordinal_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`
        const client = new Client({ connectionString: admin })
        await client.connect()
        await client.query(`CREATE DATABASE ${name}`)
        await client.end()
        const url = new URL(admin)
        url.pathname = `/${name}`
        const config = parseConfig({ DATABASE_URL: url.toString() }, repoRoot)
        if (!('database' in config)) throw config
        if (migrate) await applyMigrations(config)
        return {
          url: url.toString(),
          async cleanup() {
            const { getDb } = await import('@/app/_lib/db')
            if (process.env.DATABASE_URL === url.toString()) await getDb().$disconnect()
            const drop = new Client({ connectionString: admin })
            await drop.connect()
            await drop.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
            await drop.end()
          },
        }
      },
    })
  }
  return kinds
}

/**
 * For a describe block: a fresh database of `kind` for its tests, set as DATABASE_URL before
 * them and removed (and DATABASE_URL restored) after.
 */
export function useTestDatabase(kind: TestDatabaseKind): void {
  let database: TestDatabase
  const saved = process.env.DATABASE_URL
  beforeAll(async () => {
    database = await kind.create()
    process.env.DATABASE_URL = database.url
  })
  afterAll(async () => {
    await database.cleanup()
    if (saved === undefined) delete process.env.DATABASE_URL
    else process.env.DATABASE_URL = saved
  })
}
