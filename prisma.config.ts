import { defineConfig } from 'prisma/config'

/**
 * Prisma CLI configuration. The CLI is used here only for `prisma generate`, through
 * scripts/prisma-generate.mjs, which keeps it offline. Migrations do not go through the CLI (its
 * native schema engine cannot be downloaded here): use `npm run db:migrate | db:status | db:new`,
 * which drive @prisma/schema-engine-wasm (scripts/db/cli.ts). The database URL comes from
 * DATABASE_URL through app/_lib/config.ts, not from this file.
 */
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
})
