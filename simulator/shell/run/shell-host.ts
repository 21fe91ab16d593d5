// What the interpreter needs from the session that runs it.

import type { Span } from '../ast'
import type { Builtin } from '../builtins/types'
import type { VirtualFs } from '../fs/virtual-fs'
import type { ExternalCommand, Proc } from './process'
import type { Streams } from './streams'

/** A request the terminal UI may act on (open the editor, clear the screen). */
export type HostRequest = { type: 'clear' } | { type: 'edit'; path: string; editor: string }

export interface ShellHost {
  readonly fs: VirtualFs
  /** Virtual time now (ms). */
  now(): number
  /** A seeded pseudo-random number 0–32767 (`$RANDOM`). */
  random(): number
  /** The text of `span` in the source being run (for job listings). */
  sourceText(span: Span): string
  /** Commands on the PATH (kubectl); undefined when there is none by that name. */
  external(name: string): ExternalCommand | undefined
  /** Text utilities (grep, head, …); undefined when there is none by that name. */
  utility(name: string): Builtin | undefined
  /**
   * Runs `proc` to completion now, letting virtual time pass while it waits (a command
   * substitution); returns its exit status.
   */
  runInline(proc: Proc): number
  /** Starts a background job; returns its pid. */
  startJob(text: string, run: (io: Streams) => Proc): number
  /** Job control builtins: jobs, kill %N, wait, fg. */
  jobControl(argv: readonly string[], io: Streams): Proc
  /** Lines entered so far, oldest first. */
  history(): readonly string[]
  /** Asks the terminal for something it does (clear, open an editor); false when it cannot. */
  request(request: HostRequest): boolean
  /** The prefix of the shell's own error messages (`bash: `, `sh: 1: ` for dash). */
  readonly errorPrefix?: string
  /** The message for a command that is not found (default bash's `x: command not found`). */
  commandNotFound?(name: string): string
  /** True while the terminal's editor still has `path` open (after an `edit` request). */
  editing?(path: string): boolean
}
