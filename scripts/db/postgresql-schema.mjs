// The PostgreSQL twin of prisma/schema.prisma: the same models, another provider and client.

/** The SQLite schema rewritten for PostgreSQL (kept in sync by tests/db/schema-sync.test.ts). */
export function postgresqlSchema(text) {
  return text
    .replace(/^\/\/ Ordinal's data model\..*\n(\/\/.*\n)*/, "// Generated from prisma/schema.prisma by scripts/prisma-generate.mjs (npm install): edit that file, not this one.\n// Migrations for PostgreSQL live in prisma/postgresql/migrations (npm run db:new with DATABASE_URL=postgresql://…).\n")
    .replace('output   = "../generated/prisma"', 'output   = "../../generated/prisma-postgresql"')
    .replace('provider = "sqlite"', 'provider = "postgresql"')
}
