// One simple command: expand its words, apply its assignments and redirections, then run a
// function, a shell builtin, a text utility or a command on the PATH, in bash's lookup order.

import type { SimpleCommand, Word } from '../ast'
import { expandAssignment, expandWords } from '../expand'
import { parse } from '../parse'
import type { Interpreter } from './interpreter'
import type { Proc, ProcIO } from './process'
import { shellBuiltins } from './shell-builtins'
import type { Streams } from './streams'

export function* runSimpleCommand(interp: Interpreter, node: SimpleCommand, io: Streams): Proc {
  const ctx = interp.expansion(io)
  const words = expandWords(withAlias(interp, node.words), ctx)
  if (!words.ok) return interp.fail(io, words.error)
  const argv = words.value
  const assigned: [string, string][] = []
  for (const assignment of node.assignments) {
    const value = expandAssignment(assignment, ctx)
    if (!value.ok) return interp.fail(io, value.error)
    const previous = assignment.append ? interp.state.vars.get(assignment.name) ?? '' : ''
    assigned.push([assignment.name, previous + value.value])
  }
  const redirected = interp.redirect(node.redirects, io)
  if (!redirected.ok) return 1
  if (argv.length === 0) {
    for (const [name, value] of assigned) interp.state.vars.set(name, value)
    return 0
  }
  const saved = assigned.map(([name]) => [name, interp.state.vars.get(name)] as const)
  for (const [name, value] of assigned) interp.state.vars.set(name, value)
  try {
    return yield* runArgv(interp, argv, redirected.streams)
  } finally {
    if (!interp.state.functions.has(argv[0]) || assigned.length) {
      for (const [name, value] of saved) {
        if (value === undefined) interp.state.vars.delete(name)
        else interp.state.vars.set(name, value)
      }
    }
  }
}

/** Runs expanded `argv` as bash would look it up; `bash: x: command not found` (127) otherwise. */
export function* runArgv(interp: Interpreter, argv: readonly string[], io: Streams): Proc {
  const [name] = argv
  const fn = interp.state.functions.get(name)
  if (fn) return yield* callFunction(interp, fn, argv, io)
  const builtin = shellBuiltins[name]
  if (builtin) return yield* builtin(interp, argv, io)
  const utility = interp.host.utility(name)
  if (utility) return utility(argv, procIO(interp, io))
  const external = interp.host.external(name)
  if (external) return yield* external(argv, procIO(interp, io))
  const notFound = interp.host.commandNotFound?.(name)
  io.stderr(`${notFound ?? (name.includes('/') ? `bash: ${name}: No such file or directory` : `bash: ${name}: command not found`)}\n`)
  return 127
}

export function procIO(interp: Interpreter, io: Streams): ProcIO {
  return {
    stdin: io.stdin,
    stdout: io.stdout,
    stderr: io.stderr,
    stdoutIsTerminal: io.stdoutIsTerminal,
    fs: interp.host.fs,
    cwd: interp.state.cwd,
    env: (name) => interp.state.vars.get(name),
    now: () => interp.host.now(),
    openEditor: (path) => interp.host.request({ type: 'edit', path, editor: 'kubectl' }),
    editing: (path) => interp.host.editing?.(path) ?? false,
  }
}

function* callFunction(interp: Interpreter, body: Parameters<Interpreter['compound']>[0], argv: readonly string[], io: Streams): Proc {
  const state = interp.state
  const positional = state.positional
  state.positional = argv.slice(1)
  state.functionDepth++
  try {
    const status = yield* interp.compound(body, io)
    if (state.flow?.kind === 'return') {
      const returned = state.flow.status
      state.flow = null
      return returned
    }
    return status
  } finally {
    state.functionDepth--
    state.positional = positional
  }
}

/** Replaces an unquoted first word naming an alias by the alias's words (one level, as bash). */
function withAlias(interp: Interpreter, words: readonly Word[]): readonly Word[] {
  const first = words[0]
  if (!first || first.parts.length !== 1) return words
  const part = first.parts[0]
  if (part.type !== 'text' || part.quoted) return words
  const value = interp.state.aliases.get(part.value)
  if (value === undefined) return words
  const parsed = parse(value)
  const command = parsed.commands[0]?.list.items[0]?.first.commands[0]
  if (!command || command.type !== 'simple') return words.slice(1)
  return [...command.words, ...words.slice(1)]
}
