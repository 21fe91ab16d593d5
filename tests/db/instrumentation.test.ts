import { spawnSync } from 'node:child_process'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { repoRoot, tempDir } from './temp-db'

const temp = tempDir()
afterAll(() => temp.cleanup())

/** Runs instrumentation.ts's register() in a fresh Node process, as `next start` would on boot. */
function register(env: Record<string, string>) {
  const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx')
  const script = "require('./instrumentation.ts').register().then(() => console.log('registered'))"
  const result = spawnSync(tsx, ['-e', script], { cwd: repoRoot, env: { ...process.env, NEXT_RUNTIME: 'nodejs', ...env }, encoding: 'utf8' })
  return { code: result.status, stdout: result.stdout.trim(), stderr: result.stderr.trim() }
}

describe('instrumentation register()', () => {
  it('applies pending migrations before the server starts, and nothing the second time', () => {
    const file = path.join(temp.dir, 'boot.db')
    const first = register({ DATABASE_URL: `file:${file}` })
    expect(first).toMatchObject({ code: 0, stderr: '' })
    expect(first.stdout).toMatch(/^ordinal: applied \d+ database migration\(s\): \d{14}_init.*\nregistered$/)
    expect(register({ DATABASE_URL: `file:${file}` })).toEqual({ code: 0, stdout: 'registered', stderr: '' })
    const db = new Database(file, { readonly: true })
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'LessonProgress'").get()).toEqual({ name: 'LessonProgress' })
    db.close()
  }, 30_000)

  it('prints one line and exits 1 on bad configuration', () => {
    expect(register({ DATABASE_URL: 'file:/proc/ordinal-boot/ordinal.db' })).toEqual({
      code: 1,
      stdout: '',
      stderr: 'ordinal: DATABASE_URL: cannot use /proc/ordinal-boot/ordinal.db: cannot create the directory /proc/ordinal-boot (not possible on this file system, ENOENT).',
    })
  }, 30_000)

  it('does nothing outside the Node.js runtime', () => {
    expect(register({ NEXT_RUNTIME: 'edge', DATABASE_URL: 'mysql://nowhere' })).toEqual({ code: 0, stdout: 'registered', stderr: '' })
  }, 30_000)
})
