import { describeDatabase, getConfig, type AppConfig } from './config'
import { applyMigrations } from './migrations'

const runsKey = Symbol.for('ordinal.ensureMigrated')
type RunsGlobal = typeof globalThis & { [runsKey]?: Map<string, Promise<string[]>> }

/**
 * Brings the database up to date with prisma/migrations, once per process and database: later
 * calls share the first call's promise, so they neither re-read the directory nor reconnect.
 * Resolves to the migrations that the first call applied (empty when there were none). Safe when
 * several processes start at once: the migration lock serialises them, and the later ones find
 * nothing pending. Throws ConfigError for bad configuration and MigrationError when a migration
 * fails; a failed attempt is forgotten, so the next call tries again.
 */
export function ensureMigrated(config: AppConfig = getConfig()): Promise<string[]> {
  const runs = ((globalThis as RunsGlobal)[runsKey] ??= new Map())
  const key = `${describeDatabase(config.database)}\0${config.schema.migrationsDir}`
  let run = runs.get(key)
  if (!run) {
    run = applyMigrations(config)
    runs.set(key, run)
    run.catch(() => runs.delete(key))
  }
  return run
}
