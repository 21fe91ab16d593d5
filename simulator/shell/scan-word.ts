// Reads the parts of one word (quotes, escapes, expansions) in each context bash reads words in:
// a command word, a double-quoted string, the argument of `${name:-…}` (inside or outside double
// quotes), and a here-document body. Backslash-newline pairs are skipped everywhere but inside
// single quotes, as bash removes them before tokenizing.

import type { Diagnostic, List, WordPart } from './ast'
import { unmatched, unmatchedLine } from './diagnostics'
import { scanDollar } from './scan-dollar'
import { skipContinuations, type Source } from './source'

/** Shared state of one parse: the source, the first error, and hooks into the parser. */
export interface ScanContext {
  readonly source: Source
  /** The first error met; scanning functions return null once they set it. */
  error: Diagnostic | null
  /** Here-documents the end of input delimited (bash warns, then runs the command). */
  readonly warnings: Diagnostic[]
  /** Where the complete command being read began, for diagnostics. */
  commandStart: number
  /** Parses `$(`'s commands from `start` (just past the `(`); `end` is just past the `)`. */
  parseSubstitution(start: number, limit: number): { body: List; end: number } | null
  /** Parses the commands between backquotes at [start, end); errors are kept for run time. */
  parseBackquoted(start: number, end: number, inDoubleQuotes: boolean): { body: List | null; error: string | null }
}

/**
 * - `word`: an unquoted shell word; ends at a blank or an operator character.
 * - `double`: inside `"…"`; ends at the closing `"`.
 * - `brace`, `brace-double`: the argument of `${name<op>…}` outside or inside double quotes;
 *   ends at an unnested `}` (or `/` for a replacement pattern, see `stops`).
 * - `heredoc`: a here-document body; ends at `limit`; only `$`, backquotes and `\` are special.
 * - `arithmetic`: the expression of `$((…))` or `((…))`; ends at `limit`; like `heredoc`, but
 *   `"…"` is a double-quoted string (bash removes the quotes before evaluating).
 */
export type ScanMode = 'word' | 'double' | 'brace' | 'brace-double' | 'heredoc' | 'arithmetic'

export interface ScanOptions {
  mode: ScanMode
  limit: number
  /** For the brace modes: the characters that end the argument at depth 0 (default `}`). */
  stops?: string
  /** For `heredoc`: remove leading tabs from each line (`<<-`). */
  stripTabs?: boolean
}

const METACHARS = ' \t\n;&|()<>'

/**
 * Scans parts from `pos` until the mode's terminator or `limit`. Returns the parts and the offset of
 * the terminator (not consumed; `limit` when input ran out), or null once `ctx.error` is set.
 */
export function scanParts(ctx: ScanContext, pos: number, opts: ScanOptions): { parts: WordPart[]; end: number } | null {
  const text = ctx.source.text
  const parts = new PartList()
  const quoted = opts.mode !== 'word' && opts.mode !== 'brace'
  let depth = 0
  let p = pos
  for (;;) {
    if (opts.stripTabs && (p === pos || text[p - 1] === '\n')) while (text[p] === '\t' && p < opts.limit) p++
    p = skipContinuations(text, p, opts.limit)
    if (p >= opts.limit) return { parts: parts.list(), end: opts.limit }
    const c = text[p]
    if (endsHere(text, p, opts, depth)) return { parts: parts.list(), end: p }
    if (opts.mode === 'brace' || opts.mode === 'brace-double') depth += c === '{' ? 1 : c === '}' ? -1 : 0
    const next = scanOne(ctx, p, opts, quoted, parts)
    if (next === null) return null
    p = next
  }
}

function endsHere(text: string, p: number, opts: ScanOptions, depth: number): boolean {
  const c = text[p]
  switch (opts.mode) {
    case 'word':
      return METACHARS.includes(c) && !isProcessSubstitution(text, p, opts.limit)
    case 'double':
      return c === '"'
    case 'brace':
    case 'brace-double':
      return depth === 0 && (opts.stops ?? '}').includes(c)
    case 'heredoc':
    case 'arithmetic':
      return false
  }
}

/** Scans the construct starting at `p` into `parts`; returns the offset after it, or null on error. */
function scanOne(ctx: ScanContext, p: number, opts: ScanOptions, quoted: boolean, parts: PartList): number | null {
  const text = ctx.source.text
  const c = text[p]
  const unquotedContext = opts.mode === 'word' || opts.mode === 'brace'
  if (c === '\\') return scanBackslash(text, p, opts, quoted, parts)
  if (c === '$') return scanDollar(ctx, p, opts.limit, opts.mode, parts)
  if (c === '`') return scanBackquote(ctx, p, opts.limit, quoted, parts)
  if (c === "'" && unquotedContext) return scanSingleQuoted(ctx, p, opts.limit, parts)
  if (c === "'" && opts.mode === 'brace-double') return scanLiteralQuotes(ctx, p, opts.limit, parts)
  if (c === '"' && opts.mode !== 'heredoc') return scanDoubleQuoted(ctx, p, opts.limit, parts)
  if (opts.mode === 'word' && isProcessSubstitution(text, p, opts.limit)) return scanProcess(ctx, p, opts.limit, parts)
  parts.text(c, quoted, p, p + 1)
  return p + 1
}

