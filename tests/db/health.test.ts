import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { GET } from '@/app/api/health/route'
import { applyMigrations } from '@/app/_lib/migrations'
import packageJson from '@/package.json'
import { tempDir, tempSqliteConfig } from './temp-db'

const saved = process.env.DATABASE_URL
const temp = tempDir()
afterAll(() => temp.cleanup())
afterEach(() => {
  if (saved === undefined) delete process.env.DATABASE_URL
  else process.env.DATABASE_URL = saved
})

async function health(databaseUrl: string) {
  process.env.DATABASE_URL = databaseUrl
  const response = await GET()
  return { status: response.status, cache: response.headers.get('cache-control'), body: await response.json() }
}

describe('GET /api/health', () => {
  it('answers 200 with the version after a real round trip to a migrated database', async () => {
    const config = tempSqliteConfig(temp.dir, 'healthy.db')
    await applyMigrations(config)
    const { status, cache, body } = await health(`file:${path.join(temp.dir, 'healthy.db')}`)
    expect(status).toBe(200)
    expect(cache).toBe('no-store')
    expect(body).toEqual({ status: 'ok', version: packageJson.version, database: { ok: true, provider: 'sqlite', latencyMs: expect.any(Number) } })
  })

  it('answers 503 with the reason when the database has not been migrated', async () => {
    const { status, body } = await health(`file:${path.join(temp.dir, 'empty.db')}`)
    expect(status).toBe(503)
    expect(body).toMatchObject({ status: 'error', database: { ok: false } })
    expect(body.database.error).toBe('The table `main.Learner` does not exist in the current database.')
  })

  it('answers 503 when the file is not a database', async () => {
    const file = path.join(temp.dir, 'garbage.db')
    writeFileSync(file, 'this is not an SQLite file, just text that is long enough to fill a header page. '.repeat(64))
    const { status, body } = await health(`file:${file}`)
    expect(status).toBe(503)
    expect(body.database.error).toBe('file is not a database')
  })

  it('answers 503 with the configuration message for a bad DATABASE_URL', async () => {
    const { status, body } = await health('mysql://localhost/ordinal')
    expect(status).toBe(503)
    expect(body.database.error).toBe(
      'DATABASE_URL uses "mysql:", which Ordinal does not support: expected file:./data/ordinal.db (SQLite) or postgresql://user:password@host:5432/ordinal.',
    )
  })
})
