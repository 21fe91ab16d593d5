// A hostile command log must not hang or fill the server: it is refused at the door with a
// sentence saying why, and what is accepted replays in bounded time.
import { describe, expect, it, vi } from 'vitest'
import { LOG_LIMITS } from '@/simulator/index'
import { testDatabases, useTestDatabase } from './temp-db'

vi.mock('server-only', () => ({}))
vi.mock('next/headers', () => ({ cookies: async () => ({ get: () => undefined }) }))
const progress = await import('@/app/api/progress/[lessonId]/route')
const submit = await import('@/app/api/progress/[lessonId]/submit/route')

const params = { params: Promise.resolve({ lessonId: 'first-statefulset' }) }
const post = (body: unknown, cookie?: string) =>
  progress.POST(
    new Request('http://localhost/api/progress/first-statefulset', {
      method: 'POST',
      headers: { 'content-type': 'application/json', host: 'localhost', ...(cookie ? { cookie } : {}) },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
    params,
  )

describe.each(testDatabases())('hostile logs on $name', (kind) => {
  useTestDatabase(kind)

  it('refuses a body over 1 MB, such as a million sleeps, before reading it', async () => {
    const sleeps = JSON.stringify({ attempt: 'attempt-hostile', seed: 101, from: 0, entries: Array.from({ length: 1_000_000 }, (_, i) => ({ at: i, line: 'sleep 1' })), completions: [] })
    const response = await post(sleeps)
    expect(response.status).toBe(413)
    expect(await response.json()).toEqual({ error: 'the body is larger than 1000000 bytes' })
  })

  it('refuses a batch of more entries than a save may carry, and a line of a million sleeps', async () => {
    const many = await post({ attempt: 'attempt-hostile', seed: 101, from: 0, entries: Array.from({ length: 501 }, (_, i) => ({ at: i, line: 'sleep 1' })), completions: [] })
    expect(many.status).toBe(400)
    const long = await post({ attempt: 'attempt-hostile', seed: 101, from: 0, entries: [{ at: 0, line: 'sleep 1;'.repeat(100_000) }], completions: [] })
    expect(await long.json()).toEqual({ error: 'entries: entry 1: line must be text' })
  })

  it('stops a log growing past the total size in many small saves, with a clear message', async () => {
    const line = `echo ${'x'.repeat(1_900)}`
    let from = 0
    let cookie: string | undefined
    let last: Response | undefined
    for (let batch = 0; batch < 10; batch++) {
      const entries = Array.from({ length: 40 }, (_, i) => ({ at: (from + i) * 1000, line }))
      last = await post({ attempt: 'attempt-growing', seed: 101, from, entries, completions: [] }, cookie)
      cookie ??= (last.headers.get('set-cookie') ?? '').split(';')[0]
      if (last.status !== 200) break
      from += entries.length
    }
    expect(from * line.length).toBeLessThanOrEqual(LOG_LIMITS.totalText)
    expect(last?.status).toBe(413)
    expect(await last?.json()).toEqual({ error: `this lesson's command log is full (at most ${LOG_LIMITS.totalText} characters of commands and saved files): reset the lesson to go on saving` })
  })

  it('grades a log of many sleeps only up to the submission time (npm run bench -- grade measures it)', async () => {
    // 20,000 sleeps of a second in one line: the replay stops at the submission time.
    const saved = await post({ attempt: 'attempt-sleepy', seed: 101, from: 0, entries: [{ at: 0, line: 'sleep 1; '.repeat(20_000).trim() }], completions: [] })
    expect(saved.status).toBe(200)
    const cookie = (saved.headers.get('set-cookie') ?? '').split(';')[0]
    const response = await submit.POST(
      new Request('http://localhost/x', { method: 'POST', headers: { 'content-type': 'application/json', host: 'localhost', cookie }, body: JSON.stringify({ stepId: 'exercise-cache', attempt: 'attempt-sleepy', atMs: 60_000 }) }),
      params,
    )
    expect(await response.json()).toMatchObject({ score: 0, max: 4, gradedAtMs: 60_000 })
    const late = await submit.POST(
      new Request('http://localhost/x', { method: 'POST', headers: { 'content-type': 'application/json', host: 'localhost', cookie }, body: JSON.stringify({ stepId: 'exercise-cache', attempt: 'attempt-sleepy', atMs: 3 * 24 * 3600 * 1000 }) }),
      params,
    )
    expect(await late.json()).toEqual({ error: 'the submission time must be after the last command and within a day of it' })
  })
})
