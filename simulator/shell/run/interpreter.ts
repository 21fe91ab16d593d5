// Walks the syntax tree bash-style: lists, and-or chains, pipelines, compound commands and
// functions. Every step is a generator so a command waiting on virtual time suspends the whole
// chain above it (a `for` loop around `kubectl wait` waits too). Simple commands are in
// simple-command.ts; what the session provides (files, commands, jobs) comes through ShellHost.

import type { AndOr, Command, CompoundCommand, List, Pipeline, Redirect } from '../ast'
import { evaluateArithmetic } from '../arithmetic'
import { expandPattern, expandString, expandWords, type ExpansionContext } from '../expand'
import type { Proc } from './process'
import { applyRedirects } from './redirects'
import type { ShellHost } from './shell-host'
import { runSimpleCommand } from './simple-command'
import { forkShellState, type ShellState } from './state'
import { bufferSink, type Streams } from './streams'

export class Interpreter {
  /** `isScript`: run by `bash FILE` or `source`, where `exit` ends only that script. */
  constructor(readonly host: ShellHost, readonly state: ShellState, readonly isScript = false) {}

  /** A child shell for `bash FILE ARGS…`: a copy of the state with new positional parameters. */
  forkForScript(args: readonly string[]): Interpreter {
    const state = forkShellState(this.state)
    state.positional = [...args]
    return new Interpreter(this.host, state, true)
  }

  /** The and-or lists of `list`, in order; `&` items start background jobs. */
  *list(list: List, io: Streams): Proc {
    let status = this.state.lastStatus
    for (const item of list.items) {
      if (this.state.flow) break
      if (item.background) {
        this.startBackground(item)
        status = 0
      } else status = yield* this.andOr(item, io)
      this.state.lastStatus = status
    }
    return status
  }

  *andOr(node: AndOr, io: Streams): Proc {
    let status = yield* this.pipeline(node.first, io)
    for (const link of node.rest) {
      if (this.state.flow) break
      if ((link.op === '&&') !== (status === 0)) continue
      this.state.lastStatus = status
      status = yield* this.pipeline(link.pipeline, io)
    }
    return status
  }

  /** Stages run one after the other, each reading the previous one's whole output. */
  *pipeline(node: Pipeline, io: Streams): Proc {
    let status: number
    if (node.commands.length === 1) status = yield* this.command(node.commands[0], io)
    else {
      let stdin = io.stdin
      status = 0
      for (const [i, command] of node.commands.entries()) {
        const last = i === node.commands.length - 1
        const out = bufferSink()
        const stage = new Interpreter(this.host, forkShellState(this.state))
        const streams: Streams = last ? { ...io, stdin } : { ...io, stdin, stdout: out.sink, stdoutIsTerminal: false }
        status = yield* stage.command(command, streams)
        stdin = out.text()
      }
    }
    return node.negated ? Number(status === 0) : status
  }

  *command(node: Command, io: Streams): Proc {
    switch (node.type) {
      case 'simple':
        return yield* runSimpleCommand(this, node, io)
      case 'function':
        this.state.functions.set(node.name, node.body)
        return 0
      default:
        return yield* this.compound(node, io)
    }
  }

  /** A compound command with its redirections applied around it. */
  *compound(node: CompoundCommand, io: Streams): Proc {
    const redirected = this.redirect(node.redirects, io)
    if (!redirected.ok) return 1
    const streams = redirected.streams
    switch (node.type) {
      case 'group':
        return yield* this.list(node.body, streams)
      case 'subshell':
        return yield* new Interpreter(this.host, forkShellState(this.state)).list(node.body, streams)
      case 'if':
        return yield* this.ifClause(node, streams)
      case 'for':
        return yield* this.forLoop(node, streams)
      case 'while':
        return yield* this.whileLoop(node, streams)
      case 'case':
        return yield* this.caseClause(node, streams)
      case 'arithmetic-command':
        return this.arithmetic(node.expression, io) === 0n ? 1 : 0
      case 'arithmetic-for':
        return yield* this.arithmeticFor(node, streams)
    }
  }

  redirect(redirects: readonly Redirect[], io: Streams) {
    return applyRedirects(redirects, io, this.expansion(io), this.host.fs, this.state.cwd, (span) => this.host.sourceText(span))
  }

  private *ifClause(node: Extract<CompoundCommand, { type: 'if' }>, io: Streams): Proc {
    for (const clause of node.clauses) {
      const condition = yield* this.list(clause.condition, io)
      if (this.state.flow) return condition
      if (condition === 0) return yield* this.list(clause.body, io)
    }
    return node.elseBody ? yield* this.list(node.elseBody, io) : 0
  }

