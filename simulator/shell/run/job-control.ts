// bash's job control builtins over the session's background jobs: jobs, kill, wait, fg.

import { jobNotice, terminate, type Job } from './jobs'
import { done, type Proc } from './process'
import type { Streams } from './streams'

export interface JobTable {
  readonly jobs: Job[]
}

export function jobControl(table: JobTable, argv: readonly string[], io: Streams): Proc {
  switch (argv[0]) {
    case 'jobs':
      table.jobs.forEach((job, i) => io.stdout(jobNotice(job, marker(table, i))))
      return done(0)
    case 'kill':
      return done(kill(table, argv.slice(1), io))
    case 'wait':
      return waitFor(table, argv.slice(1), io)
    default:
      return foreground(table, argv.slice(1), io)
  }
}

function marker(table: JobTable, index: number): string {
  const last = table.jobs.length - 1
  return index === last ? '+' : index === last - 1 ? '-' : ' '
}

/** `%N`, `%%`, `%+`, `%-` or a pid; undefined (with bash's message printed) when there is none. */
function findJob(table: JobTable, spec: string, builtin: string, io: Streams): Job | undefined {
  const live = table.jobs
  let job: Job | undefined
  if (spec === '%%' || spec === '%+' || spec === '%') job = live.at(-1)
  else if (spec === '%-') job = live.at(-2)
  else if (/^%\d+$/.test(spec)) job = live.find((j) => j.id === Number(spec.slice(1)))
  else if (/^\d+$/.test(spec)) {
    job = live.find((j) => j.pid === Number(spec))
    if (!job) io.stderr(`bash: ${builtin === 'kill' ? `kill: (${spec}) - No such process` : `${builtin}: pid ${spec} is not a child of this shell`}\n`)
    return job
  }
  if (!job) io.stderr(`bash: ${builtin}: ${spec}: no such job\n`)
  return job
}

function kill(table: JobTable, args: readonly string[], io: Streams): number {
  const specs = args.filter((a) => !/^-/.test(a))
  if (specs.length === 0) {
    io.stderr('kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]\n')
    return 2
  }
  let status = 0
  for (const spec of specs) {
    const job = findJob(table, spec, 'kill', io)
    if (!job) status = 1
    else terminate(job, 143)
  }
  return status
}

function* waitFor(table: JobTable, args: readonly string[], io: Streams): Proc {
  const jobs = args.length ? args.map((spec) => findJob(table, spec, 'wait', io)) : [...table.jobs]
  const known = jobs.filter((job): job is Job => job !== undefined)
  if (known.some((job) => job.status === null)) yield { ready: () => known.every((job) => job.status !== null) }
  if (jobs.length && !jobs.at(-1)) return 127
  return known.at(-1)?.status ?? 0
}

function* foreground(table: JobTable, args: readonly string[], io: Streams): Proc {
  const job = args.length ? findJob(table, args[0], 'fg', io) : table.jobs.at(-1)
  if (!job) {
    if (!args.length) io.stderr('bash: fg: current: no such job\n')
    return 1
  }
  io.stdout(`${job.text}\n`)
  if (job.status === null) yield { ready: () => job.status !== null }
  return job.status ?? 0
}
