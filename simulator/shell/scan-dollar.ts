// Reads what follows a `$`: `$name`, `$1`, `$?`, `${…}`, `$(…)`, `$((…))`, `$'…'` and `$"…"`.

import type { ParamOp, WordPart } from './ast'
import { unmatched, unmatchedLine } from './diagnostics'
import { scanAnsiC } from './ansi-c'
import { scanDoubleQuoted, scanParts, type PartList, type ScanContext, type ScanMode } from './scan-word'
import { skipContinuations } from './source'

const SPECIAL = '?#@*$!-0'
const OPS: readonly ParamOp[] = [':-', ':=', ':+', ':?', '-', '=', '+', '?', '##', '#', '%%', '%', '//', '/#', '/%', '/']

/**
 * Scans the expansion whose `$` is at `p` into `parts`; returns the offset after it, or null once
 * `ctx.error` is set. A `$` that starts no expansion is a literal `$`.
 */
export function scanDollar(ctx: ScanContext, p: number, limit: number, mode: ScanMode, parts: PartList): number | null {
  const text = ctx.source.text
  const quoted = mode !== 'word' && mode !== 'brace'
  const q = skipContinuations(text, p + 1, limit)
  const c = q < limit ? text[q] : ''
  if (c === '(') return scanParen(ctx, p, q, limit, quoted, parts)
  if (c === '{') return scanBraced(ctx, p, q + 1, limit, quoted, parts)
  if (c === "'" && !quoted) return scanAnsiC(ctx, p, q, limit, parts)
  if (c === '"' && !quoted) return scanDoubleQuoted(ctx, q, limit, parts)
  const name = readName(text, q, limit)
  if (!name) {
    parts.text('$', quoted, p, p + 1)
    return p + 1
  }
  parts.add(param(name.name, null, null, null, quoted, p, name.end))
  return name.end
}

/** A parameter name at `i`: an identifier, digits (all of them only inside braces), or one special. */
function readName(text: string, i: number, limit: number, braced = false): { name: string; end: number } | null {
  const c = i < limit ? text[i] : ''
  if (c !== '' && SPECIAL.includes(c)) return { name: c, end: i + 1 }
  const pattern = /[A-Za-z_]/.test(c) ? /[A-Za-z0-9_]/ : /[0-9]/.test(c) ? /[0-9]/ : null
  if (!pattern) return null
  let name = c
  let end = i + 1
  for (;;) {
    const j = skipContinuations(text, end, limit)
    if (j >= limit || !pattern.test(text[j]) || (!braced && /[0-9]/.test(c))) return { name, end }
    name += text[j]
    end = j + 1
  }
}

/** `$(…)` or `$((…))` (`q` at the first `(`); `$((` that does not close with `))` is `$( (…) )`. */
function scanParen(ctx: ScanContext, p: number, q: number, limit: number, quoted: boolean, parts: PartList) {
  const text = ctx.source.text
  const r = skipContinuations(text, q + 1, limit)
  if (r < limit && text[r] === '(') {
    const close = findArithmeticEnd(text, r + 1, limit)
    if (close === 'unterminated') return fail(ctx, ')', p)
    if (close !== 'not-arithmetic') {
      const expression = scanParts(ctx, r + 1, { mode: 'arithmetic', limit: close.exprEnd })
      if (!expression) return null
      parts.add({ type: 'arithmetic', expression: expression.parts, quoted, span: { start: p, end: close.end } })
      return close.end
    }
  }
  const sub = ctx.parseSubstitution(q + 1, limit)
  if (!sub) return r < limit && text[r] === '(' ? atArithmeticLine(ctx, p) : null
  const span = { start: p, end: sub.end }
  parts.add({ type: 'command-substitution', body: sub.body, error: null, backquoted: false, quoted, span })
  return sub.end
}

/**
 * `$((…)` that is neither arithmetic nor a complete `$( (…) )`: bash reports the missing `)` at
 * the line of `$((`, not at the end of input.
 */
