import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
} from '@prisma/driver-adapter-utils'
import type { SchemaEngine } from '@prisma/schema-engine-wasm'

type EngineModule = typeof import('@prisma/schema-engine-wasm/schema_engine_bg')

export type { SchemaEngine }

/** A Prisma schema file: `path` names it in messages, `content` is what the engine reads. */
export interface SchemaFile {
  path: string
  content: string
}

/** The schema engine refused or failed. `message` is readable (no Rust backtrace); `code` is Prisma's, e.g. P3006. */
export class SchemaEngineError extends Error {
  override name = 'SchemaEngineError'
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message)
  }
}

const wasmPackage = path.join('node_modules', '@prisma', 'schema-engine-wasm')
const moduleKey = Symbol.for('ordinal.schemaEngineWasm')
type EngineGlobal = typeof globalThis & {
  [moduleKey]?: Promise<EngineModule>
  PRISMA_WASM_PANIC_REGISTRY?: { set_message(message: string): void }
}
const engineGlobal = globalThis as EngineGlobal
let lastPanic: string | undefined

/**
 * Instantiates @prisma/schema-engine-wasm once per process. The package imports its .wasm file as
 * an ES module, which Node 20 only allows behind --experimental-wasm-modules; instead this finds
 * the package in node_modules (above this file, else above process.cwd()), reads the .wasm bytes and instantiates
 * them with the package's own JavaScript glue, imported by absolute URL so that no bundler or
 * loader (Next.js, tsx, Vitest) has to resolve it. The promise lives on globalThis because the
 * glue module holds a single instance, shared by every bundle that imports this file.
 */
export function loadSchemaEngineModule(): Promise<EngineModule> {
  engineGlobal.PRISMA_WASM_PANIC_REGISTRY ??= { set_message: (message) => void (lastPanic = message) }
  engineGlobal[moduleKey] ??= instantiate().catch((error: unknown) => {
    engineGlobal[moduleKey] = undefined
    throw error
  })
  return engineGlobal[moduleKey]
}

async function instantiate(): Promise<EngineModule> {
  const dir = findPackageDirectory([moduleDirectory(), process.cwd()])
  const glueUrl = pathToFileURL(path.join(dir, 'schema_engine_bg.js')).href
  const glue = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ /* @vite-ignore */ glueUrl)) as EngineModule
  const bytes = readFileSync(/*turbopackIgnore: true*/ path.join(dir, 'schema_engine_bg.wasm'))
  const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': glue })
  glue.__wbg_set_wasm(instance.exports)
  ;(instance.exports.__wbindgen_start as () => void)()
  return glue
}

/** This file's directory when the runtime tells it (not in every bundle), else null. */
function moduleDirectory(): string | null {
  try {
    return path.dirname(fileURLToPath(import.meta.url))
  } catch {
    return null
  }
}

/** The package directory in the first node_modules above one of `starts`, searched in order. */
function findPackageDirectory(starts: (string | null)[]): string {
  for (const start of starts) {
    for (let dir = start; dir !== null; dir = path.dirname(dir) === dir ? null : path.dirname(dir)) {
      const candidate = path.join(dir, wasmPackage)
      if (existsSync(/*turbopackIgnore: true*/ path.join(candidate, 'schema_engine_bg.wasm'))) return candidate
    }
  }
  throw new Error(`cannot find ${wasmPackage} above ${starts.filter(Boolean).join(' or ')}; run npm install`)
}

/**
 * Runs `work` with a schema engine connected through `factory`, then frees the engine and closes
 * every connection it opened (shadow databases included). Errors from the engine reach the caller
 * as SchemaEngineError with driver errors spelled out.
 */
export async function withSchemaEngine<T>(
  factory: SqlMigrationAwareDriverAdapterFactory,
  schemaFiles: SchemaFile[],
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const glue = await loadSchemaEngineModule()
  const tracked = new TrackedFactory(factory)
  const bound = bindMigrationAwareSqlAdapterFactory(tracked)
  // The engine panics on an empty list, so no schema is passed as "none".
  const datamodels = schemaFiles.length > 0 ? schemaFiles.map((file): [string, string] => [file.path, file.content]) : undefined
  let engine: SchemaEngine | undefined
  try {
    engine = await glue.SchemaEngine.new({ datamodels }, () => {}, bound)
    return await work(engine)
  } catch (error) {
    throw toSchemaEngineError(error, bound.errorRegistry)
  } finally {
    engine?.free()
    await tracked.disposeAll()
  }
}

/**
 * Wraps an adapter factory to remember the connections it opens, and to let `executeRaw` run a
 * multi-statement script. The engine replays migrations into the SQLite shadow database with
 * executeRaw, which better-sqlite3 refuses for more than one statement.
 */
class TrackedFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider: SqlMigrationAwareDriverAdapterFactory['provider']
  readonly adapterName: string
  readonly #inner: SqlMigrationAwareDriverAdapterFactory
  readonly #open: SqlDriverAdapter[] = []

  constructor(inner: SqlMigrationAwareDriverAdapterFactory) {
    this.#inner = inner
    this.provider = inner.provider
    this.adapterName = inner.adapterName
  }

  async connect(): Promise<SqlDriverAdapter> {
    return this.#track(await this.#inner.connect())
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    return this.#track(await this.#inner.connectToShadowDb())
  }

  async disposeAll(): Promise<void> {
    const open = this.#open.splice(0)
    await Promise.allSettled(open.map((adapter) => adapter.dispose()))
  }

  #track(adapter: SqlDriverAdapter): SqlDriverAdapter {
    this.#open.push(adapter)
    return acceptScriptsInExecuteRaw(adapter)
  }
}

function acceptScriptsInExecuteRaw(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const executeRaw = async (query: SqlQuery): Promise<number> => {
    try {
      return await adapter.executeRaw(query)
    } catch (error) {
      if (query.args.length > 0 || !/more than one statement/.test(String(error))) throw error
      await adapter.executeScript(query.sql)
      return 0
    }
  }
  return new Proxy(adapter, {
    get(target, property) {
      if (property === 'executeRaw') return executeRaw
      const value: unknown = Reflect.get(target, property, target)
      return typeof value === 'function' ? value.bind(target) : value
    },
  })
}

interface ErrorRegistry {
  consumeError(id: number): { error: unknown } | undefined
}

/**
 * The engine's error as a SchemaEngineError: the message without its Rust span trace, driver
 * errors ("External error id#N") replaced by their own message, and prefixed with the migration
 * being applied when only the trace named it.
 */
function toSchemaEngineError(error: unknown, registry: ErrorRegistry): Error {
  if (!(error instanceof Error)) return new SchemaEngineError(String(error))
  if (error instanceof SchemaEngineError) return error
  if (error instanceof WebAssembly.RuntimeError) {
    return new SchemaEngineError(`the schema engine crashed: ${lastPanic ?? error.message}`)
  }
  const lines: string[] = []
  for (const line of error.message.split('\n')) {
    if (/^\s+\d+: /.test(line)) break
    lines.push(line.trimEnd())
  }
  const message = lines
    .join('\n')
    .replace(/External error id#(\d+)/g, (text, id: string) => {
      const cause = registry.consumeError(Number(id))?.error
      return cause instanceof Error ? cause.message : cause === undefined ? text : String(cause)
    })
    .trim()
  const migration = /migration_name="([^"]+)"/.exec(error.message)?.[1]
  const named = migration && !message.includes(migration) ? `migration ${migration}: ${message}` : message
  const code = (error as { code?: unknown }).code
  return new SchemaEngineError(named, typeof code === 'string' ? code : undefined)
}
