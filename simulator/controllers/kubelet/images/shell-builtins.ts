// Special and regular builtins of the shell model (exit, set, trap, wait, exec, export, test, ...),
// plus the wording each shell uses for a missing command.
import { evalTest, type TestEnv } from './shell-test'
import type { ShellKind, TermBehaviour } from './types'

/** The shell state a builtin may read or change. */
export interface ShellOps {
  /** The shell flavour (dash has no `[[`). */
  readonly kind: ShellKind
  env: Record<string, string>
  positional: string[]
  status: number
  errexit: boolean
  xtrace: boolean
  exit(code: number): void
  /** `wait`: block until background jobs end. */
  waitForJobs(): void
  /** `exec cmd...`: run `argv` in place of the shell. */
  exec(argv: string[]): void
  setTerm(term: TermBehaviour): void
  note(text: string): void
  testEnv: TestEnv
}

const TERM_SIGNALS = new Set(['TERM', 'SIGTERM', '15', 'EXIT'])

function setFlags(args: readonly string[], ops: ShellOps): void {
  for (const flag of args) {
    if (!/^[-+][a-z]+$/.test(flag)) continue
    if (flag.includes('e')) ops.errexit = flag[0] === '-'
    if (flag.includes('x')) ops.xtrace = flag[0] === '-'
  }
}

/** `trap ACTION SIGNAL...`: a TERM trap makes SIGTERM end the script (exit code from ACTION). */
function trap(args: readonly string[], ops: ShellOps): void {
  const [action = '', ...signals] = args
  if (!signals.some((s) => TERM_SIGNALS.has(s.toUpperCase()))) return
  const code = /\bexit\s+(\d+)/.exec(action)
  ops.setTerm({
    signal: 'SIGTERM',
    handled: true,
    exitAfterMs: 5,
    exitCode: code ? Number(code[1]) : /\bexit\b/.test(action) ? 0 : 143,
  })
}

function assign(args: readonly string[], ops: ShellOps): void {
  for (const arg of args) {
    const eq = arg.indexOf('=')
    if (eq > 0) ops.env[arg.slice(0, eq)] = arg.slice(eq + 1)
  }
}

type Builtin = (args: readonly string[], ops: ShellOps) => number

/** Builtins that return an exit status; `exit` and `exec` are handled before these. */
const BUILTINS: Readonly<Record<string, Builtin>> = {
  wait: (_args, ops) => (ops.waitForJobs(), 0),
  set: (args, ops) => (setFlags(args, ops), 0),
  trap: (args, ops) => (trap(args, ops), 0),
  export: (args, ops) => (assign(args, ops), 0),
  readonly: (args, ops) => (assign(args, ops), 0),
  local: (args, ops) => (assign(args, ops), 0),
  unset: (args, ops) => (args.forEach((arg) => delete ops.env[arg]), 0),
  shift: (_args, ops) => ((ops.positional = [ops.positional[0], ...ops.positional.slice(2)]), 0),
  source: (args, ops) => (ops.note(`source ${args[0] ?? ''}: sourced files are not modelled`), 0),
  '.': (args, ops) => (ops.note(`. ${args[0] ?? ''}: sourced files are not modelled`), 0),
  cd: () => 0,
  umask: () => 0,
  read: () => 1,
  test: (args, ops) => evalTest(args, ops.testEnv),
  '[': (args, ops) => evalTest(args.slice(0, -1), ops.testEnv),
}

/**
 * Runs `argv` when it names a shell builtin and returns true; false lets the caller look the
 * command up on $PATH. Utilities such as echo are handled by the caller.
 */
export function runShellBuiltin(argv: readonly string[], ops: ShellOps): boolean {
  const [name, ...args] = argv
  if (name === 'exit') ops.exit(args[0] === undefined ? ops.status : Number(args[0]) & 255)
  else if (name === 'exec') {
    if (args.length > 0) ops.exec([...args])
  } else if (name === '[[' && ops.kind !== 'dash') ops.status = conditional(args.slice(0, -1), ops)
  else if (BUILTINS[name]) ops.status = BUILTINS[name](args, ops)
  else return false
  return true
}

/** bash `[[ ... ]]`: `=~` matches an ERE (filling BASH_REMATCH), the rest behaves like `test`. */
function conditional(args: readonly string[], ops: ShellOps): number {
  if (args[1] !== '=~') return evalTest(args, ops.testEnv)
  let pattern: RegExp
  try {
    pattern = new RegExp(args.slice(2).join(' '))
  } catch {
    return 2
  }
  const match = pattern.exec(args[0])
  for (const key of Object.keys(ops.env)) if (key.startsWith('BASH_REMATCH[')) delete ops.env[key]
  match?.forEach((group, i) => {
    ops.env[`BASH_REMATCH[${i}]`] = group ?? ''
  })
  return match ? 0 : 1
}

/** What `shell` prints when `path` is not found (as invoked by `argv0`, at script line `line`). */
export function commandNotFound(shell: ShellKind, argv0: string, path: string, line: number): string {
  const slash = path.includes('/')
  switch (shell) {
    case 'ash':
      return `${argv0}: ${path}: not found`
    case 'dash':
      return `${argv0}: ${line}: ${path}: not found`
    case 'bash':
      return `${argv0}: line ${line}: ${path}: ${slash ? 'No such file or directory' : 'command not found'}`
    case 'bash4':
      return `${argv0}: ${path}: ${slash ? 'No such file or directory' : 'command not found'}`
  }
}
