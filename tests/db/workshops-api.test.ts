import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { readLessonFolder } from '@/app/_lib/lesson-files'
import { createCluster, lessonClusterOptions } from '@/simulator/index'
import { testDatabases, useTestDatabase } from './temp-db'

vi.mock('server-only', () => ({}))
vi.mock('next/headers', () => ({ cookies: async () => ({ get: () => undefined }) }))
const auth = await import('@/app/api/auth/[...all]/route')
const workshops = await import('@/app/api/workshops/route')
const workshop = await import('@/app/api/workshops/[workshopId]/route')
const join = await import('@/app/api/workshops/join/route')
const exportCsv = await import('@/app/api/workshops/[workshopId]/export/route')
const learnerLog = await import('@/app/api/workshops/[workshopId]/learners/[learnerId]/[lessonId]/route')
const events = await import('@/app/api/workshops/[workshopId]/events/route')
const members = await import('@/app/api/workshops/[workshopId]/members/[learnerId]/route')
const progress = await import('@/app/api/progress/[lessonId]/route')
const submit = await import('@/app/api/progress/[lessonId]/submit/route')

const ORIGIN = 'http://localhost:3000'
const lessonParams = { params: Promise.resolve({ lessonId: 'first-statefulset' }) }

function request(url: string, init: { method?: string; body?: unknown; cookie?: string; ip?: string } = {}): Request {
  const headers: Record<string, string> = { host: 'localhost:3000', origin: ORIGIN, 'x-forwarded-for': init.ip ?? '10.0.0.1' }
  if (init.body !== undefined) headers['content-type'] = 'application/json'
  if (init.cookie) headers.cookie = init.cookie
  return new Request(`${ORIGIN}${url}`, { method: init.method ?? (init.body === undefined ? 'GET' : 'POST'), headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) })
}

/** Every cookie a response sets, as one Cookie header. */
const cookiesOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ')

let signUps = 0

async function signUp(email: string): Promise<string> {
  // Each from its own address: better-auth limits sign-ups per address, and all tests share its memory.
  const ip = `10.1.0.${++signUps}`
  const response = await auth.POST(request('/api/auth/sign-up/email', { body: { email, password: 'correct horse battery', name: `Instructor ${email}` }, ip }))
  expect(response.status, await response.clone().text()).toBe(200)
  const cookie = cookiesOf(response)
  expect(cookie).toMatch(/ordinal\.session_token=/)
  expect(response.headers.getSetCookie().join('\n')).toMatch(/HttpOnly/i)
  return cookie
}

function solutionLog() {
  const parsed = readLessonFolder(path.join(__dirname, '..', '..', 'lessons'), '01-first-statefulset')
  if (!parsed?.ok) throw new Error('lesson 1 does not parse')
  const cluster = createCluster(lessonClusterOptions(parsed.lesson, true))
  for (const step of parsed.lesson.steps) cluster.runScript(step.solution)
  return { log: [...cluster.log], atMs: cluster.now() }
}

async function joinAs(code: string, displayName: string, ip = '10.0.0.2'): Promise<{ cookie: string; learnerId: string }> {
  const response = await join.POST(request('/api/workshops/join', { body: { code: code.toLowerCase(), displayName }, ip }))
  expect(response.status, await response.clone().text()).toBe(200)
  const cookie = cookiesOf(response)
  const learnerId = decodeURIComponent(cookie.split('=')[1]).split('.')[0]
  return { cookie, learnerId }
}

