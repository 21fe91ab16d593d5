// What a running command is to the shell: a generator that does its work synchronously and
// yields only when it must wait for virtual time to pass or for the cluster to change. The
// session resumes it in virtual-time order, so a script, a terminal and a replay see the same
// interleaving of foreground and background output.

import type { VirtualFs } from '../fs/virtual-fs'

/**
 * Why a command is suspended: until virtual time `until` (ms), or until `ready()` holds (checked
 * after every point in virtual time at which the cluster ran), whichever comes first. A wait with
 * neither lasts until the command is interrupted or timed out (a watch).
 */
export interface Wait {
  until?: number
  ready?: () => boolean
}

/** A running command: yields waits, returns its exit status. */
export type Proc = Generator<Wait, number, void>

/** Standard streams and the shell state a command sees. */
export interface ProcIO {
  /** The whole standard input ('' for the terminal). */
  stdin: string
  stdout(text: string): void
  stderr(text: string): void
  fs: VirtualFs
  cwd: string
  env(name: string): string | undefined
  /** Virtual time now, in ms since the cluster epoch. */
  now(): number
  /** True when standard output is the terminal (not a pipe or a file). */
  stdoutIsTerminal: boolean
  /**
   * Opens `path` in the terminal's editor; false when there is none (a script). `editing(path)`
   * stays true until the learner saves or closes it.
   */
  openEditor?(path: string): boolean
  editing?(path: string): boolean
}

/** An external command the shell can run (`kubectl`); argv[0] is its name as typed. */
export type ExternalCommand = (argv: readonly string[], io: ProcIO) => Proc

/** A proc that finishes at once with `status`. */
 
export function* done(status: number): Proc {
  return status
}
