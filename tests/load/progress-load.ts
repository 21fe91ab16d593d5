// A load of learners saving progress against a running server on loopback: each learner posts
// small batches of command-log entries (and now and then a step completion) in a bounded loop
// that stops by itself, and remembers exactly what the server acknowledged.

export interface LoadOptions {
  baseUrl: string
  learners: number
  durationMs: number
  lessonId?: string
  /** Pause between a learner's saves, ms (uniform in [thinkMs / 2, 3 * thinkMs / 2]). */
  thinkMs?: number
}

export interface LearnerRecord {
  cookie: string
  attempt: string
  /** Lines the server acknowledged, in log order. */
  acknowledged: string[]
  /** Steps whose completion was acknowledged. */
  steps: string[]
}

export interface LoadResult {
  learners: LearnerRecord[]
  /** Milliseconds per acknowledged request. */
  latencies: number[]
  /** Requests that failed (network errors or non-2xx). */
  failures: number
}

const STEPS = ['apply-guide', 'fix-manifest', 'headless-service', 'what-was-created']

export async function runLoad({ baseUrl, learners, durationMs, lessonId = 'first-statefulset', thinkMs = 0 }: LoadOptions): Promise<LoadResult> {
  const deadline = Date.now() + durationMs
  const latencies: number[] = []
  let failures = 0
  const one = async (n: number): Promise<LearnerRecord> => {
    const record: LearnerRecord = { cookie: '', attempt: `load-${n}-${Math.random().toString(36).slice(2, 10)}`, acknowledged: [], steps: [] }
    let round = 0
    while (Date.now() < deadline) {
      if (thinkMs) await new Promise((resolve) => setTimeout(resolve, thinkMs * (0.5 + Math.random())))
      if (Date.now() >= deadline) break
      round++
      const lines = Array.from({ length: 1 + (round % 3) }, (_, i) => `echo learner-${n} round-${round} line-${i}`)
      const from = record.acknowledged.length
      const step = round % 5 === 0 && record.steps.length < STEPS.length ? STEPS[record.steps.length] : undefined
      const body = {
        attempt: record.attempt,
        seed: 101,
        from,
        entries: lines.map((line, i) => ({ at: (from + i) * 1000, line })),
        completions: step ? [{ stepId: step, how: 'checked', atEntry: from + lines.length }] : [],
      }
      const started = performance.now()
      try {
        const response = await fetch(`${baseUrl}/api/progress/${lessonId}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(record.cookie ? { cookie: record.cookie } : {}) },
          body: JSON.stringify(body),
        })
        const set = response.headers.get('set-cookie')
        if (set) record.cookie = set.split(';')[0]
        await response.arrayBuffer()
        if (!response.ok) {
          failures++
          continue
        }
        latencies.push(performance.now() - started)
        record.acknowledged.push(...lines)
        if (step) record.steps.push(step)
      } catch {
        failures++
        // The server may be gone (a kill test): back off instead of spinning.
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
    }
    return record
  }
  const records = await Promise.all(Array.from({ length: learners }, (_, n) => one(n)))
  return { learners: records, latencies, failures }
}

/**
 * What the server holds for each learner against what it acknowledged: the acknowledged lines
 * must be a prefix of the stored log (a write whose answer was lost may follow them) and every
 * acknowledged step must be stored; with `exact`, nothing else may be stored (no lost answers
 * expected). Returns one line per mismatch.
 */
export async function verifyLoad(baseUrl: string, result: LoadResult, { exact = true, lessonId = 'first-statefulset' } = {}): Promise<string[]> {
  const problems: string[] = []
  for (const [n, learner] of result.learners.entries()) {
    if (!learner.acknowledged.length) continue
    const response = await fetch(`${baseUrl}/api/progress/${lessonId}`, { headers: { cookie: learner.cookie } })
    const { progress } = (await response.json()) as { progress: { log: { line?: string }[]; completions: { stepId: string }[] } | null }
    const stored = progress?.log.map((e) => e.line ?? '') ?? []
    const prefix = stored.slice(0, learner.acknowledged.length)
    if (prefix.join('\n') !== learner.acknowledged.join('\n')) problems.push(`learner ${n}: stored log does not start with the ${learner.acknowledged.length} acknowledged lines`)
    else if (exact && stored.length !== learner.acknowledged.length) problems.push(`learner ${n}: ${stored.length} lines stored, ${learner.acknowledged.length} acknowledged`)
    const steps = new Set(progress?.completions.map((c) => c.stepId))
    for (const step of learner.steps) if (!steps.has(step)) problems.push(`learner ${n}: acknowledged step ${step} is missing`)
  }
  return problems
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN
}
