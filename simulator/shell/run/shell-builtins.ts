// Builtins that need the shell itself: its variables, working directory, control flow, virtual
// time, jobs and the terminal. Text utilities (echo, grep, …) live in ../builtins.

import { parse } from '../parse'
import type { Interpreter } from './interpreter'
import { done, type Proc } from './process'
import { runArgv } from './simple-command'
import type { Streams } from './streams'
import { parseDuration, sleepFor, withDeadline } from './time-builtins'

export type ShellBuiltin = (interp: Interpreter, argv: readonly string[], io: Streams) => Proc

const EDITORS = new Set(['vi', 'vim', 'nano', 'edit'])

export const shellBuiltins: Readonly<Record<string, ShellBuiltin>> = {
  cd: (interp, argv, io) => done(changeDirectory(interp, argv, io)),
  sleep: (interp, argv, io) => sleepFor(interp.host.now(), argv, io),
  timeout: timeout,
  clear: (interp) => {
    interp.host.request({ type: 'clear' })
    return done(0)
  },
  history: (interp, _argv, io) => {
    const lines = interp.host.history()
    lines.forEach((line, i) => io.stdout(`${String(i + 1).padStart(5)}  ${line}\n`))
    return done(0)
  },
  export: (interp, argv) => done(exportVars(interp, argv)),
  unset: (interp, argv) => {
    for (const name of argv.slice(1).filter((a) => !a.startsWith('-'))) {
      interp.state.vars.delete(name)
      interp.state.functions.delete(name)
    }
    return done(0)
  },
  alias: (interp, argv, io) => done(alias(interp, argv, io)),
  unalias: (interp, argv, io) => {
    for (const name of argv.slice(1)) {
      if (name === '-a') interp.state.aliases.clear()
      else if (!interp.state.aliases.delete(name)) io.stderr(`bash: unalias: ${name}: not found\n`)
    }
    return done(0)
  },
  exit: (interp, argv) => {
    const status = argv[1] === undefined ? interp.state.lastStatus : Number(argv[1]) & 255
    interp.state.flow = { kind: 'exit', status }
    return done(status)
  },
  break: (interp, argv, io) => done(loopControl(interp, argv, io, 'break')),
  continue: (interp, argv, io) => done(loopControl(interp, argv, io, 'continue')),
  return: (interp, argv, io) => {
    if (interp.state.functionDepth === 0) {
      io.stderr('bash: return: can only `return\' from a function or sourced script\n')
      return done(1)
    }
    const status = argv[1] === undefined ? interp.state.lastStatus : Number(argv[1]) & 255
    interp.state.flow = { kind: 'return', status }
    return done(status)
  },
  shift: (interp) => {
    interp.state.positional = interp.state.positional.slice(1)
    return done(0)
  },
  set: () => done(0),
  ':': () => done(0),
  jobs: (interp, argv, io) => interp.host.jobControl(argv, io),
  kill: (interp, argv, io) => interp.host.jobControl(argv, io),
  wait: (interp, argv, io) => interp.host.jobControl(argv, io),
  fg: (interp, argv, io) => interp.host.jobControl(argv, io),
  type: (interp, argv, io) => done(typeOf(interp, argv, io)),
  which: (interp, argv, io) => done(which(interp, argv, io)),
  source: source,
  '.': source,
  bash: runScriptFile,
  sh: runScriptFile,
  eval: (interp, argv, io) => runText(interp, argv.slice(1).join(' '), io),
  ...Object.fromEntries([...EDITORS].map((name) => [name, openEditor])),
}

function changeDirectory(interp: Interpreter, argv: readonly string[], io: Streams): number {
  const target = argv[1] ?? interp.state.vars.get('HOME') ?? '/'
  if (argv.length > 2) {
    io.stderr('bash: cd: too many arguments\n')
    return 1
  }
  const path = interp.host.fs.resolve(target, interp.state.cwd)
  const stat = interp.host.fs.stat(path, '/')
  if (!stat) {
    io.stderr(`bash: cd: ${target}: No such file or directory\n`)
    return 1
  }
  if (stat.type !== 'dir') {
    io.stderr(`bash: cd: ${target}: Not a directory\n`)
    return 1
  }
  interp.state.cwd = path
  interp.state.vars.set('PWD', path)
  return 0
}

function exportVars(interp: Interpreter, argv: readonly string[]): number {
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-')) continue
    const eq = arg.indexOf('=')
    const name = eq < 0 ? arg : arg.slice(0, eq)
    if (eq >= 0) interp.state.vars.set(name, arg.slice(eq + 1))
    interp.state.exported.add(name)
  }
  return 0
}

function alias(interp: Interpreter, argv: readonly string[], io: Streams): number {
  const quote = (value: string) => `'${value.replace(/'/g, `'\\''`)}'`
  if (argv.length === 1) {
    for (const [name, value] of [...interp.state.aliases].sort(([a], [b]) => (a < b ? -1 : 1))) {
      io.stdout(`alias ${name}=${quote(value)}\n`)
    }
    return 0
  }
  let status = 0
  for (const arg of argv.slice(1)) {
    const eq = arg.indexOf('=')
    if (eq > 0) interp.state.aliases.set(arg.slice(0, eq), arg.slice(eq + 1))
    else {
      const value = interp.state.aliases.get(arg)
      if (value === undefined) {
        io.stderr(`bash: alias: ${arg}: not found\n`)
        status = 1
      } else io.stdout(`alias ${arg}=${quote(value)}\n`)
    }
  }
  return status
}

function loopControl(interp: Interpreter, argv: readonly string[], io: Streams, kind: 'break' | 'continue'): number {
  if (interp.state.loopDepth === 0) {
    io.stderr(`bash: ${kind}: only meaningful in a \`for', \`while', or \`until' loop\n`)
    return 0
  }
  const levels = argv[1] === undefined ? 1 : Number(argv[1])
  if (!Number.isInteger(levels) || levels < 1) {
    io.stderr(`bash: ${kind}: ${argv[1]}: loop count out of range\n`)
    return 1
  }
  interp.state.flow = { kind, levels: Math.min(levels, interp.state.loopDepth) }
  return 0
}

