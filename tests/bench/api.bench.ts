// api.progress_p99: 200 learners saving progress concurrently against the production build on
// loopback, each every 0.5 to 1.5 s (the lesson page sends at most one save per command, and
// nobody types a command a second for long), then a check that the database holds exactly what
// was acknowledged. BENCH_LOAD_MS shortens the 30 s run; api.progress_saturated_p99 is the same
// without pauses (every learner re-posts at once), the worst case.
import os from 'node:os'
import path from 'node:path'
import { rmSync } from 'node:fs'
import { percentile, runLoad, verifyLoad } from '../load/progress-load'
import { startServer } from '../load/server'
import type { Figure } from './measure'

export async function apiBenchmarks(durationMs = Number(process.env.BENCH_LOAD_MS ?? 30_000)): Promise<Figure[]> {
  const file = path.join(os.tmpdir(), `ordinal-bench-load-${process.pid}.db`)
  const server = await startServer(Number(process.env.BENCH_API_PORT ?? 3310), file)
  try {
    // Warm the server up (JIT, connection, caches) with other learners before measuring.
    await runLoad({ baseUrl: server.baseUrl, learners: 200, durationMs: 5_000, thinkMs: 1000, lessonId: 'ordered-scaling' })
    const result = await runLoad({ baseUrl: server.baseUrl, learners: 200, durationMs, thinkMs: 1000 })
    const problems = await verifyLoad(server.baseUrl, result)
    if (problems.length) throw new Error(`the database does not hold what was acknowledged:\n${problems.slice(0, 5).join('\n')}`)
    const saturated = await runLoad({ baseUrl: server.baseUrl, learners: 200, durationMs: Math.min(durationMs, 10_000), lessonId: 'stable-identity' })
    return [
      { name: 'api.progress_saturated_p99', value: Math.round(percentile(saturated.latencies, 0.99) * 10) / 10, unit: 'ms' },
      { name: 'api.progress_saturated_requests_per_s', value: Math.round(saturated.latencies.length / (Math.min(durationMs, 10_000) / 1000)), unit: 'req/s' },
      { name: 'api.progress_p99', value: Math.round(percentile(result.latencies, 0.99) * 10) / 10, unit: 'ms' },
      { name: 'api.progress_p50', value: Math.round(percentile(result.latencies, 0.5) * 10) / 10, unit: 'ms' },
      { name: 'api.progress_requests_per_s', value: Math.round(result.latencies.length / (durationMs / 1000)), unit: 'req/s' },
      { name: 'api.progress_failures', value: result.failures, unit: 'requests' },
    ]
  } finally {
    server.stop()
    for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true })
  }
}
