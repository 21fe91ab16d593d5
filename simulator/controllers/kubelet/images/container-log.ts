// The log a planned container has written by a given moment: its step lines plus the lines of an
// endless loop, iteration by iteration. This is what `kubectl logs` shows (without --timestamps).
import { renderLogTemplate } from './log-time'
import { renderCounters } from './shell-expand'
import type { ContainerPlan } from './types'

export interface LogEntry {
  /** Milliseconds after the container started. */
  atMs: number
  line: string
}

/**
 * Log lines written up to `untilMs` after the start at wall time `startedAt`, in time order, at
 * most the last `limit` of them (an endless loop without sleep would otherwise never end).
 */
export function containerLog(plan: ContainerPlan, startedAt: number, untilMs: number, limit = 10_000): LogEntry[] {
  const entries: LogEntry[] = []
  let exitAt = Infinity
  for (const step of plan.steps) {
    if (step.afterMs > untilMs) break
    for (const line of step.log ?? []) entries.push({ atMs: step.afterMs, line })
    if (step.exit) exitAt = step.afterMs
  }
  const repeat = plan.repeat
  if (repeat) {
    const end = Math.min(untilMs, exitAt)
    const first = Math.max(0, Math.floor((end - repeat.fromMs) / repeat.periodMs) - limit)
    for (let n = first; repeat.fromMs + n * repeat.periodMs <= end; n++) {
      for (const { offsetMs, template } of repeat.lines) {
        const atMs = repeat.fromMs + n * repeat.periodMs + offsetMs
        if (atMs > end) break
        entries.push({ atMs, line: renderLogTemplate(renderCounters(template, n), startedAt + atMs) })
      }
    }
  }
  entries.sort((a, b) => a.atMs - b.atMs)
  return entries.slice(-limit)
}
