import { isConfigError } from './app/_lib/config'
import { ensureMigrated } from './app/_lib/migrate'
import { isMigrationError } from './app/_lib/migrations'

/**
 * Applies pending migrations (see app/_lib/migrate.ts). Bad configuration or a failing migration
 * prints one line and stops the process with exit code 1, instead of serving pages that cannot
 * reach their data.
 */
export async function migrateOnStart(): Promise<void> {
  try {
    const applied = await ensureMigrated()
    if (applied.length > 0) console.log(`ordinal: applied ${applied.length} database migration(s): ${applied.join(', ')}`)
  } catch (error) {
    if (!isConfigError(error) && !isMigrationError(error)) throw error
    console.error(`ordinal: ${error.message}`)
    process.exit(1)
  }
}
