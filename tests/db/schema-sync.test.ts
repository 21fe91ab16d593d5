import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { schemaLocation } from '@/app/_lib/config'
import { createMigration, diffMigrationsToSchema, migrationSlug, migrationTimestamp } from '@/scripts/db/create-migration'
import { repoRoot, tempDir } from './temp-db'

let cleanups: (() => void)[] = []
afterEach(() => {
  cleanups.forEach((cleanup) => cleanup())
  cleanups = []
})

describe('prisma/migrations and prisma/schema.prisma', () => {
  it('are in sync: replaying the migrations yields exactly the schema (run `npm run db:new -- <name>` after a schema edit)', async () => {
    const script = await diffMigrationsToSchema('sqlite', schemaLocation('sqlite', repoRoot))
    expect(script, `prisma/schema.prisma has changes with no migration:\n${script}`).toBeNull()
  })
})

describe('creating a migration', () => {
  function copyOfPrisma() {
    const { dir, cleanup } = tempDir()
    cleanups.push(cleanup)
    cpSync(path.join(repoRoot, 'prisma'), path.join(dir, 'prisma'), { recursive: true })
    return schemaLocation('sqlite', dir)
  }

  it('writes the diff as <timestamp>_<name>/migration.sql, after which the schema is in sync', async () => {
    const location = copyOfPrisma()
    const schema = readFileSync(location.schemaPath, 'utf8').replace('displayName String?', 'displayName String?\n  locale      String?')
    writeFileSync(location.schemaPath, schema)

    const created = await createMigration('sqlite', location, 'Add learner locale!', new Date('2099-01-02T03:04:05Z'))
    expect(created?.name).toBe('20990102030405_add_learner_locale')
    expect(created?.file).toBe(path.join(location.migrationsDir, '20990102030405_add_learner_locale', 'migration.sql'))
    expect(readFileSync(created!.file, 'utf8')).toBe(created!.script)
    expect(created!.script).toContain('ALTER TABLE "Learner" ADD COLUMN "locale" TEXT;')
    expect(await diffMigrationsToSchema('sqlite', location)).toBeNull()
    expect(await createMigration('sqlite', location, 'again', new Date('2099-01-03T00:00:00Z'))).toBeNull()
  })

  it('starts a history from an empty directory, with migration_lock.toml', async () => {
    const location = copyOfPrisma()
    const emptyLocation = { ...location, migrationsDir: path.join(path.dirname(location.migrationsDir), 'fresh-migrations') }
    const created = await createMigration('sqlite', emptyLocation, 'init', new Date('2099-01-01T00:00:00Z'))
    expect(created?.script).toContain('CREATE TABLE "Learner"')
    expect(readFileSync(path.join(emptyLocation.migrationsDir, 'migration_lock.toml'), 'utf8')).toContain('provider = "sqlite"')
  })

  it('refuses a name with nothing usable, and a timestamp that would not sort last', async () => {
    expect(() => migrationSlug('!!!')).toThrow('"!!!" is not a usable migration name')
    expect(migrationSlug('  Add -- badges ')).toBe('add_badges')
    expect(migrationTimestamp(new Date('2026-11-23T22:15:00.999Z'))).toBe('20261123221500')
    const location = copyOfPrisma()
    writeFileSync(location.schemaPath, readFileSync(location.schemaPath, 'utf8').replace('displayName String?', 'displayName String?\n  locale String?'))
    await expect(createMigration('sqlite', location, 'old', new Date('2000-01-01T00:00:00Z'))).rejects.toThrow(/would not sort after the latest one/)
  })
})

describe('prisma/postgresql', () => {
  it('holds the same models as prisma/schema.prisma (npm install rewrites it)', async () => {
    const { postgresqlSchema } = await import('@/scripts/db/postgresql-schema.mjs')
    const sqlite = readFileSync(path.join(repoRoot, 'prisma', 'schema.prisma'), 'utf8')
    expect(readFileSync(path.join(repoRoot, 'prisma', 'postgresql', 'schema.prisma'), 'utf8')).toBe(postgresqlSchema(sqlite))
  })
})
