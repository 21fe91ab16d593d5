import { spawn } from 'node:child_process'
import { cpSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { parseConfig, type AppConfig } from '@/app/_lib/config'
import { createDb } from '@/app/_lib/db'
import { ensureMigrated } from '@/app/_lib/migrate'
import { applyMigrations, getMigrationStatus, isMigrationError, lockfileFor } from '@/app/_lib/migrations'
import { runDbCli } from '@/scripts/db/commands'
import { repoRoot, tempDir, tempSqliteConfig } from './temp-db'

const migrationNames = readdirSync(path.join(repoRoot, 'prisma', 'migrations'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()

let cleanups: (() => void)[] = []
afterEach(() => {
  cleanups.forEach((cleanup) => cleanup())
  cleanups = []
})

function fresh(): { dir: string; config: AppConfig } {
  const { dir, cleanup } = tempDir()
  cleanups.push(cleanup)
  return { dir, config: tempSqliteConfig(dir) }
}

function appliedRows(file: string): { migration_name: string; finished_at: string | null; rolled_back_at: string | null }[] {
  const db = new Database(file, { readonly: true })
  try {
    return db.prepare('SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations ORDER BY migration_name').all() as never
  } finally {
    db.close()
  }
}

describe('migrations through the WebAssembly schema engine', () => {
  it('has at least the init migration', () => {
    expect(migrationNames.length).toBeGreaterThan(0)
    expect(migrationNames[0]).toMatch(/^\d{14}_init$/)
  })

  it('applies every migration to a fresh SQLite file, then nothing on a second run', async () => {
    const { config } = fresh()
    expect(await applyMigrations(config)).toEqual(migrationNames)
    expect(await applyMigrations(config)).toEqual([])
    const rows = appliedRows(config.database.provider === 'sqlite' ? config.database.file : '')
    expect(rows.map((row) => row.migration_name)).toEqual(migrationNames)
    expect(rows.every((row) => row.finished_at !== null && row.rolled_back_at === null)).toBe(true)
  })

  it('reports status before and after migrating', async () => {
    const { config } = fresh()
    expect(await getMigrationStatus(config)).toEqual({ applied: [], pending: migrationNames, failed: [], edited: [], unknown: [] })
    await applyMigrations(config)
    expect(await getMigrationStatus(config)).toEqual({ applied: migrationNames, pending: [], failed: [], edited: [], unknown: [] })
  })

  it('leaves the database in WAL mode with a busy timeout', async () => {
    const { config } = fresh()
    await applyMigrations(config)
    const file = config.database.provider === 'sqlite' ? config.database.file : ''
    const db = new Database(file)
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    db.close()
  })

  it('ensureMigrated runs once per process and database', async () => {
    const { config } = fresh()
    const first = ensureMigrated(config)
    expect(ensureMigrated(config)).toBe(first)
    expect(await first).toEqual(migrationNames)
    expect(await ensureMigrated(config)).toEqual(migrationNames)
  })

  it('gives a readable MigrationError for a broken migration, and retries on the next call', async () => {
    const { dir } = fresh()
    const migrations = path.join(dir, 'prisma', 'migrations')
    mkdirSync(path.join(migrations, '20200101000000_broken'), { recursive: true })
    writeFileSync(path.join(migrations, 'migration_lock.toml'), lockfileFor('sqlite'))
    writeFileSync(path.join(migrations, '20200101000000_broken', 'migration.sql'), 'CREATE TABL oops (id TEXT);\n')
    const config = parseConfig({ DATABASE_URL: 'file:./broken.db' }, dir) as AppConfig
    const error = await ensureMigrated(config).catch((caught: unknown) => caught)
    expect(isMigrationError(error)).toBe(true)
    const message = (error as Error).message
    expect(message).toContain(`applying migrations for ${path.join(dir, 'broken.db')} failed`)
    expect(message).toContain('migration 20200101000000_broken: near "TABL": syntax error')
    expect(message).not.toMatch(/^\s+\d+: /m)
    expect(await ensureMigrated(config).catch((caught: unknown) => caught)).not.toBe(error)
  })

  it('round-trips a Learner and their LessonProgress through the generated client', async () => {
    const { config } = fresh()
    await applyMigrations(config)
    const db = createDb(config.database)
    try {
      const learner = await db.learner.create({ data: { displayName: 'Ada' } })
      expect(learner.id).toMatch(/^c[a-z0-9]{20,}$/)
      await db.lessonProgress.create({ data: { learnerId: learner.id, lessonId: 'ordered-scaling' } })
      const completedAt = new Date('2026-01-02T03:04:05.678Z')
      await db.lessonProgress.update({
        where: { learnerId_lessonId: { learnerId: learner.id, lessonId: 'ordered-scaling' } },
        data: { status: 'completed', completedAt },
      })
      const loaded = await db.learner.findUniqueOrThrow({ where: { id: learner.id }, include: { progress: true } })
      expect(loaded.displayName).toBe('Ada')
      expect(loaded.progress).toHaveLength(1)
      expect(loaded.progress[0]).toMatchObject({ lessonId: 'ordered-scaling', status: 'completed', completedAt })
      expect(loaded.progress[0].startedAt).toBeInstanceOf(Date)

      await expect(db.lessonProgress.create({ data: { learnerId: learner.id, lessonId: 'ordered-scaling' } })).rejects.toThrow(/Unique constraint/)
      await db.learner.delete({ where: { id: learner.id } })
      expect(await db.lessonProgress.count()).toBe(0)
    } finally {
      await db.$disconnect()
    }
  })
})

describe('scripts/db/cli.ts', () => {
  async function cli(args: string[], databaseUrl: string) {
    const lines: string[] = []
    const saved = process.env.DATABASE_URL
    process.env.DATABASE_URL = databaseUrl
    try {
      const code = await runDbCli(args, (line) => lines.push(line), (line) => lines.push(line))
      return { code, output: lines.join('\n') }
    } finally {
      if (saved === undefined) delete process.env.DATABASE_URL
      else process.env.DATABASE_URL = saved
    }
  }

  it('status lists pending migrations and exits 1, migrate applies them, status then exits 0', async () => {
    const { dir } = fresh()
    const url = `file:${path.join(dir, 'cli.db')}`
    const before = await cli(['status'], url)
    expect(before.code).toBe(1)
    expect(before.output).toContain(`  pending   ${migrationNames[0]}`)
    expect(before.output).toContain('pending: run npm run db:migrate')

    const migrate = await cli(['migrate'], url)
    expect(migrate).toEqual({ code: 0, output: `Applied ${migrationNames.length} migration${migrationNames.length === 1 ? '' : 's'} to ${path.join(dir, 'cli.db')}:\n${migrationNames.map((name) => `  ${name}`).join('\n')}` })
    expect(await cli(['migrate'], url)).toEqual({ code: 0, output: `${path.join(dir, 'cli.db')} is up to date: no pending migrations.` })

    const after = await cli(['status'], url)
    expect(after.code).toBe(0)
    expect(after.output).toContain(`  applied   ${migrationNames[0]}`)
    expect(after.output).toContain('Up to date.')
  })

  it('prints configuration errors in one line and exits 1; usage errors exit 2', async () => {
    expect(await cli(['migrate'], 'mysql://localhost/x')).toEqual({
      code: 1,
      output: 'ordinal db: DATABASE_URL uses "mysql:", which Ordinal does not support: expected file:./data/ordinal.db (SQLite) or postgresql://user:password@host:5432/ordinal.',
    })
    expect((await cli(['frobnicate'], 'file:./data/ordinal.db')).code).toBe(2)
    expect((await cli(['new'], 'file:./data/ordinal.db')).code).toBe(2)
  })

  it('recovers from a failed migration: status shows it, resolve --rolled-back lets migrate run the fixed one', async () => {
    const { dir } = fresh()
    const migration = path.join(dir, 'prisma', 'migrations', '20200101000000_broken')
    mkdirSync(migration, { recursive: true })
    writeFileSync(path.join(dir, 'prisma', 'migrations', 'migration_lock.toml'), lockfileFor('sqlite'))
    writeFileSync(path.join(migration, 'migration.sql'), 'CREATE TABL oops (id TEXT);\n')
    const savedCwd = process.cwd()
    process.chdir(dir)
    try {
      expect((await cli(['migrate'], 'file:./r.db')).output).toContain('migration 20200101000000_broken: near "TABL": syntax error')
      const status = await cli(['status'], 'file:./r.db')
      expect(status.code).toBe(1)
      expect(status.output).toContain('  FAILED    20200101000000_broken')
      expect(status.output).toContain('npm run db:resolve -- <migration> --rolled-back')
      expect((await cli(['migrate'], 'file:./r.db')).output).toContain('migrate found failed migrations')
      writeFileSync(path.join(migration, 'migration.sql'), 'CREATE TABLE oops (id TEXT);\n')
      expect(await cli(['resolve', '20200101000000_broken', '--rolled-back'], 'file:./r.db')).toEqual({
        code: 0,
        output: 'Marked 20200101000000_broken as rolled-back. The next migrate runs it again.',
      })
      expect((await cli(['migrate'], 'file:./r.db')).output).toContain('Applied 1 migration')
      expect((await cli(['status'], 'file:./r.db')).code).toBe(0)
      expect((await cli(['resolve', '20200101000000_broken'], 'file:./r.db')).code).toBe(2)
    } finally {
      process.chdir(savedCwd)
    }
  })

  it('serialises two processes migrating the same fresh file at once', async () => {
    const { dir } = fresh()
    const file = path.join(dir, 'race.db')
    const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx')
    const run = () =>
      new Promise<{ code: number | null; output: string }>((resolve) => {
        const child = spawn(tsx, ['scripts/db/cli.ts', 'migrate'], { cwd: repoRoot, env: { ...process.env, DATABASE_URL: `file:${file}` } })
        let output = ''
        child.stdout.on('data', (chunk) => (output += chunk))
        child.stderr.on('data', (chunk) => (output += chunk))
        child.on('close', (code) => resolve({ code, output }))
      })
    const results = await Promise.all([run(), run()])
    expect(results.map((result) => result.code)).toEqual([0, 0])
    expect(results.filter((result) => result.output.includes('Applied'))).toHaveLength(1)
    expect(results.filter((result) => result.output.includes('up to date'))).toHaveLength(1)
    const rows = appliedRows(file)
    expect(rows.map((row) => row.migration_name)).toEqual(migrationNames)
    expect(rows.every((row) => row.finished_at !== null)).toBe(true)
  }, 60_000)
})

describe('copying the repository migrations', () => {
  it('works from any project root (migrations are read from config.schema)', async () => {
    const { dir } = fresh()
    cpSync(path.join(repoRoot, 'prisma'), path.join(dir, 'prisma'), { recursive: true })
    const config = parseConfig({}, dir) as AppConfig
    expect(config.database).toEqual({ provider: 'sqlite', file: path.join(dir, 'data', 'ordinal.db') })
    expect(await applyMigrations(config)).toEqual(migrationNames)
  })
})
