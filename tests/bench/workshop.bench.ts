// workshop.*: a workshop of 100 learners against the production build on loopback. Each learner
// joins and saves some progress; then the dashboard's snapshot is fetched (time and size), and
// the time from a learner's save to the instructor's live update is measured.
import os from 'node:os'
import path from 'node:path'
import { rmSync } from 'node:fs'
import { percentile } from '../load/progress-load'
import { startServer } from '../load/server'
import type { Figure } from './measure'

const LEARNERS = 100

export async function workshopBenchmarks(): Promise<Figure[]> {
  const file = path.join(os.tmpdir(), `ordinal-bench-workshop-${process.pid}.db`)
  const server = await startServer(Number(process.env.BENCH_WORKSHOP_PORT ?? 3320), file)
  const base = server.baseUrl
  const post = async (url: string, body: unknown, cookie?: string) => {
    const response = await fetch(base + url, { method: 'POST', headers: { 'content-type': 'application/json', origin: base, ...(cookie ? { cookie } : {}) }, body: JSON.stringify(body) })
    if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`)
    return response
  }
  const cookieOf = (response: Response) =>
    response.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ')
  try {
    const instructor = cookieOf(await post('/api/auth/sign-up/email', { email: 'bench@example.com', password: 'benchmark password', name: 'Bench' }))
    const { id, joinCode } = (await (
      await post('/api/workshops', { title: 'Bench', lessons: ['first-statefulset', 'stable-identity', 'ordered-scaling'], exercises: ['first-statefulset/exercise-cache'], timeLimitMin: null }, instructor)
    ).json()) as { id: string; joinCode: string }
    const learners: { cookie: string; entries: number }[] = []
    for (let i = 0; i < LEARNERS; i++) {
      const cookie = cookieOf(await post('/api/workshops/join', { code: joinCode, displayName: `Learner ${i + 1}` }))
      const entries = 10 + (i % 40)
      const log = Array.from({ length: entries }, (_, n) => ({ at: n * 5_000, line: n % 2 ? 'kubectl get pods' : 'kubectl get statefulsets' }))
      const completions = ['apply-guide', 'fix-manifest', 'headless-service'].slice(0, i % 4).map((stepId, n) => ({ stepId, how: 'checked', atEntry: (n + 1) * 3 }))
      await post('/api/progress/first-statefulset', { attempt: `bench-attempt-${i}`, seed: 101, from: 0, entries: log, completions }, cookie)
      learners.push({ cookie, entries })
    }

    const times: number[] = []
    let bytes = 0
    for (let i = 0; i < 30; i++) {
      const started = performance.now()
      const response = await fetch(`${base}/api/workshops/${id}`, { headers: { cookie: instructor } })
      bytes = (await response.arrayBuffer()).byteLength
      if (i >= 5) times.push(performance.now() - started)
    }

    // Live: the instructor's event stream, then one learner's save at a time.
    const controller = new AbortController()
    const stream = await fetch(`${base}/api/workshops/${id}/events`, { headers: { cookie: instructor }, signal: controller.signal })
    const reader = stream.body!.getReader()
    const decoder = new TextDecoder()
    let buffer = ''
    const nextUpdate = async () => {
      for (;;) {
        const end = buffer.indexOf('\n\n')
        if (end >= 0) {
          const event = buffer.slice(0, end)
          buffer = buffer.slice(end + 2)
          if (event.startsWith('event: update')) return
          continue
        }
        const { value, done } = await reader.read()
        if (done) throw new Error('the event stream ended')
        buffer += decoder.decode(value, { stream: true })
      }
    }
    await nextUpdate()
    const live: number[] = []
    for (let i = 0; i < 15; i++) {
      const learner = learners[i]
      const started = performance.now()
      await post('/api/progress/first-statefulset', { attempt: `bench-attempt-${i}`, seed: 101, from: learner.entries, entries: [{ at: learner.entries * 5_000, line: 'kubectl get pvc' }], completions: [] }, learner.cookie)
      learner.entries++
      await nextUpdate()
      live.push(performance.now() - started)
    }
    controller.abort()
    return [
      { name: 'workshop.dashboard_100_p95', value: Math.round(percentile(times, 0.95) * 10) / 10, unit: 'ms' },
      { name: 'workshop.dashboard_100_size', value: Math.round(bytes / 1024), unit: 'KB' },
      { name: 'workshop.live_update_p50', value: Math.round(percentile(live, 0.5) * 10) / 10, unit: 'ms' },
    ]
  } finally {
    server.stop()
    for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true })
  }
}
