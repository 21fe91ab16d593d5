// The interface of the sandbox shell's text utilities (echo, cat, grep, …).

import type { VirtualFs } from '../fs/virtual-fs'

export interface BuiltinIO {
  /** The whole standard input ('' when it is the terminal or empty). */
  stdin: string
  stdout(text: string): void
  stderr(text: string): void
  fs: VirtualFs
  /** Absolute working directory. */
  cwd: string
  /** Shell variables/environment lookup. */
  env(name: string): string | undefined
}

/** Runs argv (argv[0] is the command name as typed) and returns the exit status. Never throws. */
export type Builtin = (argv: readonly string[], io: BuiltinIO) => number
