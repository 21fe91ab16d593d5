// The shell's front end: text as typed or pasted → complete commands, a syntax error, warnings.

import type { CompleteCommand, List, ParseResult, Span } from './ast'
import { formatDiagnostic } from './diagnostics'
import { Grammar, listOf } from './grammar'
import type { ScanContext } from './scan-word'
import { createSource, type Source } from './source'
import { tokenize } from './tokenize'

export interface ParseOptions {
  /** The line number of the first line of `text` (an interactive shell counts across commands). */
  firstLine?: number
}

/**
 * Parses `text` as bash reads a script or a paste: complete commands one after another, each ended
 * by an unquoted newline. Never throws. Parsing stops at the first syntax error; the commands before
 * it are returned (bash runs them, as it runs each complete command as soon as it is read). An
 * error with `atEof` means the input ended inside a command: an interactive shell asks for more
 * (see `needsMoreInput`), a script fails with that error.
 */
export function parse(text: string, options: ParseOptions = {}): ParseResult {
  const ctx = createContext(createSource(text, options.firstLine))
  const g = new Grammar(ctx, tokenize(ctx, 0, text.length))
  const commands: CompleteCommand[] = []
  for (;;) {
    ctx.commandStart = g.readOffset()
    g.skipNewlines()
    if (g.peek().kind === 'end' || g.peek().kind === 'error') break
    const start = g.start()
    ctx.commandStart = start
    const list = g.list()
    if (!list) break
    if (g.peek().kind !== 'newline' && g.peek().kind !== 'end') {
      g.fail()
      break
    }
    commands.push({ type: 'complete-command', list, span: list.span, extent: { start, end: extentEnd(g, text) } })
  }
  return { source: text, commands, error: ctx.error, warnings: ctx.warnings }
}

/** The end of the last line a complete command used: past here-document bodies, before the newline. */
function extentEnd(g: Grammar, text: string): number {
  const read = g.peek().kind === 'newline' ? g.readOffset() : g.lastEnd
  return read > 0 && text[read - 1] === '\n' ? read - 1 : read
}

function createContext(source: Source): ScanContext {
  const ctx: ScanContext = {
    source,
    error: null,
    warnings: [],
    commandStart: 0,
    parseSubstitution: (start, limit) => parseSubstitution(ctx, start, limit),
    parseBackquoted: (start, end, inDoubleQuotes) => parseBackquoted(source, start, end, inDoubleQuotes),
  }
  return ctx
}

/**
 * The commands of `$(…)` from `start` (past the `(`) to the matching `)`; `$()` is an empty list.
 * The closing `)` is not consumed, so nothing after it is tokenized in this context.
 */
function parseSubstitution(ctx: ScanContext, start: number, limit: number): { body: List; end: number } | null {
  const g = new Grammar(ctx, tokenize(ctx, start, limit), true)
  if (g.peek().kind === 'newline') g.skipNewlines()
  const body = g.isOp(')') ? listOf([], start) : g.compoundList({ closeParen: true })
  if (!body) return null
  const close = g.peek()
  if (close.kind !== 'operator' || close.op !== ')') return g.fail()
  return { body, end: close.span.end }
}

/**
 * The commands between backquotes: bash removes the backslash before `$`, `` ` ``, `\` (and `"`
 * inside double quotes), then parses the rest when it runs the substitution, so a syntax error in
 * it is a run-time error, reported as `command substitution: line N: …`.
 */
function parseBackquoted(source: Source, start: number, end: number, inDoubleQuotes: boolean) {
  const escapable = inDoubleQuotes ? '$`\\"' : '$`\\'
  const text = source.text
  let inner = ''
  const offsets: number[] = []
  for (let i = start; i < end; i++) {
    if (text[i] === '\\' && i + 1 < end && escapable.includes(text[i + 1])) i++
    inner += text[i]
    offsets.push(i)
  }
  offsets.push(end)
  const result = parse(inner)
  if (result.error) {
    return { body: null, error: formatDiagnostic(result.error, { kind: 'script', name: 'command substitution' }) }
  }
  const body = listOf(result.commands.flatMap(command => command.list.items), 0)
  remapSpans(body, offsets)
  return { body, error: null }
}

/** Rewrites every `span`/`bodySpan`/`extent` under `node` through `offsets` (inner → outer offset). */
function remapSpans(node: unknown, offsets: readonly number[]): void {
  if (Array.isArray(node)) {
    for (const item of node) remapSpans(item, offsets)
    return
  }
  if (typeof node !== 'object' || node === null) return
  for (const [key, value] of Object.entries(node)) {
    if (key === 'span' || key === 'bodySpan' || key === 'extent') {
      const span = value as Span
      ;(node as Record<string, Span>)[key] = { start: offsets[span.start], end: offsets[span.end] }
    } else remapSpans(value, offsets)
  }
}
