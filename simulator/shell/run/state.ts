// The state a shell keeps between commands: variables, functions, aliases, the working directory,
// the last exit status, and pending control flow (`break`, `continue`, `return`, `exit`).

import type { CompoundCommand } from '../ast'

/** Control flow a builtin started that enclosing loops, functions or the script must finish. */
export type Flow =
  | { kind: 'break' | 'continue'; levels: number }
  | { kind: 'return'; status: number }
  | { kind: 'exit'; status: number }

export interface ShellState {
  vars: Map<string, string>
  exported: Set<string>
  functions: Map<string, CompoundCommand>
  aliases: Map<string, string>
  cwd: string
  lastStatus: number
  /** `$!`: the job number's pid of the last background command. */
  lastBackgroundPid: number | null
  positional: string[]
  loopDepth: number
  functionDepth: number
  flow: Flow | null
}

export const HOME = '/home/learner'

export function createShellState(): ShellState {
  const vars = new Map<string, string>([
    ['HOME', HOME],
    ['PATH', '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
    ['PWD', HOME],
    ['SHELL', '/bin/bash'],
    ['USER', 'learner'],
    ['HOSTNAME', 'ordinal'],
    ['TERM', 'xterm-256color'],
  ])
  return {
    vars,
    exported: new Set(vars.keys()),
    functions: new Map(),
    aliases: new Map(),
    cwd: HOME,
    lastStatus: 0,
    lastBackgroundPid: null,
    positional: [],
    loopDepth: 0,
    functionDepth: 0,
    flow: null,
  }
}

/** A copy for a subshell, a pipeline stage or a background job: changes in it do not leak back. */
export function forkShellState(state: ShellState): ShellState {
  return {
    ...state,
    vars: new Map(state.vars),
    exported: new Set(state.exported),
    functions: new Map(state.functions),
    aliases: new Map(state.aliases),
    positional: [...state.positional],
    flow: null,
  }
}
