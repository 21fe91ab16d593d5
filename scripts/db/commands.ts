import path from 'node:path'
import { describeDatabase, getConfig, isConfigError, type AppConfig } from '../../app/_lib/config'
import { applyMigrations, getMigrationStatus, isMigrationError, resolveMigration } from '../../app/_lib/migrations'
import { createMigration } from './create-migration'

const usage = 'usage: tsx scripts/db/cli.ts migrate | status | new <name> | resolve <migration> --applied|--rolled-back'

/** Runs one `scripts/db/cli.ts` command and resolves to its exit code (see cli.ts). */
export async function runDbCli(args: string[], out = console.log, err = console.error): Promise<number> {
  const [command, ...rest] = args
  try {
    switch (command) {
      case 'migrate':
        return await migrate(getConfig(), out)
      case 'status':
        return await status(getConfig(), out)
      case 'new':
        if (rest.length !== 1) break
        return await newMigration(getConfig(), rest[0], out)
      case 'resolve': {
        const outcome = rest[1] === '--applied' ? 'applied' : rest[1] === '--rolled-back' ? 'rolled-back' : null
        if (rest.length !== 2 || outcome === null) break
        await resolveMigration(getConfig(), rest[0], outcome)
        out(`Marked ${rest[0]} as ${outcome}.${outcome === 'rolled-back' ? ' The next migrate runs it again.' : ''}`)
        return 0
      }
    }
  } catch (error) {
    if (!isConfigError(error) && !isMigrationError(error)) throw error
    err(`ordinal db: ${error.message}`)
    return 1
  }
  err(usage)
  return 2
}

async function migrate(config: AppConfig, out: (line: string) => void): Promise<number> {
  const applied = await applyMigrations(config)
  const target = describeDatabase(config.database)
  if (applied.length === 0) out(`${target} is up to date: no pending migrations.`)
  else out(`Applied ${plural(applied.length, 'migration')} to ${target}:\n${applied.map((name) => `  ${name}`).join('\n')}`)
  return 0
}

async function status(config: AppConfig, out: (line: string) => void): Promise<number> {
  const report = await getMigrationStatus(config)
  out(`Database: ${describeDatabase(config.database)}`)
  out(`Migrations: ${path.relative(config.root, config.schema.migrationsDir) || '.'}`)
  const rows = [
    ...report.applied.map((name) => `  applied   ${name}${report.edited.includes(name) ? ' (edited since it was applied)' : ''}`),
    ...report.failed.map((name) => `  FAILED    ${name}`),
    ...report.pending.map((name) => `  pending   ${name}`),
    ...report.unknown.map((name) => `  unknown   ${name} (applied to the database, missing from the directory)`),
  ]
  out(rows.length > 0 ? rows.join('\n') : '  (no migrations)')
  if (report.failed.length > 0) {
    out(
      `${plural(report.failed.length, 'migration')} failed part-way. Undo or finish its changes by hand, then run ` +
        `npm run db:resolve -- <migration> --rolled-back (to run it again) or --applied (to skip it).`,
    )
  }
  else if (report.pending.length > 0) out(`${plural(report.pending.length, 'migration')} pending: run npm run db:migrate (the server also applies them on start).`)
  else if (report.unknown.length === 0 && report.edited.length === 0) out('Up to date.')
  const attention = report.pending.length + report.failed.length + report.edited.length + report.unknown.length
  return attention > 0 ? 1 : 0
}

async function newMigration(config: AppConfig, name: string, out: (line: string) => void): Promise<number> {
  const created = await createMigration(config.database.provider, config.schema, name)
  const schema = path.relative(config.root, config.schema.schemaPath)
  if (created === null) {
    out(`No changes: ${schema} matches the migrations, so no migration was written.`)
    return 0
  }
  out(`Wrote ${path.relative(config.root, created.file)}. Review it, then run npm run db:migrate (the server also applies it on start).`)
  return 0
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
