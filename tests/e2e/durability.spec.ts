// Durability of saved progress: learners save while the server is killed with SIGKILL; after a
// restart the SQLite file passes integrity_check and every acknowledged write is there.
import { rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { expect, test } from '@playwright/test'
import { runLoad, verifyLoad } from '../load/progress-load'
import { startServer } from '../load/server'

const PORT = Number(process.env.E2E_DURABILITY_PORT ?? 3150)

test('a server killed during saving loses nothing it acknowledged', async () => {
  test.setTimeout(120_000)
  const file = path.join(os.tmpdir(), `ordinal-durability-${process.pid}.db`)
  const cleanup = () => ['', '-wal', '-shm'].forEach((suffix) => rmSync(file + suffix, { force: true }))
  cleanup()
  const first = await startServer(PORT, file)
  try {
    const load = runLoad({ baseUrl: first.baseUrl, learners: 50, durationMs: 6_000 })
    await new Promise((resolve) => setTimeout(resolve, 3_000))
    await first.kill()
    const result = await load
    const acknowledged = result.learners.reduce((n, l) => n + l.acknowledged.length, 0)
    expect(acknowledged).toBeGreaterThan(100)
    expect(result.failures).toBeGreaterThan(0)

    const db = new Database(file)
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    db.close()

    const second = await startServer(PORT, file)
    try {
      expect(await verifyLoad(second.baseUrl, result, { exact: false })).toEqual([])
    } finally {
      second.stop()
    }
  } finally {
    first.stop()
    cleanup()
  }
})
