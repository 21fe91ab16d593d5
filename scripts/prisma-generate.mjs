#!/usr/bin/env node
// Runs `prisma generate` (npm postinstall) without network access. The Prisma CLI first makes
// sure a native schema engine exists and tries to download one, which cannot work here;
// PRISMA_SCHEMA_ENGINE_BINARY names a stub that satisfies that check, and generation never runs
// it. Migrations use @prisma/schema-engine-wasm instead (npm run db:migrate). The client is
// written to generated/prisma (the `output` of prisma/schema.prisma's generator).
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { postgresqlSchema } from './db/postgresql-schema.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const cli = path.join(root, 'node_modules', 'prisma', 'build', 'index.js')
const stub = path.join(root, 'scripts', 'no-native-schema-engine.sh')
const schema = path.join('prisma', 'schema.prisma')
const timeoutMs = 120_000

function fail(message) {
  console.error(`prisma generate: ${message}`)
  process.exit(1)
}

if (!existsSync(cli)) fail('the Prisma CLI is missing (node_modules/prisma): run npm install.')
if (!existsSync(path.join(root, schema))) fail(`${schema} is missing.`)

// prisma/postgresql/schema.prisma is derived: the same models for PostgreSQL, with a client of its own.
const postgresSchema = path.join('prisma', 'postgresql', 'schema.prisma')
mkdirSync(path.join(root, 'prisma', 'postgresql'), { recursive: true })
writeFileSync(path.join(root, postgresSchema), postgresqlSchema(readFileSync(path.join(root, schema), 'utf8')))

for (const file of [schema, postgresSchema]) generate(file)

function generate(schema) {
const result = spawnSync(process.execPath, [cli, 'generate', '--schema', schema, '--no-hints'], {
  cwd: root,
  stdio: 'inherit',
  timeout: timeoutMs,
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: stub,
    // No update check, telemetry or engine downloads: the only registry reachable is npm.
    CHECKPOINT_DISABLE: '1',
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
    PRISMA_ENGINES_CHECKSUM_IGNORE_MISSING: '1',
    PRISMA_GENERATE_SKIP_AUTOINSTALL: '1',
  },
})

if (result.error) fail(`could not run the Prisma CLI: ${result.error.message}`)
if (result.signal) fail(`the Prisma CLI was stopped by ${result.signal}${result.signal === 'SIGTERM' ? ` after ${timeoutMs / 1000} s` : ''}.`)
if (result.status !== 0) {
  fail(`the Prisma CLI exited with code ${result.status}; the client generated from ${schema} is missing or stale (see the output above).`)
}
}
