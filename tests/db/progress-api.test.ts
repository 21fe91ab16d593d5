import { describe, expect, it, vi } from 'vitest'
import { testDatabases, useTestDatabase } from './temp-db'

vi.mock('server-only', () => ({}))
// Server components' cookies() is not used by the route handlers under test.
vi.mock('next/headers', () => ({ cookies: async () => ({ get: () => undefined }) }))
const route = await import('@/app/api/progress/[lessonId]/route')

const LESSON = 'first-statefulset'
const params = (lessonId = LESSON) => ({ params: Promise.resolve({ lessonId }) })
const url = (lessonId = LESSON) => `http://localhost:3000/api/progress/${lessonId}`

function post(body: unknown, cookie?: string, headers: Record<string, string> = {}) {
  return route.POST(
    new Request(url(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', host: 'localhost:3000', ...(cookie ? { cookie } : {}), ...headers },
      body: JSON.stringify(body),
    }),
    params(),
  )
}

const get = (cookie?: string) => route.GET(new Request(url(), { headers: cookie ? { cookie } : {} }), params())

const batch = (from: number, lines: string[], extra: object = {}) => ({
  attempt: 'attempt-one',
  seed: 101,
  from,
  entries: lines.map((line, i) => ({ at: 1000 * (from + i), line })),
  completions: [],
  ...extra,
})

const cookieOf = (response: Response) => (response.headers.get('set-cookie') ?? '').split(';')[0]

describe.each(testDatabases())('progress API on $name', (kind) => {
  useTestDatabase(kind)

  let cookie = ''

  it('creates an anonymous learner on the first save and sets a signed, httpOnly cookie', async () => {
    const response = await post(batch(0, ['kubectl get pods']))
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ ok: true, attempt: 'attempt-one', entries: 1, completions: 0 })
    const header = response.headers.get('set-cookie') ?? ''
    expect(header).toMatch(/^ordinal_learner=[a-z0-9]+\.[A-Za-z0-9_-]+; Path=\/; Max-Age=31536000; HttpOnly; SameSite=Lax$/)
    cookie = cookieOf(response)
  })

  it('is idempotent: a re-sent batch changes nothing, and gaps are refused with what the server has', async () => {
    expect(await (await post(batch(0, ['kubectl get pods']), cookie)).json()).toMatchObject({ entries: 1 })
    expect(await (await post(batch(1, ['kubectl apply -f statefulset.yaml']), cookie)).json()).toMatchObject({ entries: 2 })
    expect(await (await post(batch(1, ['kubectl apply -f statefulset.yaml']), cookie)).json()).toMatchObject({ entries: 2 })
    const gap = await post(batch(5, ['kubectl get sts']), cookie)
    expect(gap.status).toBe(409)
    expect(await gap.json()).toEqual({ error: 'entries are missing before this batch', entries: 2 })
  })

  it('records completions once and reads everything back in order', async () => {
    const withStep = batch(2, ['kubectl get pvc'], { completions: [{ stepId: 'apply-guide', how: 'checked', atEntry: 2 }] })
    expect(await (await post(withStep, cookie)).json()).toMatchObject({ entries: 3, completions: 1 })
    expect(await (await post(withStep, cookie)).json()).toMatchObject({ entries: 3, completions: 1 })
    const body = await (await get(cookie)).json()
    expect(body.progress).toEqual({
      attempt: 'attempt-one',
      seed: 101,
      log: [
        { at: 0, line: 'kubectl get pods' },
        { at: 1000, line: 'kubectl apply -f statefulset.yaml' },
        { at: 2000, line: 'kubectl get pvc' },
      ],
      completions: [{ stepId: 'apply-guide', how: 'checked' }],
      completed: false,
    })
  })

  it('truncates after an undo', async () => {
    expect(await (await post(batch(2, ['kubectl get pv'], { truncateAt: 2 }), cookie)).json()).toMatchObject({ entries: 3 })
    const body = await (await get(cookie)).json()
    expect(body.progress.log.at(-1)).toEqual({ at: 2000, line: 'kubectl get pv' })
  })

  it('keeps learners apart and rejects forged cookies', async () => {
    const other = await post({ ...batch(0, ['echo other']), attempt: 'attempt-two' })
    const otherCookie = cookieOf(other)
    expect(otherCookie).not.toBe(cookie)
    expect((await (await get(otherCookie)).json()).progress.log).toEqual([{ at: 0, line: 'echo other' }])
    const [id] = cookie.slice('ordinal_learner='.length).split('.')
    for (const forged of [`ordinal_learner=${id}.AAAA`, `ordinal_learner=${id}`, 'ordinal_learner=x.y']) {
      expect((await (await get(forged)).json()).progress).toBeNull()
      // A forged cookie never writes into the real learner's progress: it gets a new identity.
      const response = await post(batch(0, ['kubectl delete sts web']), forged)
      expect(cookieOf(response)).not.toBe(cookie)
    }
    expect((await (await get(cookie)).json()).progress.log).toHaveLength(3)
  })

  it('refuses malformed, oversized, cross-origin and unknown-lesson requests with a clear 4xx', async () => {
    const status = async (response: Promise<Response>) => {
      const r = await response
      return [r.status, (await r.json()).error]
    }
    expect(await status(post({ ...batch(0, []), attempt: 'x' }, cookie))).toEqual([400, 'attempt: must be 8 to 64 letters, digits, - or _'])
    expect(await status(post({ ...batch(0, []), entries: [{ at: 0 }] }, cookie))).toEqual([400, 'entries: entry 1: needs exactly one of line, interrupt, write, edited'])
    expect(await status(post({ ...batch(0, ['x'.repeat(1_100_000)]) }, cookie))).toEqual([413, 'the body is larger than 1000000 bytes'])
    expect(await status(post(batch(0, []), cookie, { origin: 'https://evil.example' }))).toEqual([403, 'cross-origin requests are not accepted'])
    expect(await status(post(batch(0, []), cookie, { 'content-type': 'text/plain' }))).toEqual([415, 'send application/json'])
    expect(await status(route.GET(new Request(url('no-such-lesson')), params('no-such-lesson')))).toEqual([404, 'no such lesson'])
  })

  it('refuses a batch for another attempt, and forgets everything on reset', async () => {
    const stale = await post({ ...batch(3, ['kubectl get pods']), attempt: 'attempt-old' }, cookie)
    expect(stale.status).toBe(409)
    expect(await stale.json()).toEqual({ error: 'this lesson was restarted elsewhere', attempt: 'attempt-one' })
    const reset = await route.DELETE(new Request(url(), { method: 'DELETE', headers: { cookie } }), params())
    expect(reset.status).toBe(204)
    expect((await (await get(cookie)).json()).progress).toBeNull()
  })
})
