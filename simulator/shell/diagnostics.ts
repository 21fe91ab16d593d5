// Bash's reading errors and warnings as values, and how each form of bash prints them.
// Texts checked against GNU bash 5.2.15: interactively through a pty (`bash --norc -i`), as
// `bash -c '…'` and as `bash file.sh`; the tests quote each case.

import type { Diagnostic, Span } from './ast'
import { endOfFileLine, lastLine, lineOf, lineTextAt, nextLineStart, type Source } from './source'

/**
 * `syntax error near unexpected token `TOKEN'`, quoting the physical line of the token in scripts.
 * `token` is the token's text, or `newline` for a newline.
 */
export function unexpectedToken(source: Source, token: string, span: Span, commandStart: number): Diagnostic {
  return {
    severity: 'error',
    message: `syntax error near unexpected token \`${token}'`,
    line: lineOf(source, span.start),
    lineText: lineTextAt(source, span.start),
    span,
    atEof: false,
    commandStart,
    resumeAt: token === 'newline' ? span.end : nextLineStart(source, span.start),
  }
}

/** `syntax error: unexpected end of file`: the input ended inside a command. */
export function unexpectedEndOfFile(source: Source, commandStart: number): Diagnostic {
  return atEnd(source, 'syntax error: unexpected end of file', endOfFileLine(source), commandStart)
}

/**
 * `unexpected EOF while looking for matching `C'`. Bash reports the line of the opening quote for
 * quotes, `${` and `$((`, but the last line for `$(` (whose contents it parses as commands).
 */
export function unmatched(source: Source, close: string, line: number, commandStart: number): Diagnostic {
  return atEnd(source, `unexpected EOF while looking for matching \`${close}'`, line, commandStart)
}

/** The line number `unmatched` needs for a construct opened at `offset`, or at end of input (`$(`). */
export function unmatchedLine(source: Source, offset: number | 'end'): number {
  return offset === 'end' ? endOfFileLine(source) : lineOf(source, offset)
}

/** The warning for a here-document whose delimiter line never came; bash still runs the command. */
export function heredocAtEof(source: Source, operatorOffset: number, delimiter: string, commandStart: number) {
  const message = `here-document at line ${lineOf(source, operatorOffset)} delimited by end-of-file (wanted \`${delimiter}')`
  return { ...atEnd(source, message, lastLine(source), commandStart), severity: 'warning' as const }
}

function atEnd(source: Source, message: string, line: number, commandStart: number): Diagnostic {
  const end = source.text.length
  return {
    severity: 'error',
    message,
    line,
    lineText: null,
    span: { start: end, end },
    atEof: true,
    commandStart,
    resumeAt: end,
  }
}

/** How the shell that reports a diagnostic was started. */
export type DiagnosticStyle =
  | { kind: 'interactive' }
  /** A script: `name` prefixes each line, e.g. `lesson.sh`, or `bash: -c` for `bash -c`. */
  | { kind: 'script'; name: string }

/**
 * The lines bash prints for `d`, without trailing newline. Interactive:
 * `bash: syntax error near unexpected token `;'`. Script:
 * `f.sh: line 2: syntax error near unexpected token `;'` then `f.sh: line 2: `echo a;;'`.
 * Warnings get `warning: ` after the prefix.
 */
export function formatDiagnostic(d: Diagnostic, style: DiagnosticStyle): string {
  const text = d.severity === 'warning' ? `warning: ${d.message}` : d.message
  if (style.kind === 'interactive') return `bash: ${text}`
  const prefix = `${style.name}: line ${d.line}: `
  return d.lineText === null ? prefix + text : `${prefix}${text}\n${prefix}\`${d.lineText}'`
}