function atArithmeticLine(ctx: ScanContext, p: number): null {
  const error = ctx.error
  if (error?.atEof && error.message.endsWith("matching `)'")) ctx.error = { ...error, line: unmatchedLine(ctx.source, p) }
  return null
}

/** Where `((…))` ends (`exprEnd` at the first `)`, `end` past the second), or why it does not. */
export type ArithmeticEnd = { exprEnd: number; end: number } | 'not-arithmetic' | 'unterminated'

/**
 * Finds the `))` closing `$((` or `((` from `i` (just inside), balancing parentheses as bash does:
 * a `)` at depth 0 not followed by `)` means the text is `$( (…) )` or `( (…) )` instead.
 */
export function findArithmeticEnd(text: string, i: number, limit: number): ArithmeticEnd {
  let depth = 0
  for (;;) {
    i = skipContinuations(text, i, limit)
    if (i >= limit) return 'unterminated'
    if (text[i] === '(') depth++
    else if (text[i] === ')' && depth > 0) depth--
    else if (text[i] === ')') {
      const j = skipContinuations(text, i + 1, limit)
      return j < limit && text[j] === ')' ? { exprEnd: i, end: j + 1 } : 'not-arithmetic'
    }
    i++
  }
}

/** `${…}` with `b` just past the `{`. */
function scanBraced(ctx: ScanContext, p: number, b: number, limit: number, quoted: boolean, parts: PartList) {
  const text = ctx.source.text
  b = skipContinuations(text, b, limit)
  const lengthOf = text[b] === '#' && text[skipContinuations(text, b + 1, limit)] !== '}'
  const nameAt = lengthOf ? skipContinuations(text, b + 1, limit) : b
  const name = readName(text, nameAt, limit, true)
  const n = name ? skipContinuations(text, name.end, limit) : nameAt
  if (name && text[n] === '}') {
    parts.add(param(name.name, lengthOf ? 'length' : null, null, null, quoted, p, n + 1))
    return n + 1
  }
  const op = name && !lengthOf ? OPS.find(o => text.startsWith(o, n)) : undefined
  if (!name || !op) return scanBad(ctx, p, n, limit, quoted, parts)
  const argMode = quoted ? 'brace-double' : 'brace'
  const arg = scanParts(ctx, n + op.length, { mode: argMode, limit, stops: op[0] === '/' ? '/}' : '}' })
  if (!arg) return null
  let end = arg.end
  let replacement: WordPart[] | null = null
  if (end < limit && text[end] === '/') {
    const rep = scanParts(ctx, end + 1, { mode: argMode, limit })
    if (!rep) return null
    replacement = rep.parts
    end = rep.end
  }
  if (end >= limit) return fail(ctx, '}', p)
  parts.add(param(name.name, op, arg.parts, replacement, quoted, p, end + 1))
  return end + 1
}

/** A `${…}` bash rejects when expanding it: scans to its `}` and keeps the text for the message. */
function scanBad(ctx: ScanContext, p: number, from: number, limit: number, quoted: boolean, parts: PartList) {
  const rest = scanParts(ctx, from, { mode: quoted ? 'brace-double' : 'brace', limit })
  if (!rest) return null
  if (rest.end >= limit) return fail(ctx, '}', p)
  const text = ctx.source.text.slice(p, rest.end + 1).replace(/\\\n/g, '')
  parts.add({ type: 'bad-substitution', text, quoted, span: { start: p, end: rest.end + 1 } })
  return rest.end + 1
}

function param(
  name: string,
  op: ParamOp | null,
  arg: WordPart[] | null,
  replacement: WordPart[] | null,
  quoted: boolean,
  start: number,
  end: number,
): WordPart {
  return { type: 'param', name, op, arg, replacement, quoted, span: { start, end } }
}

function fail(ctx: ScanContext, close: string, openedAt: number): null {
  ctx.error ??= unmatched(ctx.source, close, unmatchedLine(ctx.source, openedAt), ctx.commandStart)
  return null
}
