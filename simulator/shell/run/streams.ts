// The standard streams of a command being run: where its output goes and what its input holds.

/** Receives a command's output as it is written. */
export type Sink = (text: string) => void

export interface Streams {
  stdin: string
  stdout: Sink
  stderr: Sink
  /** Standard output is the terminal (not a pipe or a file). */
  stdoutIsTerminal: boolean
}

/** A sink that keeps what is written, for pipes and command substitution. */
export function bufferSink(): { sink: Sink; text: () => string } {
  const chunks: string[] = []
  return { sink: (text) => void chunks.push(text), text: () => chunks.join('') }
}

export const discard: Sink = () => {}