  private *forLoop(node: Extract<CompoundCommand, { type: 'for' }>, io: Streams): Proc {
    let items: string[] = this.state.positional
    if (node.items) {
      const expanded = expandWords(node.items, this.expansion(io))
      if (!expanded.ok) return this.fail(io, expanded.error)
      items = expanded.value
    }
    let status = 0
    this.state.loopDepth++
    try {
      for (const item of items) {
        this.state.vars.set(node.name, item)
        status = yield* this.list(node.body, io)
        if (this.endIteration()) break
      }
    } finally {
      this.state.loopDepth--
    }
    return status
  }

  private *whileLoop(node: Extract<CompoundCommand, { type: 'while' }>, io: Streams): Proc {
    let status = 0
    this.state.loopDepth++
    try {
      for (;;) {
        const condition = yield* this.list(node.condition, io)
        if (this.state.flow && this.endIteration()) break
        if ((condition === 0) === node.until) break
        status = yield* this.list(node.body, io)
        if (this.endIteration()) break
        // A loop that never waits would spin forever in virtual time; let time pass.
        yield { until: this.host.now() }
      }
    } finally {
      this.state.loopDepth--
    }
    return status
  }

  private *arithmeticFor(node: Extract<CompoundCommand, { type: 'arithmetic-for' }>, io: Streams): Proc {
    let status = 0
    this.state.loopDepth++
    try {
      if (node.init.length) this.arithmetic(node.init, io)
      while (node.condition.length === 0 || this.arithmetic(node.condition, io) !== 0n) {
        status = yield* this.list(node.body, io)
        if (this.endIteration()) break
        if (node.step.length) this.arithmetic(node.step, io)
        yield { until: this.host.now() }
      }
    } finally {
      this.state.loopDepth--
    }
    return status
  }

  private *caseClause(node: Extract<CompoundCommand, { type: 'case' }>, io: Streams): Proc {
    const ctx = this.expansion(io)
    const subject = expandString(node.subject.parts, ctx)
    if (!subject.ok) return this.fail(io, subject.error)
    let fallThrough = false
    for (const item of node.items) {
      const matches = fallThrough || item.patterns.some((p) => {
        const pattern = expandPattern(p, ctx)
        return pattern.ok && pattern.value.test(subject.value)
      })
      if (!matches) continue
      const status = item.body ? yield* this.list(item.body, io) : 0
      if (item.terminator === ';;') return status
      fallThrough = item.terminator === ';&'
    }
    return 0
  }

  /** After a loop body: true when the loop must stop (break, return, exit). */
  private endIteration(): boolean {
    const flow = this.state.flow
    if (!flow) return false
    if (flow.kind !== 'break' && flow.kind !== 'continue') return true
    if (flow.levels > 1) {
      this.state.flow = { kind: flow.kind, levels: flow.levels - 1 }
      return true
    }
    this.state.flow = null
    return flow.kind === 'break'
  }

  private arithmetic(parts: Parameters<typeof expandString>[0], io: Streams): bigint {
    const ctx = this.expansion(io)
    const text = expandString(parts, ctx)
    if (!text.ok) {
      this.fail(io, text.error)
      return 0n
    }
    const value = evaluateArithmetic(text.value, ctx)
    if (!value.ok) {
      this.fail(io, value.error)
      return 0n
    }
    return value.value
  }

  private startBackground(item: AndOr): void {
    const child = new Interpreter(this.host, forkShellState(this.state))
    const text = this.host.sourceText(item.span)
    this.state.lastBackgroundPid = this.host.startJob(text, (io) => child.andOr({ ...item, background: false }, io))
  }

  /** Prints `bash: <message>` and returns status 1. */
  fail(io: Streams, message: string): number {
    io.stderr(`${this.host.errorPrefix ?? 'bash: '}${message}\n`)
    return 1
  }

  /** Expansion against this shell; command substitutions run to completion in place. */
  expansion(io: Streams): ExpansionContext {
    const state = this.state
    return {
      lookup: (name) => {
        if (name === '?') return String(state.lastStatus)
        if (name === '$') return '4242'
        if (name === '!') return state.lastBackgroundPid === null ? undefined : String(state.lastBackgroundPid)
        if (name === '0') return 'bash'
        if (name === '-') return 'himBHs'
        if (name === 'PWD') return state.cwd
        if (name === 'RANDOM') return String(this.host.random())
        if (name === 'SECONDS') return String(Math.floor(this.host.now() / 1000))
        return state.vars.get(name)
      },
      positional: state.positional,
      assign: (name, value) => void state.vars.set(name, value),
      substitute: (node) => {
        if (!node.body) {
          io.stderr(`bash: ${node.error}\n`)
          return ''
        }
        const out = bufferSink()
        const child = new Interpreter(this.host, forkShellState(state))
        state.lastStatus = this.host.runInline(child.list(node.body, { ...io, stdout: out.sink, stdoutIsTerminal: false }))
        return out.text()
      },
    }
  }
}
