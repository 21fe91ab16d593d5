// api.progress_p99: 200 learners saving progress concurrently against the production build on
// loopback, then a check that the database holds exactly what was acknowledged.
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
    const result = await runLoad({ baseUrl: server.baseUrl, learners: 200, durationMs })
    const problems = await verifyLoad(server.baseUrl, result)
    if (problems.length) throw new Error(`the database does not hold what was acknowledged:\n${problems.slice(0, 5).join('\n')}`)
    return [
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
