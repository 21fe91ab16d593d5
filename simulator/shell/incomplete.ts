// When the terminal shows bash's `> ` continuation prompt instead of running what was typed.

import { parse, type ParseOptions } from './parse'

/**
 * Whether interactive bash, having read `text` (the lines typed so far, each ended by the newline
 * of Enter), would print the `> ` prompt and read another line before running anything: a quote,
 * `$(`, `${` or backquote left open, a here-document whose delimiter line has not come, a line
 * ending in `|`, `&&`, `||` or a backslash, or a `for`/`while`/`if`/`case`/`{`/`(` not yet closed.
 * False when `text` is complete or has a syntax error bash would report at once.
 */
export function needsMoreInput(text: string, options: ParseOptions = {}): boolean {
  const result = parse(text, options)
  if (result.warnings.length > 0) return true
  if (result.error) return result.error.atEof
  const last = result.commands[result.commands.length - 1]
  return endsWithContinuation(text, last ? last.span.end : 0)
}

/**
 * Whether `text` ends in a backslash-newline that joins lines: an odd run of backslashes before
 * the final newline, not inside a comment. In a text that parses, only blanks, comments and
 * continuations follow the last token on the last line, so a `#` there starts a comment.
 */
function endsWithContinuation(text: string, lastTokenEnd: number): boolean {
  if (!text.endsWith('\\\n')) return false
  let backslashes = 0
  while (text[text.length - 2 - backslashes] === '\\') backslashes++
  if (backslashes % 2 === 0) return false
  const lineStart = text.lastIndexOf('\n', text.length - 2) + 1
  return !text.slice(Math.max(lineStart, lastTokenEnd), text.length - 2).includes('#')
}
