// A shell session over a running cluster: reads lines, runs them as jobs, and moves virtual time
// for the cluster and the jobs together, so output from a watch in the background and from the
// command in the foreground interleaves in the order things happened.

import type { EventQueue } from '../../engine/queue'
import type { Random } from '../../engine/random'
import type { Span } from '../ast'
import type { Builtin } from '../builtins/types'
import type { VirtualFs } from '../fs/virtual-fs'
import { parse } from '../parse'
import { Interpreter } from './interpreter'
import { createJob, isRunnable, jobNotice, terminate, wakeTime, type Job } from './jobs'
import type { ExternalCommand, Proc } from './process'
import type { HostRequest, ShellHost } from './shell-host'
import { createShellState, type ShellState } from './state'
import type { Streams } from './streams'
import { jobControl } from './job-control'

export interface ShellSessionOptions {
  fs: VirtualFs
  queue: EventQueue
  random: Random
  commands: Readonly<Record<string, ExternalCommand>>
  utilities: Readonly<Record<string, Builtin>>
  /** Receives everything written to the terminal. */
  output(text: string): void
  /** Terminal requests (clear, edit); return false when not supported. */
  request?(request: HostRequest): boolean
  /** Interactive shells announce background jobs (`[1] 1234`) and report them when done. */
  interactive?: boolean
}

/** Virtual time a foreground command may wait in a script before it is stopped (1 hour). */
export const SCRIPT_WAIT_LIMIT_MS = 3_600_000
const SPIN_LIMIT = 10_000
/** How an exception escaping a command (a bug) is reported in the terminal. */
export const INTERNAL_ERROR = 'ordinal: internal error (please report it with the command log): '

export class ShellSession implements ShellHost {
  readonly state: ShellState = createShellState()
  readonly jobs: Job[] = []
  foreground: Job | null = null
  private readonly lines: string[] = []
  private source = ''
  private nextPid = 1200
  private readonly interp: Interpreter

  constructor(readonly options: ShellSessionOptions) {
    this.interp = new Interpreter(this, this.state)
  }

  get fs(): VirtualFs {
    return this.options.fs
  }

  now = (): number => this.options.queue.clock.now()
  random = (): number => this.options.random.int(0, 32767)
  sourceText = (span: Span): string => this.source.slice(span.start, span.end)
  external = (name: string): ExternalCommand | undefined => this.options.commands[name]
  utility = (name: string): Builtin | undefined => this.options.utilities[name]
  history = (): readonly string[] => this.lines
  private readonly openEdits = new Set<string>()
  request = (request: HostRequest): boolean => {
    const accepted = this.options.request?.(request) ?? false
    if (accepted && request.type === 'edit') this.openEdits.add(request.path)
    return accepted
  }
  editing = (path: string): boolean => this.openEdits.has(path)

  /** The terminal's editor saved or closed `path`: a command waiting on it goes on. */
  finishEdit(path: string): void {
    this.openEdits.delete(path)
  }
  jobControl = (argv: readonly string[], io: Streams): Proc => jobControl(this, argv, io)

  get terminal(): Streams {
    const write = (text: string) => this.options.output(text)
    return { stdin: '', stdout: write, stderr: write, stdoutIsTerminal: true }
  }

  /** True while a foreground command is still running. */
  get busy(): boolean {
    return this.foreground !== null && this.foreground.status === null
  }

  /**
   * Starts `text` (one or more complete lines, as typed or pasted) as the foreground job and runs
   * it as far as it goes without virtual time passing. A syntax error is printed as bash prints it.
   */
  submit(text: string): void {
    const line = text.replace(/\n+$/, '')
    if (line.trim()) this.lines.push(line)
    const parsed = parse(text)
    this.source = text
    const commands = parsed.commands
    const error = parsed.error
    const interp = this.interp
    const run = function* (this: ShellSession): Proc {
      let status = interp.state.lastStatus
      for (const command of commands) {
        status = yield* interp.list(command.list, this.terminal)
        if (interp.state.flow?.kind === 'exit') break
        interp.state.flow = null
      }
      if (error && interp.state.flow?.kind !== 'exit') {
        this.options.output(`bash: ${error.message}\n`)
        status = 2
        interp.state.lastStatus = status
      }
      return status
    }.call(this)
    this.foreground = createJob(0, this.nextPid++, line, run)
    this.pump()
  }

  private readonly panes = new Set<Job>()

  /**
   * Runs `text` in a side pane (a second terminal for a watch): output goes to `output`, and it
   * stays out of history, jobs, pids and `$?`, so a pane never changes what the main terminal
   * prints. Returns a function that stops it (Ctrl-C).
   */
  startPane(text: string, output: (text: string) => void): () => void {
    const parsed = parse(text)
    const interp = this.interp
    const io: Streams = { stdin: '', stdout: output, stderr: output, stdoutIsTerminal: true }
    const run = function* (): Proc {
      let status = 0
      for (const command of parsed.commands) status = yield* interp.list(command.list, io)
      if (parsed.error) output(`bash: ${parsed.error.message}\n`)
      return status
    }
    const saved = { status: interp.state.lastStatus }
    const job = createJob(-1, -1, text, run())
    this.panes.add(job)
    this.pump()
    interp.state.lastStatus = saved.status
    return () => {
      if (job.status === null) terminate(job, 130)
      this.panes.delete(job)
    }
  }

