// What Tab does to the line, as bash's readline does: one candidate completes the word (with a
// space, or without after a directory's `/`); several extend it to their common prefix; a second
// Tab lists them.

import { insertText, type LineState } from './line-editor'

export interface Completed {
  state: LineState
  /** Text to print above the prompt (the candidates, on a repeated Tab). */
  listing?: string
}

export function applyCompletion(line: LineState, completion: { start: number; candidates: string[] }, repeated: boolean): Completed {
  const { candidates, start } = completion
  const typed = line.buffer.slice(start, line.cursor)
  if (candidates.length === 0) return { state: line }
  if (candidates.length === 1) {
    const [only] = candidates
    const suffix = only.slice(typed.length) + (only.endsWith('/') || only.endsWith('=') ? '' : ' ')
    return { state: insertText(line, suffix) }
  }
  const prefix = commonPrefix(candidates)
  if (prefix.length > typed.length) return { state: insertText(line, prefix.slice(typed.length)) }
  if (!repeated) return { state: line }
  return { state: line, listing: `${candidates.join('  ')}\r\n` }
}

function commonPrefix(words: readonly string[]): string {
  let prefix = words[0]
  for (const word of words) while (!word.startsWith(prefix)) prefix = prefix.slice(0, -1)
  return prefix
}