describe.each(testDatabases())('workshops on $name', (kind) => {
  useTestDatabase(kind)

  it('runs a workshop: create, join, live progress, graded submission, CSV, reset', async () => {
    const instructor = await signUp('ada@example.com')
    const created = await workshops.POST(
      request('/api/workshops', { body: { title: 'StatefulSets, morning', lessons: ['first-statefulset', 'stable-identity'], exercises: ['first-statefulset/exercise-cache'], timeLimitMin: null }, cookie: instructor }),
    )
    expect(created.status).toBe(201)
    const { id, joinCode } = await created.json()
    expect(joinCode).toMatch(/^[A-HJ-NP-Z2-9]{6}$/)
    const params = { params: Promise.resolve({ workshopId: id }) }

    const grace = await joinAs(joinCode, 'Grace <script>alert(1)</script>')
    const alan = await joinAs(joinCode, '=HYPERLINK("x")')

    // Grace works through lesson 1 and submits the exercise; Alan posts a forged completion.
    const { log, atMs } = solutionLog()
    const saved = await progress.POST(request('/api/progress/first-statefulset', { body: { attempt: 'attempt-grace', seed: 101, from: 0, entries: log, completions: [] }, cookie: grace.cookie }), lessonParams)
    expect(saved.status).toBe(200)
    const graded = await submit.POST(request('/x', { body: { stepId: 'exercise-cache', attempt: 'attempt-grace', atMs, workshopId: id }, cookie: grace.cookie }), lessonParams)
    expect(await graded.json()).toMatchObject({ score: 4, max: 4, cutOff: false })
    await progress.POST(
      request('/api/progress/first-statefulset', { body: { attempt: 'attempt-alan', seed: 101, from: 0, entries: [{ at: 0, line: 'echo done' }], completions: [{ stepId: 'exercise-cache', how: 'checked', atEntry: 1 }], completed: true }, cookie: alan.cookie }),
      lessonParams,
    )
    const forged = await submit.POST(request('/x', { body: { stepId: 'exercise-cache', attempt: 'attempt-alan', atMs: 5000, workshopId: id }, cookie: alan.cookie }), lessonParams)
    expect(await forged.json()).toMatchObject({ score: 0, max: 4 })

    const snapshot = await (await workshop.GET(request(`/api/workshops/${id}`, { cookie: instructor }), params)).json()
    expect(snapshot.learners.map((l: { displayName: string }) => l.displayName)).toEqual(['Grace <script>alert(1)</script>', '=HYPERLINK("x")'])
    expect(snapshot.learners[0].submissions['first-statefulset/exercise-cache']).toMatchObject({ score: 4, max: 4, tries: 1 })
    expect(snapshot.learners[0].lessons['first-statefulset'].commands).toBe(log.length)

    const csvResponse = await exportCsv.GET(request(`/api/workshops/${id}/export`, { cookie: instructor }), params)
    expect(csvResponse.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/)
    const lines = (await csvResponse.text()).split('\r\n')
    expect(lines[0]).toBe('workshop,learner_id,display_name,joined_at,lesson,exercise,status,submitted_at,score,max,submissions,checks')
    expect(lines).toHaveLength(4)
    expect(lines[1]).toMatch(new RegExp(`^${joinCode},${grace.learnerId},Grace <script>alert\\(1\\)</script>,\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z,first-statefulset,exercise-cache,submitted,\\d{4}-[^,]+Z,4,4,1,`))
    expect(lines[1]).toMatch(/=pass( |$)/)
    expect(lines[2]).toContain(`,"'=HYPERLINK(""x"")",`)
    expect(lines[2]).toContain(',submitted,')
    expect(lines[2]).toMatch(/,0,4,1,[^,]*=fail/)

    // The instructor reads Grace's log, then resets her lesson: her browser's next save is refused.
    const read = await (await learnerLog.GET(request('/x', { cookie: instructor }), { params: Promise.resolve({ workshopId: id, learnerId: grace.learnerId, lessonId: 'first-statefulset' }) })).json()
    expect(read.log).toHaveLength(log.length)
    const reset = await learnerLog.DELETE(request('/x', { method: 'DELETE', cookie: instructor }), { params: Promise.resolve({ workshopId: id, learnerId: grace.learnerId, lessonId: 'first-statefulset' }) })
    expect(reset.status).toBe(204)
    const stale = await progress.POST(request('/api/progress/first-statefulset', { body: { attempt: 'attempt-grace', seed: 101, from: log.length, entries: [{ at: atMs + 1, line: 'kubectl get pods' }], completions: [] }, cookie: grace.cookie }), lessonParams)
    expect(stale.status).toBe(409)
    const resent = await progress.POST(request('/api/progress/first-statefulset', { body: { attempt: 'attempt-grace', seed: 101, from: 0, entries: log.slice(0, 2), completions: [] }, cookie: grace.cookie }), lessonParams)
    expect(await resent.json()).toMatchObject({ error: 'your instructor reset this lesson', reset: true })

    // Grace's export names the workshop; deleting her data removes her from it.
    const me = await import('@/app/api/me/route')
    const exporter = await import('@/app/api/me/export/route')
    expect((await (await exporter.GET(request('/api/me/export', { cookie: grace.cookie }))).json()).workshops).toMatchObject([{ title: 'StatefulSets, morning', displayName: 'Grace <script>alert(1)</script>' }])
    expect((await me.DELETE(request('/api/me', { method: 'DELETE', cookie: grace.cookie }))).status).toBe(204)
    const after = await (await workshop.GET(request(`/api/workshops/${id}`, { cookie: instructor }), params)).json()
    expect(after.learners.map((l: { displayName: string }) => l.displayName)).toEqual(['=HYPERLINK("x")'])
    const { getDb } = await import('@/app/_lib/db')
    expect(await getDb().resetAttempt.count({ where: { learnerId: grace.learnerId } })).toBe(0)
  })

  it('keeps instructors to their workshops and learners to themselves', async () => {
    const owner = await signUp('owner@example.com')
    const other = await signUp('other@example.com')
    const created = await (await workshops.POST(request('/api/workshops', { body: { title: 'Mine', lessons: ['first-statefulset'], exercises: [], timeLimitMin: 30 }, cookie: owner }))).json()
    const params = { params: Promise.resolve({ workshopId: created.id }) }
    const learner = await joinAs(created.joinCode, 'Lin')
    expect((await workshop.GET(request('/x', { cookie: other }), params)).status).toBe(404)
    expect((await exportCsv.GET(request('/x', { cookie: other }), params)).status).toBe(404)
    expect((await workshop.GET(request('/x', { cookie: learner.cookie }), params)).status).toBe(401)
    expect((await exportCsv.GET(request('/x'), params)).status).toBe(401)
    expect((await workshop.PATCH(request('/x', { method: 'PATCH', body: { message: 'hi' }, cookie: learner.cookie }), params)).status).toBe(401)
    expect((await learnerLog.GET(request('/x', { cookie: learner.cookie }), { params: Promise.resolve({ workshopId: created.id, learnerId: learner.learnerId, lessonId: 'first-statefulset' }) })).status).toBe(401)
    // Cross-site mutations are refused before anything else.
    const crossSite = new Request(`${ORIGIN}/x`, { method: 'PATCH', headers: { host: 'localhost:3000', origin: 'https://evil.example', 'content-type': 'application/json', cookie: owner }, body: '{"message":"x"}' })
    expect((await workshop.PATCH(crossSite, params)).status).toBe(403)
    // A stranger's event stream is refused; a member's carries only their own view.
    expect((await events.GET(request('/x'), params)).status).toBe(403)
    const stream = await events.GET(request('/x', { cookie: learner.cookie }), params)
    const reader = stream.body!.getReader()
    let text = ''
    while (!text.includes('event: update')) text += new TextDecoder().decode((await reader.read()).value)
    while (!text.endsWith('\n\n')) text += new TextDecoder().decode((await reader.read()).value)
    await reader.cancel()
    const update = JSON.parse(text.split('event: update\ndata: ')[1])
    expect(update).toMatchObject({ title: 'Mine', displayName: 'Lin', timeLimitMin: 30 })
    expect(update.learners).toBeUndefined()
    // Deleting the workshop ends every stream with a last `gone` view.
    const open = (await events.GET(request('/x', { cookie: learner.cookie }), params)).body!.getReader()
    expect((await workshop.DELETE(request('/x', { method: 'DELETE', cookie: owner }), params)).status).toBe(204)
    let rest = ''
    for (let chunk = await open.read(); !chunk.done; chunk = await open.read()) rest += new TextDecoder().decode(chunk.value)
    expect(rest.trim().split('\n\n').at(-1)).toBe('event: update\ndata: {"gone":true}')
  })

  it('keeps an attempt begun before joining to the learner', async () => {
    const instructor = await signUp('private@example.com')
    const created = await (await workshops.POST(request('/api/workshops', { body: { title: 'Later', lessons: ['first-statefulset'], exercises: [], timeLimitMin: null }, cookie: instructor }))).json()
    // Practising alone first: a learner cookie from saving, then joining with it.
    const first = await progress.POST(request('/api/progress/first-statefulset', { body: { attempt: 'attempt-alone', seed: 101, from: 0, entries: [{ at: 0, line: 'kubectl get pods' }], completions: [] } }), lessonParams)
    const cookie = cookiesOf(first)
    const { getDb } = await import('@/app/_lib/db')
    await getDb().lessonProgress.updateMany({ data: { startedAt: new Date(Date.now() - 60_000) }, where: { attempt: 'attempt-alone' } })
    const joined = await join.POST(request('/api/workshops/join', { body: { code: created.joinCode, displayName: 'Pat' }, cookie }))
    expect(joined.status).toBe(200)
    const learnerId = decodeURIComponent(cookie.split('=')[1]).split('.')[0]
    const params = { params: Promise.resolve({ workshopId: created.id, learnerId, lessonId: 'first-statefulset' }) }
    expect(await (await learnerLog.GET(request('/x', { cookie: instructor }), params)).json()).toMatchObject({ log: [] })
    expect((await learnerLog.DELETE(request('/x', { method: 'DELETE', cookie: instructor }), params)).status).toBe(404)
    const snapshot = await (await workshop.GET(request('/x', { cookie: instructor }), { params: Promise.resolve({ workshopId: created.id }) })).json()
    expect(snapshot.learners[0].lessons).toEqual({})
  })

  it('lets the instructor close joining and remove a learner; names are unique in a workshop', async () => {
    const owner = await signUp('door@example.com')
    const other = await signUp('stranger@example.com')
    const created = await (await workshops.POST(request('/api/workshops', { body: { title: 'Door', lessons: ['first-statefulset'], exercises: [], timeLimitMin: null }, cookie: owner }))).json()
    const params = { params: Promise.resolve({ workshopId: created.id }) }
    const ann = await joinAs(created.joinCode, 'Ann')
    const taken = await join.POST(request('/x', { body: { code: created.joinCode, displayName: 'ANN' } }))
    expect(taken.status).toBe(409)
    expect((await workshop.PATCH(request('/x', { method: 'PATCH', body: { joinOpen: false }, cookie: owner }), params)).status).toBe(200)
    const late = await join.POST(request('/x', { body: { code: created.joinCode, displayName: 'Bob' } }))
    expect(late.status).toBe(403)
    expect((await late.json()).error).toBe('this workshop is closed to new learners: ask your instructor')
    // A member may still come back (and rename) while joining is closed.
    expect((await join.POST(request('/x', { body: { code: created.joinCode, displayName: 'Ann B.' }, cookie: ann.cookie }))).status).toBe(200)
    const memberParams = { params: Promise.resolve({ workshopId: created.id, learnerId: ann.learnerId }) }
    expect((await members.DELETE(request('/x', { method: 'DELETE', cookie: other }), memberParams)).status).toBe(404)
    expect((await members.DELETE(request('/x', { method: 'DELETE', cookie: owner }), memberParams)).status).toBe(204)
    const snapshot = await (await workshop.GET(request('/x', { cookie: owner }), params)).json()
    expect(snapshot.learners).toEqual([])
    expect(snapshot.workshop.joinOpen).toBe(false)
    expect((await join.POST(request('/x', { body: { code: created.joinCode, displayName: 'Ann' }, cookie: ann.cookie }))).status).toBe(403)
  })

  it('accepts completions only of the lesson\'s own steps', async () => {
    const forged = await progress.POST(request('/api/progress/first-statefulset', { body: { attempt: 'attempt-forged', seed: 101, from: 0, entries: [], completions: [{ stepId: 'anything-here', how: 'checked', atEntry: 0 }] } }), lessonParams)
    expect(forged.status).toBe(400)
    expect((await forged.json()).error).toBe('completions: lesson first-statefulset has no step anything-here')
  })

  it('keeps an instructor\'s name to one short line', async () => {
    const response = await auth.POST(request('/api/auth/sign-up/email', { body: { email: 'long@example.com', password: 'correct horse battery', name: `  A\n${'x'.repeat(100_000)}` }, ip: '10.1.9.9' }))
    expect(response.status).toBe(200)
    const { getDb } = await import('@/app/_lib/db')
    const stored = await getDb().instructor.findFirstOrThrow({ where: { email: 'long@example.com' } })
    expect(stored.name).toBe(`A ${'x'.repeat(78)}`)
  })

  it('stores only a scrypt hash of an instructor password', async () => {
    await signUp('hash@example.com')
    const { getDb } = await import('@/app/_lib/db')
    const account = await getDb().instructorAccount.findFirstOrThrow({ where: { instructor: { email: 'hash@example.com' } } })
    expect(account.providerId).toBe('credential')
    expect(account.password).not.toContain('correct horse')
    expect(account.password).toMatch(/^[0-9a-f]{32}:[0-9a-f]{128}$/)
    // better-auth's rate-limit counters live in the database, shared by every instance.
    const counters = await getDb().authRateLimit.findMany()
    expect(counters.some((c) => c.key.includes('/sign-up/email') && c.count >= 1)).toBe(true)
  })

  it('grades a timed exercise only on the commands that reached the server before the time was up', async () => {
    const instructor = await signUp('timer@example.com')
    const created = await (
      await workshops.POST(request('/api/workshops', { body: { title: 'Timed', lessons: ['first-statefulset'], exercises: ['first-statefulset/exercise-cache'], timeLimitMin: 1 }, cookie: instructor }))
    ).json()
    const learner = await joinAs(created.joinCode, 'Tim')
    const { log, atMs } = solutionLog()
    expect((await progress.POST(request('/api/progress/first-statefulset', { body: { attempt: 'attempt-timed', seed: 101, from: 0, entries: log, completions: [] }, cookie: learner.cookie }), lessonParams)).status).toBe(200)
    // The learner opened the exercise ten minutes ago and typed its commands only now.
    const { getDb } = await import('@/app/_lib/db')
    const db = getDb()
    const now = Date.now()
    const exerciseFrom = log.findIndex((entry) => entry.line?.includes('name: cache'))
    const rows = await db.commandEntry.findMany({ where: { progress: { learnerId: learner.learnerId } }, select: { id: true, seq: true } })
    for (const row of rows) if (row.seq < exerciseFrom) await db.commandEntry.update({ where: { id: row.id }, data: { createdAt: new Date(now - 20 * 60_000) } })
    await db.exerciseStart.create({ data: { workshopId: created.id, learnerId: learner.learnerId, lessonId: 'first-statefulset', stepId: 'exercise-cache', startedAt: new Date(now - 10 * 60_000) } })
    const graded = await (await submit.POST(request('/x', { body: { stepId: 'exercise-cache', attempt: 'attempt-timed', atMs, workshopId: created.id }, cookie: learner.cookie }), lessonParams)).json()
    expect(graded).toMatchObject({ score: 0, max: 4, cutOff: true })
    const stored = await db.submission.findFirstOrThrow({ where: { learnerId: learner.learnerId } })
    expect(stored.entries).toBe(exerciseFrom)
    // Deleting the workshop takes its clocks along; the learner keeps the submission, unlinked.
    expect((await workshop.DELETE(request('/x', { method: 'DELETE', cookie: instructor }), { params: Promise.resolve({ workshopId: created.id }) })).status).toBe(204)
    expect(await db.exerciseStart.count({ where: { workshopId: created.id } })).toBe(0)
    expect(await db.submission.findUniqueOrThrow({ where: { id: stored.id } })).toMatchObject({ workshopId: null, score: 0 })
  })

  it('times work done before the exercise was opened, keeps graded commands from being undone, and restarts the clock on reset', async () => {
    const instructor = await signUp('early@example.com')
    const created = await (
      await workshops.POST(request('/api/workshops', { body: { title: 'Early', lessons: ['first-statefulset'], exercises: ['first-statefulset/exercise-cache'], timeLimitMin: 1 }, cookie: instructor }))
    ).json()
    const learner = await joinAs(created.joinCode, 'Eve')
    const { log, atMs } = solutionLog()
    const save = (body: Record<string, unknown>) => progress.POST(request('/api/progress/first-statefulset', { body: { attempt: 'attempt-early', seed: 101, completions: [], ...body }, cookie: learner.cookie }), lessonParams)
    expect((await save({ from: 0, entries: log })).status).toBe(200)
    // Started the lesson half an hour ago, never opened the exercise, finished it just now.
    const { getDb } = await import('@/app/_lib/db')
    const db = getDb()
    const first = await db.commandEntry.findFirstOrThrow({ where: { progress: { learnerId: learner.learnerId }, seq: 0 } })
    await db.commandEntry.update({ where: { id: first.id }, data: { createdAt: new Date(Date.now() - 30 * 60_000) } })
    const graded = await (await submit.POST(request('/x', { body: { stepId: 'exercise-cache', attempt: 'attempt-early', atMs, workshopId: created.id }, cookie: learner.cookie }), lessonParams)).json()
    expect(graded).toMatchObject({ score: 0, max: 4, cutOff: true })
    // Undoing the commands that were late would change what counted: refused once time is up.
    const undo = await save({ from: log.length - 1, entries: [], truncateAt: log.length - 1 })
    expect(undo.status).toBe(400)
    expect((await undo.json()).error).toMatch(/time for this lesson's graded exercise is up/)
    // The instructor's reset gives the learner a new attempt with the whole time limit.
    const reset = await learnerLog.DELETE(request('/x', { method: 'DELETE', cookie: instructor }), { params: Promise.resolve({ workshopId: created.id, learnerId: learner.learnerId, lessonId: 'first-statefulset' }) })
    expect(reset.status).toBe(204)
    expect(await db.exerciseStart.count({ where: { learnerId: learner.learnerId } })).toBe(0)
  })

  it('refuses bad join codes and names, and rate-limits join attempts per address', async () => {
    const bad = await join.POST(request('/x', { body: { code: 'ABC', displayName: 'x' }, ip: '10.9.9.9' }))
    expect(await bad.json()).toEqual({ error: 'a join code is 6 letters and digits, e.g. K7QX3M' })
    const unknown = await join.POST(request('/x', { body: { code: 'ZZZZZZ', displayName: 'x' }, ip: '10.9.9.9' }))
    expect(unknown.status).toBe(404)
    const empty = await join.POST(request('/x', { body: { code: 'ZZZZZZ', displayName: '   ' }, ip: '10.9.9.9' }))
    expect(await empty.json()).toEqual({ error: 'type a display name' })
    // Right codes are never limited (a classroom joins from one address); wrong ones are.
    const instructor = await signUp('limits@example.com')
    const { joinCode } = await (await workshops.POST(request('/api/workshops', { body: { title: 'Busy', lessons: ['first-statefulset'], exercises: [], timeLimitMin: null }, cookie: instructor }))).json()
    for (let i = 0; i < 40; i++) await joinAs(joinCode, `Learner ${i}`, '10.8.8.8')
    let last = 0
    for (let i = 0; i < join.JOIN_FAILURES.max; i++) last = (await join.POST(request('/x', { body: { code: 'ZZZZZZ', displayName: 'x' }, ip: '10.8.8.8' }))).status
    expect(last).toBe(404)
    const limited = await join.POST(request('/x', { body: { code: joinCode, displayName: 'x' }, ip: '10.8.8.8' }))
    expect(limited.status).toBe(429)
    expect((await limited.clone().json()).error).toMatch(/^too many wrong join codes from your network: try again in ([1-9]|10) min$/)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
  })

  it('counts wrong codes atomically, by the address the nearest proxy saw, and for everyone together', async () => {
    const { clientAddress, countAgainst } = await import('@/app/_lib/rate-limit')
    const { getDb } = await import('@/app/_lib/db')
    const spoofed = new Request(`${ORIGIN}/x`, { headers: { 'x-forwarded-for': '203.0.113.7, 10.0.0.9' } })
    expect(clientAddress(spoofed)).toBe('10.0.0.9')
    expect(clientAddress(new Request(`${ORIGIN}/x`))).toBe('local')
    // Behind trusted proxies (ORDINAL_TRUSTED_PROXIES), their own entries are skipped.
    const proxied = new Request(`${ORIGIN}/x`, { headers: { 'x-forwarded-for': '203.0.113.7, 198.51.100.20, 10.0.0.9' } })
    expect(clientAddress(proxied, ['10.0.0.0/8'])).toBe('198.51.100.20')
    expect(clientAddress(proxied, ['10.0.0.9', '198.51.100.20'])).toBe('203.0.113.7')
    const limit = { key: 'test:concurrent', max: 5, windowS: 600 }
    const states = await Promise.all(Array.from({ length: 20 }, () => countAgainst(getDb(), limit)))
    expect(states.filter((s) => s.limited)).toHaveLength(15)
    // Guesses from many invented addresses meet the limit shared by everyone.
    expect(join.JOIN_FAILURES_ALL.max).toBeGreaterThan(join.JOIN_FAILURES.max)
    await countAgainst(getDb(), join.JOIN_FAILURES_ALL)
    await getDb().rateLimit.update({ where: { key: join.JOIN_FAILURES_ALL.key }, data: { count: join.JOIN_FAILURES_ALL.max } })
    const fresh = await join.POST(request('/x', { body: { code: 'ZZZZZZ', displayName: 'x' }, ip: '198.51.100.77' }))
    expect(fresh.status).toBe(429)
  })
})
