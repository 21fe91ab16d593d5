import { closeSync, existsSync, mkdirSync, openSync, statSync, unlinkSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The database the app talks to, as parsed from DATABASE_URL. */
export type DatabaseConfig = SqliteConfig | PostgresConfig

export interface SqliteConfig {
  provider: 'sqlite'
  /** Absolute path of the database file; its directory exists and is writable. */
  file: string
}

export interface PostgresConfig {
  provider: 'postgresql'
  /** The connection string exactly as given. */
  url: string
  /** `host:port/database` with no credentials, safe to print. */
  display: string
}

/** Where the Prisma schema and its migrations live for one provider. */
export interface SchemaLocation {
  schemaPath: string
  migrationsDir: string
}

export interface AppConfig {
  /** The project root: process.cwd() when the config was read. */
  root: string
  database: DatabaseConfig
  schema: SchemaLocation
}

/** Bad configuration. `message` is one line meant for a person, never a stack trace. */
export class ConfigError extends Error {
  override name = 'ConfigError'
}

/** True for a ConfigError, also one thrown by another bundle's copy of this module. */
export function isConfigError(error: unknown): error is ConfigError {
  return error instanceof Error && error.name === 'ConfigError'
}

/** DATABASE_URL when it is unset or empty: an SQLite file under the project root. */
export const defaultDatabaseUrl = 'file:./data/ordinal.db'

const examples = 'file:./data/ordinal.db (SQLite) or postgresql://user:password@host:5432/ordinal'

/**
 * Reads the configuration from `env`, resolving relative paths against `root`. For SQLite it
 * creates the database directory and proves it writable (by creating and removing a probe file).
 * Returns a ConfigError, never throws, when DATABASE_URL is malformed, names an unsupported
 * database, or points at a path that cannot be written.
 */
export function parseConfig(env: Readonly<Record<string, string | undefined>> = process.env, root: string = process.cwd()): AppConfig | ConfigError {
  const database = parseDatabaseUrl(env.DATABASE_URL?.trim() || defaultDatabaseUrl, root)
  if (database instanceof ConfigError) return database
  if (database.provider === 'postgresql') return { root, database, schema: schemaLocation(database.provider, root) }
  const problem = checkWritable(database.file)
  if (problem) return new ConfigError(`DATABASE_URL: cannot use ${database.file}: ${problem}.`)
  return { root, database, schema: schemaLocation(database.provider, root) }
}

let cached: { key: string; result: AppConfig | ConfigError } | undefined

/** The process configuration, read once per DATABASE_URL and cwd. Throws a ConfigError when it is bad. */
export function getConfig(): AppConfig {
  const key = `${process.cwd()}\0${process.env.DATABASE_URL ?? ''}`
  if (cached?.key !== key) cached = { key, result: parseConfig() }
  if (cached.result instanceof ConfigError) throw cached.result
  return cached.result
}

/**
 * Parses a DATABASE_URL without touching the file system. `file:` URLs are SQLite files, relative
 * to `root` unless absolute (a query string is ignored); `postgresql:` and `postgres:` URLs are
 * PostgreSQL. Anything else is a ConfigError naming what was expected.
 */
export function parseDatabaseUrl(raw: string, root: string): DatabaseConfig | ConfigError {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(raw)?.[1]?.toLowerCase()
  if (scheme === 'file') return parseSqliteUrl(raw, root)
  if (scheme === 'postgresql' || scheme === 'postgres') return parsePostgresUrl(raw)
  if (scheme === undefined) {
    const hint = /\.(db|sqlite3?)$/i.test(raw) ? ` (did you mean file:${raw}?)` : ''
    return new ConfigError(`DATABASE_URL "${redact(raw)}" is not a database URL${hint}: expected ${examples}.`)
  }
  return new ConfigError(`DATABASE_URL uses "${scheme}:", which Ordinal does not support: expected ${examples}.`)
}

function parseSqliteUrl(raw: string, root: string): SqliteConfig | ConfigError {
  let target: string
  try {
    target = raw.startsWith('file://') ? fileURLToPath(raw.split('?')[0]) : raw.slice('file:'.length).split('?')[0]
  } catch (error) {
    return new ConfigError(`DATABASE_URL "${raw}" is not a valid file URL: ${(error as Error).message}.`)
  }
  if (target === '') return new ConfigError(`DATABASE_URL "${raw}" names no file: expected ${examples}.`)
  if (target === ':memory:') {
    return new ConfigError('DATABASE_URL: an in-memory SQLite database is not supported; name a file, e.g. file:./data/ordinal.db.')
  }
  return { provider: 'sqlite', file: path.resolve(root, target) }
}

function parsePostgresUrl(raw: string): PostgresConfig | ConfigError {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return new ConfigError(`DATABASE_URL "${redact(raw)}" is not a valid PostgreSQL URL: expected postgresql://user:password@host:5432/ordinal.`)
  }
  if (url.hostname === '' && !url.searchParams.has('host')) {
    return new ConfigError(`DATABASE_URL "${redact(raw)}" names no host: expected postgresql://user:password@host:5432/ordinal.`)
  }
  const display = `${url.hostname || url.searchParams.get('host')}:${url.port || '5432'}${url.pathname === '/' ? '' : url.pathname}`
  return { provider: 'postgresql', url: raw, display }
}

