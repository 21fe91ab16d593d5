// Recursive-descent parser over tokens, following bash's grammar (parse.y): lists, and-or lists,
// pipelines, simple commands and redirections here; compound commands in compound.ts.
// Every method returns null after recording the first syntax error in the scan context.

import type { AndOr, Command, List, Pipeline, Span } from './ast'
import { parseArithmeticCommand, parseCase, parseFor, parseGroup, parseIf } from './compound'
import { parseFunctionKeyword, parseSubshell, parseWhile } from './compound'
import { parseRedirect, parseSimpleCommand, stderrToStdout } from './simple-command'
import { unexpectedEndOfFile, unexpectedToken, unmatched, unmatchedLine } from './diagnostics'
import type { ScanContext } from './scan-word'
import { findArithmeticEnd, type ArithmeticEnd } from './scan-dollar'
import { lineOf, skipContinuations } from './source'
import type { Operator, Token, Tokenizer } from './tokenize'

/** Where a compound list ends: these reserved words, `)`, or a case arm's `;;`, `;&`, `;;&`. */
export interface Stops {
  words?: readonly string[]
  closeParen?: boolean
  caseArm?: boolean
}

const REDIRECT_OPS = new Set<Operator>(['<', '>', '>>', '>|', '<>', '<&', '>&', '&>', '&>>', '<<', '<<-', '<<<'])
/** Reserved words that cannot start a command (bash reports them as unexpected tokens). */
const NOT_A_COMMAND = new Set(['then', 'else', 'elif', 'fi', 'do', 'done', 'esac', '}', 'in', '!'])

export class Grammar {
  /** The current (lookahead) token; outside this class read it through `peek()`. */
  private tok: Token
  /** The end offset of the last token consumed. */
  lastEnd: number

  /** `inSubstitution`: the end of input means `$(` never closed, which bash words differently. */
  constructor(
    readonly ctx: ScanContext,
    private readonly lexer: Tokenizer,
    private readonly inSubstitution = false,
  ) {
    this.lastEnd = lexer.offset()
    this.tok = lexer.next()
  }

  /** The current token (a call, so TypeScript does not keep a narrowing across `advance()`). */
  peek(): Token {
    return this.tok
  }

  advance(): void {
    this.lastEnd = tokenSpan(this.tok, this.lastEnd).end
    this.tok = this.lexer.next()
  }

  /** The offset where the current token starts. */
  start(): number {
    return tokenSpan(this.tok, this.lastEnd).start
  }

  /** The offset past everything the lexer has read, here-document bodies included. */
  readOffset(): number {
    return this.lexer.offset()
  }

  /**
   * When the current token is `(` directly followed by `(`: where that `((…))` ends, and where
   * its expression starts; null otherwise.
   */
  doubleParen(): { exprStart: number; found: ArithmeticEnd } | null {
    const t = this.tok
    if (t.kind !== 'operator' || t.op !== '(') return null
    const text = this.ctx.source.text
    const second = skipContinuations(text, t.span.end, this.lexer.limit)
    if (second >= this.lexer.limit || text[second] !== '(') return null
    return { exprStart: second + 1, found: findArithmeticEnd(text, second + 1, this.lexer.limit) }
  }

  /** Continues after text the grammar consumed itself (a `((…))`), ending at `offset`. */
  resumeAt(offset: number): void {
    this.lexer.restart(offset)
    this.lastEnd = offset
    this.tok = this.lexer.next()
  }

  /** Records a syntax error at the current token (or the end of input) and returns null. */
  fail(): null {
    const { ctx, tok } = this
    if (tok.kind === 'error' || ctx.error) return null
    if (tok.kind === 'end') {
      ctx.error = this.inSubstitution
        ? unmatched(ctx.source, ')', unmatchedLine(ctx.source, 'end'), ctx.commandStart)
        : unexpectedEndOfFile(ctx.source, ctx.commandStart)
    } else {
      const error = unexpectedToken(ctx.source, tokenText(ctx, tok), tokenSpan(tok, this.lastEnd), ctx.commandStart)
      const read = this.lexer.finishHeredocLine() ? this.lexer.offset() : null
      ctx.error = read === null ? error : { ...error, line: lineOf(ctx.source, Math.max(0, read - 1)), resumeAt: read }
    }
    return null
  }

  /** Whether the current token is the unquoted word `text` (a reserved word where one may stand). */
  isWord(text: string): boolean {
    return this.tok.kind === 'word' && this.tok.text === text
  }

  isOp(...ops: Operator[]): boolean {
    return this.tok.kind === 'operator' && ops.includes(this.tok.op)
  }

  skipNewlines(): void {
    while (this.tok.kind === 'newline') this.advance()
  }

  /** Consumes the reserved word `text`, or fails. */
  expectWord(text: string): boolean {
    if (!this.isWord(text)) return this.fail() ?? false
    this.advance()
    return true
  }

