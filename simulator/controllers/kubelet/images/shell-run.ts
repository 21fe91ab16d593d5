// Symbolic execution of a `sh -c` script on the virtual clock: output becomes timed log lines,
// `sleep` advances time, an endless loop becomes a RepeatingLog, and programs the image knows
// (nginx, mysqld, ...) are started through their profiles.
import { runUtility } from './builtins'
import { commandNotFound, runShellBuiltin, type ShellOps } from './shell-builtins'
import { expandToString, expandWord, loopCounters, renderCounters, type ExpandScope } from './shell-expand'
import { isConstant, parseShell } from './shell-grammar'
import { ShellOutput } from './shell-output'
import type { Node } from './shell-parse'
import type { ProcessRun, Program, RepeatingLog, ShellInput, TermBehaviour } from './types'

const SHELL_BUILTIN_UTILITIES = new Set(['echo', 'printf', 'true', 'false', ':', 'pwd'])
const MAX_ITERATIONS = 1000

type Simple = Extract<Node, { t: 'simple' }>

class ShellRun implements ShellOps {
  status = 0
  readonly env: Record<string, string>
  positional: string[]
  errexit: boolean
  xtrace: boolean
  readonly testEnv: ShellOps['testEnv']
  readonly kind: ShellOps['kind']
  private t = 0
  private current: Simple | undefined
  private stopped: { kind: 'exit'; code: number } | { kind: 'forever' } | undefined
  private bgEnd = 0
  private inCondition = 0
  private readonly out: ShellOutput
  private readonly notes: string[] = []
  private repeat: RepeatingLog | undefined
  private term: TermBehaviour | undefined
  private serves: NonNullable<ProcessRun['serves']> = []

  constructor(private readonly input: ShellInput) {
    this.env = { ...input.base.env }
    this.positional = input.positional
    this.errexit = input.errexit
    this.xtrace = input.xtrace
    this.kind = input.image.shell
    this.out = new ShellOutput(input.base.ctx.startedAt + input.base.startMs, input.image.volumeAt)
    this.testEnv = {
      hostnameFile: true,
      note: (text) => this.note(text),
      volumeAt: (path) => input.image.volumeAt(path),
      populated: input.base.ctx.populatedVolumes ?? [],
    }
  }

  result(tree: Node): ProcessRun {
    this.run(tree)
    const steps = [...this.out.steps].sort((a, b) => a.afterMs - b.afterMs)
    const stop = this.stopped ?? { kind: 'exit' as const, code: this.status }
    return {
      steps,
      ...(stop.kind === 'exit' ? { end: { afterMs: this.t, code: stop.code } } : {}),
      ...(this.repeat ? { repeat: this.repeat } : {}),
      ...(this.term ? { onTerm: this.term } : {}),
      serves: this.serves,
      notes: this.notes,
    }
  }

  /** The stop state, read through a call so narrowing does not survive nested runs. */
  private stopState(): ShellRun['stopped'] {
    return this.stopped
  }

  note(text: string): void {
    if (!this.notes.includes(text)) this.notes.push(text)
  }

  exit(code: number): void {
    this.stopped = { kind: 'exit', code }
  }

  waitForJobs(): void {
    if (this.bgEnd === Infinity) this.stopped = { kind: 'forever' }
    else this.t = Math.max(this.t, this.bgEnd)
  }

  exec(argv: string[]): void {
    if (this.current) this.external(argv, this.current)
    if (!this.stopped) this.stopped = { kind: 'exit', code: this.status }
  }

  setTerm(term: TermBehaviour): void {
    this.term = term
  }

  private scope(): ExpandScope {
    return {
      env: this.env,
      positional: this.positional,
      status: this.status,
      note: (text) => this.note(text),
      substitute: (script) => this.substitute(script),
    }
  }

  private substitute(script: string): string {
    const saved = this.out.capture
    this.out.capture = []
    try {
      this.run(parseShell(script))
    } catch {
      this.note(`$(${script}): not parsed`)
    }
    const out = this.out.capture.join('\n')
    this.out.capture = saved
    return out
  }

  run(node: Node): void {
    if (this.stopped) return
    if (node.t === 'list') this.runList(node.items)
    else if (node.t === 'simple') this.runSimple(node)
    else if (node.t === 'loop') this.runLoop(node)
    else if (node.t === 'for') this.runFor(node)
    else if (node.t === 'if') this.runIf(node)
    else if (node.t === 'group') this.run(node.body)
    else {
      this.note('pipeline: only the last command of a pipeline is modelled')
      this.run(node.cmds[node.cmds.length - 1])
    }
  }

  private runList(items: Extract<Node, { t: 'list' }>['items']): void {
    let previous = ';'
    for (const { node, op } of items) {
      if (this.stopped) return
      const skip = (previous === '&&' && this.status !== 0) || (previous === '||' && this.status === 0)
      previous = op
      if (skip) continue
      if (op === '&') this.runBackground(node)
      else this.run(node)
      if (this.errexit && !this.inCondition && this.status !== 0 && op !== '&&' && op !== '||' && !this.stopped) {
        this.stopped = { kind: 'exit', code: this.status }
      }
    }
  }

  private runBackground(node: Node): void {
    const start = this.t
    this.run(node)
    this.bgEnd = Math.max(this.bgEnd, this.stopped?.kind === 'forever' ? Infinity : this.t)
    if (this.stopped?.kind === 'forever') this.stopped = undefined
    this.t = start
    this.status = 0
  }

  private condition(node: Node): boolean {
    this.inCondition++
    this.run(node)
    this.inCondition--
    return this.status === 0
  }

