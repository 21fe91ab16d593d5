import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { ConfigError, defaultDatabaseUrl, parseConfig, parseDatabaseUrl, redact } from '@/app/_lib/config'
import { tempDir } from './temp-db'

let cleanups: (() => void)[] = []
afterEach(() => {
  cleanups.forEach((cleanup) => cleanup())
  cleanups = []
})

function root(): string {
  const { dir, cleanup } = tempDir()
  cleanups.push(cleanup)
  return dir
}

/** The ConfigError for `url`, asserting that its message is one line with no stack. */
function configError(url: string | undefined, cwd = root()): string {
  const result = parseConfig({ DATABASE_URL: url }, cwd)
  expect(result).toBeInstanceOf(ConfigError)
  const message = (result as ConfigError).message
  expect(message).not.toContain('\n')
  expect(message).not.toMatch(/\bat .*:\d+:\d+/)
  return message
}

describe('DATABASE_URL', () => {
  it('defaults to data/ordinal.db under the project root and creates the directory', () => {
    const cwd = root()
    for (const url of [undefined, '', '  ']) {
      const config = parseConfig({ DATABASE_URL: url }, cwd)
      expect(config).toMatchObject({ database: { provider: 'sqlite', file: path.join(cwd, 'data', 'ordinal.db') } })
    }
    expect(defaultDatabaseUrl).toBe('file:./data/ordinal.db')
    expect(existsSync(path.join(cwd, 'data'))).toBe(true)
  })

  it('resolves relative, absolute and file:// SQLite URLs, creating missing parents', () => {
    const cwd = root()
    expect(parseConfig({ DATABASE_URL: 'file:./a/b/c.db' }, cwd)).toMatchObject({ database: { file: path.join(cwd, 'a', 'b', 'c.db') } })
    expect(parseConfig({ DATABASE_URL: 'file:plain.db?connection_limit=1' }, cwd)).toMatchObject({ database: { file: path.join(cwd, 'plain.db') } })
    expect(parseConfig({ DATABASE_URL: `file:${cwd}/abs.db` }, '/')).toMatchObject({ database: { file: path.join(cwd, 'abs.db') } })
    expect(parseConfig({ DATABASE_URL: `file://${cwd}/url%20form.db` }, '/')).toMatchObject({ database: { file: path.join(cwd, 'url form.db') } })
    expect(existsSync(path.join(cwd, 'a', 'b'))).toBe(true)
  })

  it('places the schema and migrations under prisma/ for SQLite', () => {
    const cwd = root()
    expect(parseConfig({}, cwd)).toMatchObject({
      root: cwd,
      schema: { schemaPath: path.join(cwd, 'prisma', 'schema.prisma'), migrationsDir: path.join(cwd, 'prisma', 'migrations') },
    })
  })

  it('recognises PostgreSQL URLs, with their own schema and migrations', () => {
    expect(parseDatabaseUrl('postgresql://ordinal:s3cret@db.internal:6543/ordinal', '/')).toEqual({
      provider: 'postgresql',
      url: 'postgresql://ordinal:s3cret@db.internal:6543/ordinal',
      display: 'db.internal:6543/ordinal',
    })
    expect(parseDatabaseUrl('postgres://localhost/ordinal', '/')).toMatchObject({ provider: 'postgresql', display: 'localhost:5432/ordinal' })
    expect(parseConfig({ DATABASE_URL: 'postgresql://ordinal:s3cret@db.internal/ordinal' }, '/app')).toMatchObject({
      database: { provider: 'postgresql', display: 'db.internal:5432/ordinal' },
      schema: { schemaPath: '/app/prisma/postgresql/schema.prisma', migrationsDir: '/app/prisma/postgresql/migrations' },
    })
  })

  it('rejects malformed URLs with what was expected', () => {
    expect(configError('not a url')).toBe(
      'DATABASE_URL "not a url" is not a database URL: expected file:./data/ordinal.db (SQLite) or postgresql://user:password@host:5432/ordinal.',
    )
    expect(configError('./data/ordinal.db')).toContain('(did you mean file:./data/ordinal.db?)')
    expect(configError('file:')).toBe('DATABASE_URL "file:" names no file: expected file:./data/ordinal.db (SQLite) or postgresql://user:password@host:5432/ordinal.')
    expect(configError('file::memory:')).toContain('an in-memory SQLite database is not supported')
    expect(configError('postgresql://')).toBe('DATABASE_URL "postgresql://" names no host: expected postgresql://user:password@host:5432/ordinal.')
    expect(configError('postgresql://me:pw@[bad/x')).toBe(
      'DATABASE_URL "postgresql://me:***@[bad/x" is not a valid PostgreSQL URL: expected postgresql://user:password@host:5432/ordinal.',
    )
  })

  it('rejects unknown schemes by name', () => {
    expect(configError('mysql://root@localhost/ordinal')).toBe(
      'DATABASE_URL uses "mysql:", which Ordinal does not support: expected file:./data/ordinal.db (SQLite) or postgresql://user:password@host:5432/ordinal.',
    )
    expect(configError('https://example.test/db')).toContain('uses "https:"')
  })

  it('rejects a directory that cannot be created', () => {
    expect(configError('file:/proc/ordinal-test/nested/ordinal.db')).toBe(
      'DATABASE_URL: cannot use /proc/ordinal-test/nested/ordinal.db: cannot create the directory /proc/ordinal-test (not possible on this file system, ENOENT).',
    )
    expect(configError('file:/sys/ordinal-test/ordinal.db')).toMatch(
      /^DATABASE_URL: cannot use \/sys\/ordinal-test\/ordinal\.db: cannot create the directory \/sys\/ordinal-test \((operation not permitted, EPERM|permission denied, EACCES)\)\.$/,
    )
  })

  it('rejects an existing directory that does not accept files', () => {
    expect(configError('file:/proc/1/ordinal.db')).toMatch(/^DATABASE_URL: cannot use \/proc\/1\/ordinal\.db: the directory \/proc\/1 is not writable \(.+\)\.$/)
  })

  it('rejects a path through a file, and a path that is a directory', () => {
    const cwd = root()
    writeFileSync(path.join(cwd, 'plain-file'), '')
    expect(configError('file:./plain-file/ordinal.db', cwd)).toBe(`DATABASE_URL: cannot use ${cwd}/plain-file/ordinal.db: ${cwd}/plain-file is a file, not a directory.`)
    mkdirSync(path.join(cwd, 'dir.db'))
    expect(configError('file:./dir.db', cwd)).toBe(`DATABASE_URL: cannot use ${cwd}/dir.db: it is a directory, not a database file.`)
  })

  it('redacts passwords for messages', () => {
    expect(redact('postgresql://user:pa55@host/db')).toBe('postgresql://user:***@host/db')
    expect(redact('file:./x.db')).toBe('file:./x.db')
  })
})