  /** A top-level list: and-or lists separated by `;` or `&`, up to a newline or the end. */
  list(): List | null {
    const items: AndOr[] = []
    for (;;) {
      const item = this.andOr()
      if (!item) return null
      items.push(item)
      if (!this.isOp(';', '&')) break
      item.background = this.isOp('&')
      this.advance()
      if (this.tok.kind === 'newline' || this.tok.kind === 'end') break
    }
    return listOf(items)
  }

  /** A list inside a compound command: separators include newlines; ends before `stops`. */
  compoundList(stops: Stops): List | null {
    this.skipNewlines()
    const items: AndOr[] = []
    for (;;) {
      const item = this.andOr()
      if (!item) return null
      items.push(item)
      if (this.isOp(';', '&')) {
        item.background = this.isOp('&')
        this.advance()
      } else if (this.tok.kind !== 'newline') break
      this.skipNewlines()
      if (this.atStop(stops)) break
    }
    return listOf(items)
  }

  /** Whether the current token is a redirection operator. */
  atRedirect(): boolean {
    return this.tok.kind === 'operator' && REDIRECT_OPS.has(this.tok.op)
  }

  private atStop(stops: Stops): boolean {
    const t = this.tok
    if (t.kind === 'word') return stops.words?.includes(t.text) ?? false
    if (t.kind !== 'operator') return t.kind === 'end'
    return (stops.closeParen === true && t.op === ')') || (stops.caseArm === true && [';;', ';&', ';;&'].includes(t.op))
  }

  private andOr(): AndOr | null {
    const first = this.pipeline()
    if (!first) return null
    const rest: AndOr['rest'] = []
    while (this.tok.kind === 'operator' && (this.tok.op === '&&' || this.tok.op === '||')) {
      const op = this.tok.op
      this.advance()
      this.skipNewlines()
      const pipeline = this.pipeline()
      if (!pipeline) return null
      rest.push({ op, pipeline })
    }
    const end = (rest[rest.length - 1]?.pipeline ?? first).span.end
    return { type: 'and-or', first, rest, background: false, span: { start: first.span.start, end } }
  }

  private pipeline(): Pipeline | null {
    const start = this.start()
    let negated = false
    while (this.isWord('!')) {
      negated = !negated
      this.advance()
    }
    if (negated && (this.tok.kind === 'newline' || this.tok.kind === 'end' || this.isOp(';'))) {
      return { type: 'pipeline', negated, commands: [], span: { start, end: this.lastEnd } }
    }
    const commands: Command[] = []
    for (;;) {
      const command = this.command()
      if (!command) return null
      commands.push(command)
      if (this.isOp('|&') && command.type !== 'function') command.redirects.push(stderrToStdout(tokenSpan(this.tok, 0)))
      if (!this.isOp('|', '|&')) break
      this.advance()
      this.skipNewlines()
    }
    return { type: 'pipeline', negated, commands, span: { start, end: this.lastEnd } }
  }

  /** A simple or compound command, with a compound command's trailing redirections. */
  command(): Command | null {
    const t = this.tok
    const compound =
      t.kind === 'word' ? compoundParser(t.text) : this.isOp('(') ? parenParser(this.doubleParen()) : null
    if (!compound) {
      if (t.kind === 'word' && NOT_A_COMMAND.has(t.text)) return this.fail()
      return parseSimpleCommand(this)
    }
    const command = compound(this)
    if (!command || command.type === 'function') return command
    while (this.atRedirect()) {
      const redirect = parseRedirect(this)
      if (!redirect) return null
      command.redirects.push(redirect)
    }
    command.span = { start: command.span.start, end: this.lastEnd }
    return command
  }
}

function compoundParser(text: string) {
  switch (text) {
    case 'for':
      return parseFor
    case 'while':
    case 'until':
      return parseWhile
    case 'if':
      return parseIf
    case 'case':
      return parseCase
    case '{':
      return parseGroup
    case 'function':
      return parseFunctionKeyword
    default:
      return null
  }
}

/** `((` starts an arithmetic command unless its parentheses show it is `( (…) )`. */
function parenParser(doubleParen: { found: ArithmeticEnd } | null) {
  return doubleParen && doubleParen.found !== 'not-arithmetic' ? parseArithmeticCommand : parseSubshell
}

/** The token as bash names it in errors: the word as written, the operator, or `newline`. */
function tokenText(ctx: ScanContext, tok: Token): string {
  if (tok.kind === 'word') return tok.text
  if (tok.kind !== 'operator') return 'newline'
  if (tok.fd === null) return tok.op
  const raw = ctx.source.text.slice(tok.span.start, tok.span.end).replace(/\\\n/g, '')
  return raw.slice(0, raw.length - tok.op.length)
}

/** The span of `tok`; `end` and `error` tokens sit at `fallback`. */
export function tokenSpan(tok: Token, fallback: number): Span {
  if (tok.kind === 'word') return tok.word.span
  if (tok.kind === 'error') return { start: fallback, end: fallback }
  return tok.span
}

/** A list of `items`, spanning from the first to the last. */
export function listOf(items: AndOr[], at = 0): List {
  const span = items.length ? { start: items[0].span.start, end: items[items.length - 1].span.end } : { start: at, end: at }
  return { type: 'list', items, span }
}
