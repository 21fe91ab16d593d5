import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseConfig, type AppConfig } from '@/app/_lib/config'

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
