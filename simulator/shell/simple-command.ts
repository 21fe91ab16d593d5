// Simple commands (`FOO=1 cmd arg >file`) and redirections, read by the grammar.

import type { Assignment, Command, Redirect, RedirectOp, SimpleCommand, Span, Word } from './ast'
import { parseFunction } from './compound'
import type { Grammar } from './grammar'

const INPUT_OPS = new Set<string>(['<', '<>', '<&', '<<', '<<-', '<<<'])
const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)(\+?)=/

/**
 * Words, assignments and redirections in any order; assignments only before the first word.
 * `name (` turns into a function definition; any other `(` after a command is a syntax error.
 */
export function parseSimpleCommand(g: Grammar): Command | null {
  const start = g.start()
  const command: SimpleCommand = { type: 'simple', assignments: [], words: [], redirects: [], span: { start, end: start } }
  for (let t = g.peek(); ; t = g.peek()) {
    if (t.kind === 'word') {
      const assignment = command.words.length === 0 ? assignmentOf(t.word) : null
      if (assignment) command.assignments.push(assignment)
      else command.words.push(t.word)
      g.advance()
    } else if (g.atRedirect()) {
      const redirect = parseRedirect(g)
      if (!redirect) return null
      command.redirects.push(redirect)
    } else break
  }
  const { assignments, words, redirects } = command
  if (assignments.length + words.length + redirects.length === 0) return g.fail()
  if (g.isOp('(')) {
    return words.length === 1 && assignments.length + redirects.length === 0 ? parseFunction(g, words[0]) : g.fail()
  }
  command.span.end = g.lastEnd
  return command
}

/** A redirection operator and its target word (the delimiter, for a here-document). */
export function parseRedirect(g: Grammar): Redirect | null {
  const t = g.peek()
  if (t.kind !== 'operator') return g.fail()
  g.advance()
  const target = g.peek()
  if (target.kind !== 'word') return g.fail()
  g.advance()
  const op = t.op as RedirectOp
  const fd = t.fd ?? (INPUT_OPS.has(op) ? 0 : 1)
  return { type: 'redirect', op, fd, target: target.word, heredoc: target.heredoc, span: { start: t.span.start, end: g.lastEnd } }
}

/** `NAME=value` / `NAME+=value` when the word starts with an unquoted assignment prefix. */
function assignmentOf(word: Word): Assignment | null {
  const first = word.parts[0]
  const match = first?.type === 'text' && !first.quoted ? ASSIGNMENT.exec(first.value) : null
  if (!match || first.type !== 'text') return null
  const valueStart = Math.min(first.span.start + match[0].length, first.span.end)
  const rest = first.value.slice(match[0].length)
  const head = rest ? [{ ...first, value: rest, span: { start: valueStart, end: first.span.end } }] : []
  const value: Word = { type: 'word', parts: [...head, ...word.parts.slice(1)], span: { start: valueStart, end: word.span.end } }
  return { type: 'assignment', name: match[1], append: match[2] === '+', value, span: word.span }
}

/** The `2>&1` that `|&` adds to the command on its left. */
export function stderrToStdout(span: Span): Redirect {
  const target: Word = { type: 'word', parts: [{ type: 'text', value: '1', quoted: false, span }], span }
  return { type: 'redirect', op: '>&', fd: 2, target, heredoc: null, span }
}