function* timeout(interp: Interpreter, argv: readonly string[], io: Streams): Proc {
  const args = argv.slice(1).filter((a, i) => i > 0 || !a.startsWith('--'))
  if (args.length === 0) {
    io.stderr("timeout: missing operand\nTry 'timeout --help' for more information.\n")
    return 125
  }
  const seconds = parseDuration(args[0])
  if (seconds === undefined) {
    io.stderr(`timeout: invalid time interval ‘${args[0]}’\nTry 'timeout --help' for more information.\n`)
    return 125
  }
  if (args.length === 1) {
    io.stderr(`timeout: missing operand after ‘${args[0]}’\nTry 'timeout --help' for more information.\n`)
    return 125
  }
  const name = args[1]
  const known = shellBuiltins[name] || interp.host.utility(name) || interp.host.external(name) || interp.state.functions.has(name)
  if (!known || interp.state.functions.has(name) || ['cd', 'export', 'alias', 'exit'].includes(name)) {
    io.stderr(`timeout: failed to run command ‘${name}’: No such file or directory\n`)
    return 127
  }
  const deadline = seconds === 0 ? Infinity : interp.host.now() + seconds * 1000
  return yield* withDeadline(runArgv(interp, args.slice(1), io), deadline, () => interp.host.now())
}

function typeOf(interp: Interpreter, argv: readonly string[], io: Streams): number {
  let status = 0
  for (const name of argv.slice(1)) {
    if (interp.state.aliases.has(name)) io.stdout(`${name} is aliased to \`${interp.state.aliases.get(name)}'\n`)
    else if (interp.state.functions.has(name)) io.stdout(`${name} is a function\n`)
    else if (shellBuiltins[name] && !EDITORS.has(name)) io.stdout(`${name} is a shell builtin\n`)
    else if (interp.host.utility(name) || interp.host.external(name) || EDITORS.has(name)) io.stdout(`${name} is ${binaryPath(name)}\n`)
    else {
      io.stderr(`bash: type: ${name}: not found\n`)
      status = 1
    }
  }
  return status
}

function which(interp: Interpreter, argv: readonly string[], io: Streams): number {
  let status = 0
  for (const name of argv.slice(1)) {
    if (interp.host.utility(name) || interp.host.external(name) || EDITORS.has(name) || ['sleep', 'timeout', 'clear'].includes(name)) {
      io.stdout(`${binaryPath(name)}\n`)
    } else status = 1
  }
  return status
}

function binaryPath(name: string): string {
  return name === 'kubectl' ? '/usr/local/bin/kubectl' : `/usr/bin/${name}`
}

function* source(interp: Interpreter, argv: readonly string[], io: Streams): Proc {
  if (argv.length < 2) {
    io.stderr(`bash: ${argv[0]}: filename argument required\n${argv[0]}: usage: ${argv[0]} filename [arguments]\n`)
    return 2
  }
  const read = interp.host.fs.readFile(argv[1], interp.state.cwd)
  if (!read.ok) {
    io.stderr(`bash: ${argv[1]}: ${read.error}\n`)
    return 1
  }
  return yield* runText(interp, read.content, io)
}

function* runScriptFile(interp: Interpreter, argv: readonly string[], io: Streams): Proc {
  if (argv[1] === '-c') return yield* runText(interp.forkForScript(argv.slice(3)), argv[2] ?? '', io)
  if (argv.length < 2) return 0
  const read = interp.host.fs.readFile(argv[1], interp.state.cwd)
  if (!read.ok) {
    io.stderr(`${argv[0]}: ${argv[1]}: ${read.error}\n`)
    return 127
  }
  return yield* runText(interp.forkForScript(argv.slice(2)), read.content, io)
}

function* runText(interp: Interpreter, text: string, io: Streams): Proc {
  const parsed = parse(text)
  let status = 0
  for (const command of parsed.commands) {
    status = yield* interp.list(command.list, io)
    if (interp.state.flow) break
  }
  if (parsed.error && !interp.state.flow) {
    io.stderr(`bash: ${parsed.error.message}\n`)
    return 2
  }
  if (interp.state.flow?.kind === 'exit' && interp.isScript) {
    interp.state.flow = null
  }
  return status
}

function openEditor(interp: Interpreter, argv: readonly string[], io: Streams): Proc {
  const path = argv[1]
  if (path === undefined || !interp.host.request({ type: 'edit', path: interp.host.fs.resolve(path, interp.state.cwd), editor: argv[0] })) {
    io.stderr(`${argv[0]}: this sandbox edits files in the editor pane; run it from the lesson terminal, or write files with cat <<'EOF' > FILE\n`)
    return done(1)
  }
  return done(0)
}
