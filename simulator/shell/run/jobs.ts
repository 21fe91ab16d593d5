// Jobs: commands in progress, foreground or background, each a suspended generator with the
// wait it is suspended on. The scheduler resumes a job when its wait is over.

import type { Proc, Wait } from './process'

export interface Job {
  /** Job number (`%1`); 0 for the foreground job. */
  readonly id: number
  readonly pid: number
  /** The command text, as `jobs` lists it. */
  readonly text: string
  readonly proc: Proc
  wait: Wait | null
  /** The generator is executing (resuming it now would be re-entrant). */
  running: boolean
  status: number | null
  /** How it ended, for the notice bash prints: Done, Exit N, Terminated. */
  ending: 'done' | 'terminated' | null
  /** Resumes at the current virtual time without time passing (a runaway loop guard). */
  spins: number
  spinTime: number
}

export function createJob(id: number, pid: number, text: string, proc: Proc): Job {
  return { id, pid, text, proc, wait: { until: -1 }, running: false, status: null, ending: null, spins: 0, spinTime: -1 }
}

/** True when `job` is waiting and its wait is over at `now`. */
export function isRunnable(job: Job, now: number): boolean {
  if (job.status !== null || job.running || !job.wait) return false
  const { until, ready } = job.wait
  return (until !== undefined && until <= now) || (ready?.() ?? false)
}

/** The virtual time a job's wait ends by itself, or Infinity. */
export function wakeTime(job: Job): number {
  if (job.status !== null || !job.wait) return Infinity
  return job.wait.until ?? Infinity
}

/** Stops a job, running its generator's `finally` blocks. */
export function terminate(job: Job, status: number): void {
  if (job.status !== null) return
  job.proc.return(status)
  job.status = status
  job.ending = 'terminated'
  job.wait = null
}

/** bash's job notice: `[1]+  Done                    sleep 5`. */
export function jobNotice(job: Job, marker: string): string {
  let state = 'Running'
  if (job.ending === 'terminated') state = 'Terminated'
  else if (job.status !== null) state = job.status === 0 ? 'Done' : `Exit ${job.status}`
  const text = job.status === null ? `${job.text} &` : job.text
  return `[${job.id}]${marker}  ${state.padEnd(24)}${text}\n`
}
