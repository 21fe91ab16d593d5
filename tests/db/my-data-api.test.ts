import { describe, expect, it, vi } from 'vitest'
import { testDatabases, useTestDatabase } from './temp-db'

vi.mock('server-only', () => ({}))
vi.mock('next/headers', () => ({ cookies: async () => ({ get: () => undefined }) }))
const progress = await import('@/app/api/progress/[lessonId]/route')
const me = await import('@/app/api/me/route')
const exporter = await import('@/app/api/me/export/route')
const importer = await import('@/app/api/me/import/route')


const json = (body: unknown, cookie?: string) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', host: 'localhost', ...(cookie ? { cookie } : {}) },
  body: JSON.stringify(body),
})
const cookieOf = (response: Response) => (response.headers.get('set-cookie') ?? '').split(';')[0]

async function learnerWithProgress(): Promise<string> {
  const response = await progress.POST(
    new Request('http://localhost/api/progress/first-statefulset', json({ attempt: 'attempt-abc', seed: 101, from: 0, entries: [{ at: 0, line: 'kubectl get nodes' }], completions: [{ stepId: 'apply-guide', how: 'assisted', atEntry: 1 }] })),
    { params: Promise.resolve({ lessonId: 'first-statefulset' }) },
  )
  return cookieOf(response)
}

describe.each(testDatabases())('my data on $name', (kind) => {
  useTestDatabase(kind)

  it('sets a display name, and refuses one that is empty or too long', async () => {
    const cookie = await learnerWithProgress()
    expect((await me.POST(new Request('http://localhost/api/me', json({ displayName: '  Ada <b>  ' }, cookie)))).status).toBe(200)
    expect(await (await me.GET(new Request('http://localhost/api/me', { headers: { cookie } }))).json()).toMatchObject({ learner: { displayName: 'Ada <b>' } })
    const long = await me.POST(new Request('http://localhost/api/me', json({ displayName: 'x'.repeat(41) }, cookie)))
    expect([long.status, (await long.json()).error]).toEqual([400, 'displayName: must be at most 40 characters'])
  })

  it('exports progress and imports it as another learner in another browser', async () => {
    const cookie = await learnerWithProgress()
    const exported = await exporter.GET(new Request('http://localhost/api/me/export', { headers: { cookie } }))
    expect(exported.headers.get('content-disposition')).toBe('attachment; filename="ordinal-progress.json"')
    const data = await exported.json()
    expect(data).toEqual({
      format: 'ordinal-learner-data/1',
      displayName: null,
      lessons: [{ lessonId: 'first-statefulset', attempt: 'attempt-abc', seed: 101, status: 'started', completedAt: null, log: [{ at: 0, line: 'kubectl get nodes' }], completions: [{ stepId: 'apply-guide', how: 'assisted', atEntry: 1 }] }],
      submissions: [],
      workshops: [],
    })
    const imported = await importer.POST(new Request('http://localhost/api/me/import', json(data)))
    expect(await imported.json()).toEqual({ ok: true, lessons: 1 })
    const newCookie = cookieOf(imported)
    expect(newCookie).not.toBe(cookie)
    const reread = await progress.GET(new Request('http://localhost/api/progress/first-statefulset', { headers: { cookie: newCookie } }), { params: Promise.resolve({ lessonId: 'first-statefulset' }) })
    expect((await reread.json()).progress).toMatchObject({ attempt: 'attempt-abc', log: [{ at: 0, line: 'kubectl get nodes' }], completions: [{ stepId: 'apply-guide', how: 'assisted' }] })
  })

  it('refuses an import with a broken log', async () => {
    const bad = { format: 'ordinal-learner-data/1', displayName: null, lessons: [{ lessonId: 'x-y', attempt: 'a', seed: 1, status: 'started', completedAt: null, log: [{ at: 'soon' }], completions: [] }] }
    const response = await importer.POST(new Request('http://localhost/api/me/import', json(bad)))
    expect([response.status, (await response.json()).error]).toEqual([400, 'lesson x-y: entry 1: at must be whole virtual milliseconds within a day'])
  })

  it('deletes the learner and everything saved, and clears the cookie', async () => {
    const cookie = await learnerWithProgress()
    const deleted = await me.DELETE(new Request('http://localhost/api/me', { method: 'DELETE', headers: { cookie } }))
    expect(deleted.status).toBe(204)
    expect(deleted.headers.get('set-cookie')).toBe('ordinal_learner=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax')
    expect((await exporter.GET(new Request('http://localhost/api/me/export', { headers: { cookie } }))).status).toBe(404)
  })
})
