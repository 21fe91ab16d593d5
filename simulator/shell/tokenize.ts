// Splits shell input into words, operators and newlines, on demand, as bash's lexer does. Blanks
// separate tokens; `#` at the start of a token begins a comment; backslash-newline joins lines;
// here-document bodies are read at the newline after their operator.

import type { Heredoc, RedirectOp, Span, Word } from './ast'
import { readHeredoc, startHeredoc, type PendingHeredoc } from './heredoc'
import { isProcessSubstitution, scanParts, type ScanContext } from './scan-word'
import { skipContinuations } from './source'

export type Operator = ';' | ';;' | ';&' | ';;&' | '&' | '&&' | '|' | '||' | '|&' | '(' | ')' | RedirectOp

/**
 * - `word`: `text` is the word as written, minus line continuations (what bash quotes in errors,
 *   and equal to a reserved word only when the word is that reserved word unquoted);
 *   `heredoc` is set when the word is the delimiter after `<<`/`<<-` (filled in at the next newline).
 * - `operator`: `fd` is the number written right before a redirection operator (`2>`), else null.
 * - `newline`: an unquoted newline; the end of input counts as one when a line was left open.
 * - `end`: the end of input. `error`: a word did not scan; the error is in the scan context.
 */
export type Token =
  | { kind: 'word'; word: Word; text: string; heredoc: Heredoc | null }
  | { kind: 'operator'; op: Operator; fd: number | null; span: Span }
  | { kind: 'newline'; span: Span }
  | { kind: 'end'; span: Span }
  | { kind: 'error' }

export interface Tokenizer {
  /** The next token; once it has returned `end` or `error`, it returns that again. */
  next(): Token
  /** The offset past the last token returned and any here-document bodies read after it. */
  offset(): number
  /** Continues from `offset` (after the grammar read `((…))` itself) as if a token ended there. */
  restart(offset: number): void
  /** The offset this tokenizer treats as the end of input. */
  readonly limit: number
  /**
   * After a syntax error: when the current line announced here-documents, discards the rest of the
   * line and reads their bodies, as bash does before it reports the error. Returns whether it did;
   * the tokenizer is finished either way.
   */
  finishHeredocLine(): boolean
}

const OPERATORS: readonly Operator[] = [
  ';;&', '<<<', '<<-', '&>>',
  ';;', ';&', '&&', '&>', '||', '|&', '<<', '<&', '<>', '>>', '>|', '>&',
  ';', '&', '|', '(', ')', '<', '>',
]

/** A tokenizer over `ctx.source.text` from `start`, treating `limit` as the end of input. */
export function tokenize(ctx: ScanContext, start: number, limit: number): Tokenizer {
  return new Lexer(ctx, start, limit)
}

class Lexer implements Tokenizer {
  private final: Token | null = null
  private lineOpen = false
  private delimiterFor: { operatorStart: number; stripTabs: boolean } | null = null
  private pending: PendingHeredoc[] = []
  private afterDup = false

  constructor(
    private readonly ctx: ScanContext,
    private pos: number,
    readonly limit: number,
  ) {}

  restart(offset: number): void {
    this.pos = offset
    this.final = null
    this.lineOpen = true
    this.delimiterFor = null
    this.afterDup = false
  }

  offset(): number {
    return this.pos
  }

  finishHeredocLine(): boolean {
    if (this.pending.length === 0 || this.final) return false
    const end = lineEnd(this.ctx.source.text, this.pos, this.limit)
    this.final = this.newline(end, Math.min(end + 1, this.limit))
    return true
  }

  next(): Token {
    if (this.final) return this.final
    const token = this.read()
    if (token.kind === 'end' || token.kind === 'error') this.final = token
    this.lineOpen = token.kind !== 'newline'
    this.afterDup = token.kind === 'operator' && (token.op === '<&' || token.op === '>&')
    if (token.kind === 'operator' && (token.op === '<<' || token.op === '<<-')) {
      this.delimiterFor = { operatorStart: token.span.start, stripTabs: token.op === '<<-' }
    } else if (token.kind === 'word' && this.delimiterFor) {
      const pending = startHeredoc(this.ctx, token.word, this.delimiterFor.stripTabs, this.delimiterFor.operatorStart)
      this.pending.push(pending)
      token.heredoc = pending.heredoc
      this.delimiterFor = null
    } else this.delimiterFor = null
    return token
  }

  private read(): Token {
    const text = this.ctx.source.text
    for (;;) {
      this.pos = skipContinuations(text, this.pos, this.limit)
      if (this.pos >= this.limit) return this.lineOpen ? this.newline(this.limit, this.limit) : this.end()
      const c = text[this.pos]
      if (c === ' ' || c === '\t') this.pos++
      else if (c === '#') this.pos = lineEnd(text, this.pos, this.limit)
      else if (c === '\n') return this.newline(this.pos, this.pos + 1)
      else if (isProcessSubstitution(text, this.pos, this.limit)) return this.word()
      else return this.operator(this.pos, null) ?? this.word()
    }
  }

  private end(): Token {
    return { kind: 'end', span: { start: this.limit, end: this.limit } }
  }

  /** A newline token; then the bodies of the here-documents announced on the line before it. */
  private newline(start: number, end: number): Token {
    this.pos = end
    for (const pending of this.pending) {
      const after = readHeredoc(this.ctx, pending, this.pos, this.limit)
      if (after === null) return { kind: 'error' }
      this.pos = after
    }
    this.pending = []
    return { kind: 'newline', span: { start, end } }
  }

  /** The operator at `at`, if any, reading through line continuations. */
  private operator(at: number, fd: number | null): Token | null {
    const text = this.ctx.source.text
    let chars = ''
    const ends: number[] = []
    for (let i = at; chars.length < 3 && i < this.limit; i = skipContinuations(text, i + 1, this.limit)) {
      chars += text[i]
      ends.push(i + 1)
    }
    const op = OPERATORS.find(candidate => chars.startsWith(candidate))
    if (!op) return null
    this.pos = ends[op.length - 1]
    return { kind: 'operator', op, fd, span: { start: at, end: this.pos } }
  }

  /**
   * A word; digits right before `<` or `>` become the descriptor of that redirection instead,
   * except as the target of `<&` or `>&` (`2>&1>x` is `2>&1 >x`, as in bash).
   */
  private word(): Token {
    const start = this.pos
    const scanned = scanParts(this.ctx, start, { mode: 'word', limit: this.limit })
    if (!scanned) return { kind: 'error' }
    this.pos = scanned.end
    const text = this.ctx.source.text.slice(start, scanned.end).replace(/\\\n/g, '')
    const next = skipContinuations(this.ctx.source.text, scanned.end, this.limit)
    if (!this.afterDup && /^[0-9]+$/.test(text) && next < this.limit && '<>'.includes(this.ctx.source.text[next])) {
      const op = this.operator(next, Number(text))
      if (op && op.kind === 'operator') op.span = { start, end: op.span.end }
      if (op) return op
    }
    return { kind: 'word', word: { type: 'word', parts: scanned.parts, span: { start, end: scanned.end } }, text, heredoc: null }
  }
}

function lineEnd(text: string, pos: number, limit: number): number {
  const newline = text.indexOf('\n', pos)
  return newline < 0 || newline >= limit ? limit : newline
}
