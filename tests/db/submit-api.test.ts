import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { readLessonFolder } from '@/app/_lib/lesson-files'
import { createCluster, lessonClusterOptions } from '@/simulator/index'
import { testDatabases, useTestDatabase } from './temp-db'

vi.mock('server-only', () => ({}))
vi.mock('next/headers', () => ({ cookies: async () => ({ get: () => undefined }) }))
const progress = await import('@/app/api/progress/[lessonId]/route')
const submit = await import('@/app/api/progress/[lessonId]/submit/route')
const exporter = await import('@/app/api/me/export/route')

const params = { params: Promise.resolve({ lessonId: 'first-statefulset' }) }
const json = (body: unknown, cookie?: string) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', host: 'localhost', ...(cookie ? { cookie } : {}) },
  body: JSON.stringify(body),
})

/** The log of lesson 1's whole solution, as the lesson page would have saved it. */
function solutionLog() {
  const parsed = readLessonFolder(path.join(__dirname, '..', '..', 'lessons'), '01-first-statefulset')
  if (!parsed?.ok) throw new Error('lesson 1 does not parse')
  const cluster = createCluster(lessonClusterOptions(parsed.lesson, true))
  for (const step of parsed.lesson.steps) cluster.runScript(step.solution)
  return { log: [...cluster.log], atMs: cluster.now() }
}

async function save(entries: unknown[], attempt: string) {
  const response = await progress.POST(new Request('http://localhost/api/progress/first-statefulset', json({ attempt, seed: 101, from: 0, entries, completions: [] })), params)
  expect(response.status).toBe(200)
  return (response.headers.get('set-cookie') ?? '').split(';')[0]
}

describe.each(testDatabases())('graded submission on $name', (kind) => {
  useTestDatabase(kind)

  it('grades the saved log by replay and records the result', async () => {
    const { log, atMs } = solutionLog()
    const cookie = await save(log, 'attempt-full')
    const response = await submit.POST(new Request('http://localhost/x', json({ stepId: 'exercise-cache', attempt: 'attempt-full', atMs }, cookie)), params)
    const body = await response.json()
    expect(response.status).toBe(200)
    expect(body).toMatchObject({ stepId: 'exercise-cache', score: 4, max: 4 })
    const exported = await (await exporter.GET(new Request('http://localhost/api/me/export', { headers: { cookie } }))).json()
    expect(exported.submissions).toMatchObject([{ lessonId: 'first-statefulset', stepId: 'exercise-cache', score: 4, max: 4 }])
  })

  it('scores a forged claim 0: only the commands count', async () => {
    const cookie = await save([{ at: 0, line: 'echo I did it, score 4/4' }], 'attempt-forged')
    const response = await submit.POST(new Request('http://localhost/x', json({ stepId: 'exercise-cache', attempt: 'attempt-forged', atMs: 120_000 }, cookie)), params)
    expect(await response.json()).toMatchObject({ score: 0, max: 4 })
  })

  it('refuses steps that are not exercises, unknown learners and stale attempts', async () => {
    const cookie = await save([{ at: 0, line: 'kubectl get pods' }], 'attempt-other')
    const status = async (body: object, c?: string) => {
      const r = await submit.POST(new Request('http://localhost/x', json(body, c)), params)
      return [r.status, (await r.json()).error]
    }
    expect(await status({ stepId: 'apply-guide', attempt: 'attempt-other', atMs: 1000 }, cookie)).toEqual([400, 'step apply-guide is not a graded exercise'])
    expect(await status({ stepId: 'exercise-cache', attempt: 'attempt-other', atMs: 1000 })).toEqual([401, 'nothing is saved for you yet: run your commands first'])
    expect(await status({ stepId: 'exercise-cache', attempt: 'attempt-newer', atMs: 1000 }, cookie)).toEqual([409, 'your commands have not all reached the server yet; submit again in a moment'])
  })
})