  private runIf(node: Extract<Node, { t: 'if' }>): void {
    if (this.condition(node.cond)) this.run(node.then)
    else if (node.otherwise) this.run(node.otherwise)
    else this.status = 0
  }

  private runFor(node: Extract<Node, { t: 'for' }>): void {
    const scope = this.scope()
    const items = node.items.flatMap((w) => expandWord(w, scope))
    for (const item of items) {
      if (this.stopped) return
      this.env[node.name] = item
      this.run(node.body)
    }
  }

  private runLoop(node: Extract<Node, { t: 'loop' }>): void {
    if (isConstant(node.cond, node.until ? 'false' : 'true')) return this.endlessLoop(node.body)
    for (let n = 0; n < MAX_ITERATIONS; n++) {
      const holds = this.condition(node.cond)
      if (this.stopped || holds === node.until) return
      this.run(node.body)
      if (this.stopped) return
    }
    this.note('loop: more than 1000 iterations; treated as endless with no further output')
    this.stopped = { kind: 'forever' }
  }

  /** Runs the first iteration for real, then records the second one as a RepeatingLog. */
  private endlessLoop(body: Node): void {
    const before = { ...this.env }
    this.run(body)
    if (this.stopped) return
    Object.assign(this.env, loopCounters(before, this.env))
    const start = this.t
    this.out.probe = { start, lines: [] }
    this.run(body)
    const probe = this.out.probe
    this.out.probe = undefined
    if (this.stopState()?.kind === 'exit') {
      for (const l of probe.lines) {
        const at = start + l.offsetMs
        this.out.push(at, { log: [this.out.render(renderCounters(l.template, 0), at)] })
      }
      return
    }
    const period = this.t - start
    const running = !this.stopState()
    if (running && (period > 0 || probe.lines.length > 0)) {
      this.repeat = { fromMs: start, periodMs: Math.max(period, 1), lines: probe.lines }
    } else if (running) this.note('loop: busy loop without output or sleep')
    this.t = start
    this.stopped = { kind: 'forever' }
  }

  private runSimple(node: Simple): void {
    const scope = this.scope()
    for (const { name, value } of node.assigns) this.env[name] = expandToString(value, scope)
    const argv = node.words.flatMap((w) => expandWord(w, scope))
    if (argv.length === 0) {
      this.status = 0
      return
    }
    if (this.xtrace) this.out.emit(this.t, [`+ ${argv.join(' ')}`], 2, node.redirects)
    this.current = node
    if (!runShellBuiltin(argv, this)) this.external(argv, node)
  }

  private external(argv: string[], node: Simple): void {
    const [path] = argv
    const name = path.slice(path.lastIndexOf('/') + 1)
    const builtinUtility = SHELL_BUILTIN_UTILITIES.has(path)
    if (!builtinUtility && !this.input.image.hasBinary(path)) return this.notFound(path, node)
    const program = builtinUtility ? undefined : this.input.image.program(name)
    if (program) return this.startProgram(program, argv)
    const util = runUtility(argv, { env: this.env, hostname: this.input.base.ctx.hostname, flavour: this.input.image.shell })
    if (!util) return this.unknownCommand(argv)
    this.out.emit(this.t, util.out, 1, node.redirects)
    this.out.emit(this.t, util.err, 2, node.redirects)
    if (util.note) this.note(util.note)
    this.status = util.status
    if (util.sleepMs === Infinity) this.stopped = { kind: 'forever' }
    else if (util.sleepMs) this.t += util.sleepMs
  }

  private startProgram(program: Program, argv: string[]): void {
    if (this.out.probe || this.out.capture) {
      this.note(`${argv[0]}: programs inside loops or $(...) are not modelled`)
      this.stopped = { kind: 'forever' }
      return
    }
    const run = program({ ...this.input.base, argv, env: { ...this.env }, startMs: this.input.base.startMs + this.t })
    for (const { afterMs, ...step } of run.steps) this.out.push(afterMs + this.t, step)
    this.serves = [...this.serves, ...(run.serves ?? [])]
    run.notes?.forEach((n) => this.note(n))
    if (run.repeat) this.repeat = { ...run.repeat, fromMs: run.repeat.fromMs + this.t }
    if (run.end) {
      this.t += run.end.afterMs
      this.status = run.end.code
    } else {
      this.term = run.onTerm ?? this.term
      this.stopped = { kind: 'forever' }
    }
  }

  private unknownCommand(argv: string[]): void {
    if (this.input.base.ctx.isInitContainer) {
      this.note(`${argv.join(' ')}: not modelled; assumed to succeed at once (init container)`)
      this.status = 0
      return
    }
    this.note(`${argv.join(' ')}: not modelled; the container keeps running with no further output`)
    this.stopped = { kind: 'forever' }
  }

  private notFound(path: string, node: Simple): void {
    const message = commandNotFound(this.input.image.shell, this.input.argv0, path, node.line)
    this.out.emit(this.t, [message], 2, node.redirects)
    this.status = 127
  }
}

/**
 * Runs `script` as `sh -c` would, relative to the shell's start. A syntax error prints the
 * shell's complaint and exits 2; unmodelled commands are noted (see unknownCommand).
 */
export function runShellScript(input: ShellInput): ProcessRun {
  const shell = new ShellRun(input)
  try {
    return shell.result(parseShell(input.script))
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    return {
      steps: [{ afterMs: 1, log: [`${input.argv0}: ${message}`] }],
      end: { afterMs: 1, code: 2 },
      notes: ['shell syntax error: the wording differs from the real shell'],
    }
  }
}
