import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3'
import { PrismaPg } from '@prisma/adapter-pg'
import type { DiffTarget } from '@prisma/schema-engine-wasm'
import type { DatabaseConfig, SchemaLocation } from '../../app/_lib/config'
import {
  lockfileFor,
  migrationFileName,
  migrationLockfileName,
  MigrationError,
  noFilters,
  readMigrations,
} from '../../app/_lib/migrations'
import { withSchemaEngine } from '../../app/_lib/schema-engine'

export interface CreatedMigration {
  /** The directory name, `<UTC timestamp>_<name>`, e.g. 20251123221500_add_badges. */
  name: string
  /** Absolute path of the new migration.sql. */
  file: string
  script: string
}

/**
 * The SQL that takes a database built by replaying `location.migrationsDir` to the schema in
 * `location.schemaPath`, or null when they already match. Replaying happens in a throwaway
 * in-memory shadow database; no real database is read or changed.
 */
export async function diffMigrationsToSchema(provider: DatabaseConfig['provider'], location: SchemaLocation): Promise<string | null> {
  const schema = await readFile(location.schemaPath, 'utf8')
  const migrations = await readMigrations(location.migrationsDir)
  migrations.lockfile.content ??= lockfileFor(provider)
  const from: DiffTarget = migrations.migrationDirectories.length === 0 ? { tag: 'empty' } : { tag: 'migrations', ...migrations }
  const files = [{ path: location.schemaPath, content: schema }]
  try {
    const result = await withSchemaEngine(scratchFactory(provider), files, (engine) =>
      engine.diff({ from, to: { tag: 'schemaDatamodel', files }, script: true, exitCode: true, filters: noFilters }),
    )
    return result.exitCode === 2 ? (result.stdout ?? '') : null
  } catch (error) {
    throw new MigrationError(`comparing ${location.migrationsDir} with ${location.schemaPath} failed: ${(error as Error).message}`)
  }
}

/**
 * Writes `<migrationsDir>/<timestamp>_<name>/migration.sql` with the SQL from
 * diffMigrationsToSchema, plus migration_lock.toml when it is missing, as `prisma migrate dev
 * --create-only` would. Resolves to null, writing nothing, when the schema has no changes.
 * Throws MigrationError for an unusable name or a timestamp that would not sort last.
 */
export async function createMigration(
  provider: DatabaseConfig['provider'],
  location: SchemaLocation,
  rawName: string,
  now = new Date(),
): Promise<CreatedMigration | null> {
  const slug = migrationSlug(rawName)
  const script = await diffMigrationsToSchema(provider, location)
  if (script === null) return null
  const name = `${migrationTimestamp(now)}_${slug}`
  const existing = (await readMigrations(location.migrationsDir)).migrationDirectories.map((entry) => entry.path)
  const last = existing.at(-1)
  if (last !== undefined && last >= name) {
    throw new MigrationError(`the new migration ${name} would not sort after the latest one, ${last}; check the clock and retry`)
  }
  const dir = path.join(location.migrationsDir, name)
  await mkdir(dir, { recursive: true })
  const file = path.join(dir, migrationFileName)
  await writeFile(file, script, 'utf8')
  const lockfile = path.join(location.migrationsDir, migrationLockfileName)
  if (!existsSync(lockfile)) await writeFile(lockfile, lockfileFor(provider), 'utf8')
  return { name, file, script }
}

/** `Add badges!` → `add_badges`. Throws MigrationError when nothing usable is left. */
export function migrationSlug(rawName: string): string {
  const slug = rawName
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 100)
  if (slug === '') throw new MigrationError(`"${rawName}" is not a usable migration name: use letters, digits and underscores, e.g. add_badges`)
  return slug
}

/** YYYYMMDDHHMMSS in UTC, the prefix Prisma gives migration directories. */
export function migrationTimestamp(date: Date): string {
  return date.toISOString().replace(/[-:T]/g, '').slice(0, 14)
}

/**
 * Where the engine replays migrations to compare them with the schema: an in-memory SQLite
 * database, or for PostgreSQL the scratch database SHADOW_DATABASE_URL names (it is reset).
 */
function scratchFactory(provider: DatabaseConfig['provider']) {
  if (provider === 'sqlite') return new PrismaBetterSqlite3({ url: ':memory:' })
  const url = process.env.SHADOW_DATABASE_URL
  if (!url) throw new MigrationError('PostgreSQL migrations are diffed in a scratch database: set SHADOW_DATABASE_URL to an empty one the schema engine may reset')
  return new PrismaPg({ connectionString: url })
}
