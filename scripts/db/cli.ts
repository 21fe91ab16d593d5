/**
 * Database migrations without Prisma's native schema engine: everything runs through
 * @prisma/schema-engine-wasm and the app's driver adapter.
 *
 *   tsx scripts/db/cli.ts migrate       apply pending migrations (npm run db:migrate)
 *   tsx scripts/db/cli.ts status        list applied and pending migrations (npm run db:status)
 *   tsx scripts/db/cli.ts new <name>    write a migration for the changes in prisma/schema.prisma (npm run db:new -- <name>)
 *   tsx scripts/db/cli.ts resolve <migration> --rolled-back|--applied
 *                                       record how a failed migration was repaired by hand (npm run db:resolve -- …)
 *
 * Exit codes: 0 done, 1 failed (one-line reason on stderr), 2 usage error; `status` also exits 1
 * when something needs attention (pending, failed, edited or unknown migrations).
 */
import { runDbCli } from './commands'

runDbCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code
})