/** The schema and migrations for `provider`. A PostgreSQL pair would live under prisma/postgresql/. */
export function schemaLocation(provider: DatabaseConfig['provider'], root: string): SchemaLocation {
  const dir = provider === 'sqlite' ? path.join(root, 'prisma') : path.join(root, 'prisma', provider)
  return { schemaPath: path.join(dir, 'schema.prisma'), migrationsDir: path.join(dir, 'migrations') }
}

/** A database named for messages: the SQLite file, or PostgreSQL's host, port and database. */
export function describeDatabase(database: DatabaseConfig): string {
  return database.provider === 'sqlite' ? database.file : `PostgreSQL ${database.display}`
}

/** Hides the password of a URL-like string so it can be printed. */
export function redact(raw: string): string {
  return raw.replace(/(\/\/[^:/@\s]*:)[^@\s]*@/, '$1***@')
}

/**
 * Makes sure `file` can be a writable SQLite database: its directory exists (created if needed)
 * and accepts new files, and the path is not a directory. Returns the reason when it cannot be,
 * null when it can.
 */
function checkWritable(file: string): string | null {
  const dir = path.dirname(file)
  const created = makeDirectory(dir)
  if (created) return created
  if (existsSync(file) && statSync(file).isDirectory()) return 'it is a directory, not a database file'
  const probe = path.join(dir, `.ordinal-write-check-${process.pid}`)
  try {
    closeSync(openSync(probe, 'wx'))
    unlinkSync(probe)
  } catch (error) {
    return `the directory ${dir} is not writable (${describeFsError(error)})`
  }
  try {
    if (existsSync(file)) closeSync(openSync(file, 'r+'))
  } catch (error) {
    return `the file cannot be opened for writing (${describeFsError(error)})`
  }
  return null
}

/**
 * Creates `dir` and its missing parents one level at a time. (Node 20's recursive mkdirSync spins
 * forever on paths such as /proc/x, so it is not used.) Returns the reason on failure, else null.
 */
function makeDirectory(dir: string): string | null {
  const missing: string[] = []
  let existing = dir
  while (!existsSync(existing)) {
    missing.unshift(existing)
    const parent = path.dirname(existing)
    if (parent === existing) break
    existing = parent
  }
  if (!statSync(existing).isDirectory()) return `${existing} is a file, not a directory`
  for (const next of missing) {
    try {
      mkdirSync(next)
    } catch (error) {
      return `cannot create the directory ${next} (${describeFsError(error)})`
    }
  }
  return null
}

const fsReasons: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOENT: 'not possible on this file system',
  ENOTDIR: 'a parent is not a directory',
  ENOSPC: 'no space left on the device',
  EISDIR: 'it is a directory',
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code ?? ''
  return fsReasons[code] ? `${fsReasons[code]}, ${code}` : code || String(error)
}
