// A small builder for ProcessRuns: programs append timed log lines and facts in time order, and
// the builder renders time tokens against the virtual clock.
import { renderLogTemplate } from './log-time'
import type { PlanStep, ProcessRun } from './types'

export interface Timeline {
  /** Current offset (ms from the process start) where the next lines go. */
  readonly now: number
  /** Moves the cursor forward by `ms` (negative values are ignored). */
  wait(ms: number): Timeline
  /** Appends lines at the cursor; `{{t:...}}` tokens render at the cursor's wall time. */
  log(...lines: string[]): Timeline
  /** Appends lines one by one, `gapMs` apart (so per-line timestamps advance like a real log). */
  logSpread(lines: readonly string[], gapMs: number): Timeline
  listen(...ports: number[]): Timeline
  populate(...volumes: string[]): Timeline
  /** The run so far; `end` marks the process exiting at the cursor with `code`. */
  build(extra?: Omit<ProcessRun, 'steps' | 'end'>, end?: { code: number }): ProcessRun
}

/**
 * Starts a timeline for a process that starts `startMs` after the container, whose container
 * started at wall time `startedAt` (epoch ms).
 */
export function timeline(startedAt: number, startMs: number): Timeline {
  const steps: PlanStep[] = []
  let now = 0
  const wall = () => startedAt + startMs + now
  const push = (step: Omit<PlanStep, 'afterMs'>) => appendStep(steps, now, step)
  const api: Timeline = {
    get now() {
      return now
    },
    wait(ms) {
      now += Math.max(0, Math.round(ms))
      return api
    },
    log(...lines) {
      if (lines.length) push({ log: lines.map((line) => renderLogTemplate(line, wall())) })
      return api
    },
    logSpread(lines, gapMs) {
      lines.forEach((line, i) => {
        if (i > 0) api.wait(gapMs)
        api.log(line)
      })
      return api
    },
    listen(...ports) {
      push({ listen: ports })
      return api
    },
    populate(...volumes) {
      if (volumes.length) push({ populates: volumes })
      return api
    },
    build(extra = {}, end) {
      return { ...extra, steps, ...(end ? { end: { afterMs: now, code: end.code } } : {}) }
    },
  }
  return api
}

/** Appends `step` at `at`, merging it into the last step when that is at the same time. */
function appendStep(steps: PlanStep[], at: number, step: Omit<PlanStep, 'afterMs'>): void {
  const last = steps[steps.length - 1]
  if (last && last.afterMs === at && !last.exit) Object.assign(last, merge(last, step))
  else steps.push({ afterMs: at, ...step })
}

function merge(a: PlanStep, b: Omit<PlanStep, 'afterMs'>): PlanStep {
  return {
    afterMs: a.afterMs,
    ...(a.log || b.log ? { log: [...(a.log ?? []), ...(b.log ?? [])] } : {}),
    ...(a.listen || b.listen ? { listen: [...(a.listen ?? []), ...(b.listen ?? [])] } : {}),
    ...(a.populates || b.populates ? { populates: [...(a.populates ?? []), ...(b.populates ?? [])] } : {}),
  }
}

/** Uniform value in [lo, hi) from the seeded source. */
export function between(rand: () => number, lo: number, hi: number): number {
  return lo + (hi - lo) * rand()
}

/** `first` followed, `atMs` after its start, by `next` (which replaces it, as `exec` does). */
export function thenExec(first: ProcessRun, atMs: number, next: ProcessRun): ProcessRun {
  return {
    steps: [...first.steps, ...next.steps.map((s) => ({ ...s, afterMs: s.afterMs + atMs }))],
    ...(next.end ? { end: { afterMs: next.end.afterMs + atMs, code: next.end.code } } : {}),
    ...(next.repeat ? { repeat: { ...next.repeat, fromMs: next.repeat.fromMs + atMs } } : {}),
    serves: [...(first.serves ?? []), ...(next.serves ?? [])],
    ...(next.onTerm ? { onTerm: next.onTerm } : {}),
    notes: [...(first.notes ?? []), ...(next.notes ?? [])],
  }
}