/** `\x`: outside quotes any character is escaped; inside, only `$ \` " \` (and `}` in braces). */
function scanBackslash(text: string, p: number, opts: ScanOptions, quoted: boolean, parts: PartList): number {
  if (p + 1 >= opts.limit) {
    parts.text('\\', quoted, p, p + 1)
    return p + 1
  }
  const next = text[p + 1]
  const escapable =
    opts.mode === 'word' || opts.mode === 'brace' ? true
    : opts.mode === 'heredoc' || opts.mode === 'arithmetic' ? '$`\\'.includes(next)
    : opts.mode === 'double' ? '$`"\\'.includes(next)
    : '$`"\\}'.includes(next)
  if (escapable) parts.text(next, true, p, p + 2)
  else parts.text('\\', quoted, p, p + 1)
  return escapable ? p + 2 : p + 1
}

function scanSingleQuoted(ctx: ScanContext, p: number, limit: number, parts: PartList): number | null {
  const close = ctx.source.text.indexOf("'", p + 1)
  if (close < 0 || close >= limit) return fail(ctx, "'", p)
  parts.text(ctx.source.text.slice(p + 1, close), true, p, close + 1)
  return close + 1
}

/** Inside `"${x:-'…'}"` single quotes protect `}` but stay in the value, as bash does. */
function scanLiteralQuotes(ctx: ScanContext, p: number, limit: number, parts: PartList): number | null {
  const close = ctx.source.text.indexOf("'", p + 1)
  if (close < 0 || close >= limit) return fail(ctx, "'", p)
  parts.text(ctx.source.text.slice(p, close + 1), true, p, close + 1)
  return close + 1
}

/** `"…"` (p at the opening quote); also used for `$"…"` with p at the `"`. */
export function scanDoubleQuoted(ctx: ScanContext, p: number, limit: number, parts: PartList): number | null {
  const inner = scanParts(ctx, p + 1, { mode: 'double', limit })
  if (!inner) return null
  if (inner.end >= limit) return fail(ctx, '"', p)
  if (inner.parts.length === 0) parts.text('', true, p, inner.end + 1)
  for (const part of inner.parts) parts.add(part)
  return inner.end + 1
}

/** `` `…` ``: finds the closing backquote (skipping `\x`) and hands the contents to the parser. */
function scanBackquote(ctx: ScanContext, p: number, limit: number, quoted: boolean, parts: PartList): number | null {
  const text = ctx.source.text
  let i = p + 1
  while (i < limit && text[i] !== '`') i += text[i] === '\\' ? 2 : 1
  if (i >= limit) return fail(ctx, '`', p)
  const { body, error } = ctx.parseBackquoted(p + 1, i, quoted)
  parts.add({ type: 'command-substitution', body, error, backquoted: true, quoted, span: { start: p, end: i + 1 } })
  return i + 1
}

/** Whether `<(` or `>(` starts at `p`: a process substitution, which bash reads as part of a word. */
export function isProcessSubstitution(text: string, p: number, limit: number): boolean {
  if (text[p] !== '<' && text[p] !== '>') return false
  const next = skipContinuations(text, p + 1, limit)
  return next < limit && text[next] === '('
}

function scanProcess(ctx: ScanContext, p: number, limit: number, parts: PartList): number | null {
  const open = skipContinuations(ctx.source.text, p + 1, limit)
  const sub = ctx.parseSubstitution(open + 1, limit)
  if (!sub) return null
  const direction = ctx.source.text[p] === '<' ? '<' : '>'
  parts.add({ type: 'process-substitution', direction, body: sub.body, quoted: false, span: { start: p, end: sub.end } })
  return sub.end
}

function fail(ctx: ScanContext, close: string, openedAt: number): null {
  ctx.error ??= unmatched(ctx.source, close, unmatchedLine(ctx.source, openedAt), ctx.commandStart)
  return null
}

/** Collects parts, merging adjacent texts that share `quoted`. */
export class PartList {
  private readonly parts: WordPart[] = []

  /** Appends literal characters read from source [start, end). */
  text(value: string, quoted: boolean, start: number, end: number): void {
    const last = this.parts[this.parts.length - 1]
    if (last?.type === 'text' && last.quoted === quoted) {
      last.value += value
      last.span = { start: last.span.start, end }
    } else this.parts.push({ type: 'text', value, quoted, span: { start, end } })
  }

  add(part: WordPart): void {
    if (part.type === 'text') this.text(part.value, part.quoted, part.span.start, part.span.end)
    else this.parts.push(part)
  }

  list(): WordPart[] {
    return this.parts
  }
}
