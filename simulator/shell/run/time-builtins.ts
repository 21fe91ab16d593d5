// Virtual time in the shell: `sleep` and the deadline `timeout` puts on a command.

import type { Proc, Wait } from './process'
import type { Streams } from './streams'

const UNITS: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600, d: 86400 }

/** GNU sleep/timeout's interval: a non-negative decimal with an optional s/m/h/d suffix. */
export function parseDuration(text: string): number | undefined {
  const match = /^(\d+(?:\.\d*)?|\.\d+)([smhd]?)$/.exec(text)
  if (!match) return undefined
  return Number(match[1]) * UNITS[match[2]]
}

/** `sleep N…`: waits the sum of its intervals in virtual time (GNU sleep accepts several). */
export function* sleepFor(now: number, argv: readonly string[], io: Streams): Proc {
  const args = argv.slice(1)
  if (args.length === 0) {
    io.stderr("sleep: missing operand\nTry 'sleep --help' for more information.\n")
    return 1
  }
  let seconds = 0
  for (const arg of args) {
    const value = parseDuration(arg)
    if (value === undefined) {
      io.stderr(`sleep: invalid time interval ‘${arg}’\nTry 'sleep --help' for more information.\n`)
      return 1
    }
    seconds += value
  }
  yield { until: now + Math.round(seconds * 1000) }
  return 0
}

/**
 * Runs `proc` until it finishes or virtual time reaches `deadline`; then it is stopped (its
 * `finally` blocks run) and the status is 124, as GNU timeout reports a timed-out command.
 */
export function* withDeadline(proc: Proc, deadline: number, now: () => number): Proc {
  let step = proc.next()
  while (!step.done) {
    if (now() >= deadline) {
      proc.return(124)
      return 124
    }
    const wait: Wait = step.value
    const until = Math.min(wait.until ?? Infinity, deadline)
    yield { until, ready: wait.ready }
    if (now() >= deadline && !(wait.ready?.() || (wait.until !== undefined && wait.until <= deadline))) {
      proc.return(124)
      return 124
    }
    step = proc.next()
  }
  return step.value
}