  /** Runs the cluster and the jobs for `ms` of virtual time. */
  advance(ms: number): void {
    this.runUntil(this.now() + ms, () => false)
  }

  /** Ctrl-C: stops the foreground job (status 130). */
  interrupt(): void {
    const job = this.foreground
    if (!job || job.status !== null) return
    terminate(job, 130)
    this.state.lastStatus = 130
    this.state.flow = null
  }

  /** Runs the foreground job to its end (a script line); stops it after `limitMs` of waiting. */
  finishForeground(limitMs = SCRIPT_WAIT_LIMIT_MS): void {
    const job = this.foreground
    if (!job) return
    const deadline = this.now() + limitMs
    this.runUntil(deadline, () => job.status !== null)
    if (job.status === null) {
      terminate(job, 130)
      this.options.output(`ordinal: stopped after ${limitMs / 1000}s of virtual time; end watches with timeout N\n`)
    }
    this.state.lastStatus = job.status ?? 130
  }

  /** Background job notices bash prints before the next prompt (interactive only). */
  takeNotices(): string {
    if (!this.options.interactive) return ''
    let out = ''
    for (const job of this.jobs.filter((j) => j.status !== null)) out += jobNotice(job, job === this.jobs.at(-1) ? '+' : '-')
    this.jobs.splice(0, this.jobs.length, ...this.jobs.filter((j) => j.status === null))
    return out
  }

  startJob(text: string, run: (io: Streams) => Proc): number {
    const id = this.jobs.length ? Math.max(...this.jobs.map((j) => j.id)) + 1 : 1
    const job = createJob(id, this.nextPid++, text, run(this.terminal))
    this.jobs.push(job)
    if (this.options.interactive) this.options.output(`[${id}] ${job.pid}\n`)
    this.resume(job)
    return job.pid
  }

  runInline(proc: Proc): number {
    const job = createJob(-1, this.nextPid++, '', proc)
    this.resume(job)
    while (job.status === null) {
      const before = this.now()
      this.runUntil(before + SCRIPT_WAIT_LIMIT_MS, () => job.status !== null, job)
      if (job.status === null) terminate(job, 130)
    }
    return job.status
  }

  /**
   * Moves virtual time toward `target`, running cluster events and resuming jobs in time order,
   * until `stop()` holds or nothing more can happen before `target`.
   */
  private runUntil(target: number, stop: () => boolean, extra?: Job): void {
    const queue = this.options.queue
    for (;;) {
      this.pump(extra)
      if (stop()) return
      const nextJob = Math.min(...this.allJobs(extra).map(wakeTime))
      const nextEvent = queue.nextEventAt() ?? Infinity
      const next = Math.max(this.now(), Math.min(nextJob, nextEvent))
      if (next > target || next === Infinity) {
        if (target !== Infinity && target > this.now()) queue.advance(target - this.now())
        this.pump(extra)
        return
      }
      queue.advance(next - this.now())
    }
  }

  private allJobs(extra?: Job): Job[] {
    const jobs = this.foreground ? [this.foreground, ...this.jobs] : [...this.jobs]
    for (const pane of this.panes) if (pane.status === null) jobs.push(pane)
    return extra ? [extra, ...jobs] : jobs
  }

  /** Resumes every job whose wait is over, until none is (all at the current virtual time). */
  private pump(extra?: Job): void {
    const resumed = new Set<Job>()
    for (let progressed = true; progressed; ) {
      progressed = false
      for (const job of this.allJobs(extra)) {
        if (resumed.has(job) || !isRunnable(job, this.now())) continue
        resumed.add(job)
        this.resume(job)
        progressed = true
      }
    }
  }

  private resume(job: Job): void {
    const now = this.now()
    if (job.spinTime === now) job.spins++
    else [job.spinTime, job.spins] = [now, 0]
    if (job.spins > SPIN_LIMIT) {
      terminate(job, 130)
      this.options.output('ordinal: stopped a loop that ran 10000 times without virtual time passing\n')
      return
    }
    job.running = true
    try {
      const step = job.proc.next()
      if (step.done) {
        job.status = step.value
        job.ending = 'done'
        job.wait = null
      } else job.wait = step.value
    } catch (error) {
      // A bug in a command must not take the terminal down: report it and end the job.
      this.options.output(`${INTERNAL_ERROR}${error instanceof Error ? error.message : String(error)}\n`)
      job.status = 1
      job.ending = 'done'
      job.wait = null
    } finally {
      job.running = false
    }
  }
}
