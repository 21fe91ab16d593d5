// Compound commands: for, while/until, if, case, { … }, ( … ) and `name() compound`. Each parser
// starts at its opening token and stops after its closing one; trailing redirections are read by
// `Grammar.command`. Each returns null after the grammar has recorded a syntax error.

import type { ArithmeticCommand, ArithmeticFor, CaseClause, CaseItem, CompoundCommand, ForLoop } from './ast'
import type { FunctionDefinition, Group, IfClause, List, Subshell, WhileLoop, Word, WordPart } from './ast'
import { unexpectedEndOfFile, unmatched, unmatchedLine } from './diagnostics'
import type { Grammar } from './grammar'
import { scanParts } from './scan-word'

/** `for name [in words…] ; do list ; done` (also `for name; do` and `for name do`), or `for ((…))`. */
export function parseFor(g: Grammar): ForLoop | ArithmeticFor | null {
  const start = g.start()
  g.advance()
  if (g.doubleParen()) return parseArithmeticFor(g, start)
  const name = g.peek()
  if (name.kind !== 'word') return g.fail()
  g.advance()
  g.skipNewlines()
  let items: Word[] | null = null
  if (g.isWord('in')) {
    g.advance()
    items = []
    for (let t = g.peek(); t.kind === 'word'; t = g.peek()) {
      items.push(t.word)
      g.advance()
    }
    if (!g.isOp(';') && g.peek().kind !== 'newline') return g.fail()
    g.advance()
  } else if (g.isOp(';')) g.advance()
  g.skipNewlines()
  const body = doGroup(g, true)
  if (!body) return null
  return { type: 'for', name: name.text, items, body, redirects: [], span: { start, end: g.lastEnd } }
}

/** `do list ; done`; a `for` loop may use `{ list ; }` instead. */
function doGroup(g: Grammar, braces = false): List | null {
  if (braces && g.isWord('{')) {
    g.advance()
    const body = g.compoundList({ words: ['}'] })
    return body && g.expectWord('}') ? body : null
  }
  if (!g.expectWord('do')) return null
  const body = g.compoundList({ words: ['done'] })
  if (!body || !g.expectWord('done')) return null
  return body
}

/** `while list ; do list ; done` and `until …`. */
export function parseWhile(g: Grammar): WhileLoop | null {
  const start = g.start()
  const until = g.isWord('until')
  g.advance()
  const condition = g.compoundList({ words: ['do'] })
  if (!condition) return null
  const body = doGroup(g)
  if (!body) return null
  return { type: 'while', until, condition, body, redirects: [], span: { start, end: g.lastEnd } }
}

/** `if list; then list; [elif list; then list;]… [else list;] fi`. */
export function parseIf(g: Grammar): IfClause | null {
  const start = g.start()
  const clauses: IfClause['clauses'] = []
  do {
    g.advance()
    const condition = g.compoundList({ words: ['then'] })
    if (!condition || !g.expectWord('then')) return null
    const body = g.compoundList({ words: ['elif', 'else', 'fi'] })
    if (!body) return null
    clauses.push({ condition, body })
  } while (g.isWord('elif'))
  let elseBody: List | null = null
  if (g.isWord('else')) {
    g.advance()
    elseBody = g.compoundList({ words: ['fi'] })
    if (!elseBody) return null
  }
  if (!g.expectWord('fi')) return null
  return { type: 'if', clauses, elseBody, redirects: [], span: { start, end: g.lastEnd } }
}

/** `case word in [(]pattern[|pattern]…) list ;; … esac`. */
export function parseCase(g: Grammar): CaseClause | null {
  const start = g.start()
  g.advance()
  const subject = g.peek()
  if (subject.kind !== 'word') return g.fail()
  g.advance()
  g.skipNewlines()
  if (!g.expectWord('in')) return null
  g.skipNewlines()
  const items: CaseItem[] = []
  while (!g.isWord('esac')) {
    const item = caseItem(g)
    if (!item) return null
    items.push(item)
  }
  g.advance()
  return { type: 'case', subject: subject.word, items, redirects: [], span: { start, end: g.lastEnd } }
}

function caseItem(g: Grammar): CaseItem | null {
  const start = g.start()
  if (g.isOp('(')) g.advance()
  const patterns: Word[] = []
  for (;;) {
    const pattern = g.peek()
    if (pattern.kind !== 'word') return g.fail()
    patterns.push(pattern.word)
    g.advance()
    if (!g.isOp('|')) break
    g.advance()
  }
  if (!g.isOp(')')) return g.fail()
  g.advance()
  let end = g.lastEnd
  g.skipNewlines()
  let body: List | null = null
  if (!g.isOp(';;', ';&', ';;&') && !g.isWord('esac')) {
    body = g.compoundList({ words: ['esac'], caseArm: true })
    if (!body) return null
    end = body.span.end
  }
  let terminator: CaseItem['terminator'] = ';;'
  const t = g.peek()
  if (t.kind === 'operator' && (t.op === ';;' || t.op === ';&' || t.op === ';;&')) {
    terminator = t.op
    g.advance()
    end = g.lastEnd
    g.skipNewlines()
  } else if (!g.isWord('esac')) return g.fail()
  return { patterns, body, terminator, span: { start, end } }
}

/** `{ list ; }`. */
export function parseGroup(g: Grammar): Group | null {
  const start = g.start()
  g.advance()
  const body = g.compoundList({ words: ['}'] })
  if (!body || !g.expectWord('}')) return null
  return { type: 'group', body, redirects: [], span: { start, end: g.lastEnd } }
}

/** `( list )`. */
export function parseSubshell(g: Grammar): Subshell | null {
  const start = g.start()
  g.advance()
  const body = g.compoundList({ closeParen: true })
  if (!body) return null
  if (!g.isOp(')')) return g.fail()
  g.advance()
  return { type: 'subshell', body, redirects: [], span: { start, end: g.lastEnd } }
}

/** `function name [()] compound-command`. */
export function parseFunctionKeyword(g: Grammar): FunctionDefinition | null {
  const start = g.start()
  g.advance()
  const name = g.peek()
  if (name.kind !== 'word') return g.fail()
  g.advance()
  const definition = g.isOp('(') ? parseFunction(g, name.word) : functionBody(g, name.word)
  if (definition) definition.span.start = start
  return definition
}

/** `name ( ) compound-command`, with the current token at the `(` after `name`. */
export function parseFunction(g: Grammar, name: Word): FunctionDefinition | null {
  g.advance()
  if (!g.isOp(')')) return g.fail()
  g.advance()
  return functionBody(g, name)
}

function functionBody(g: Grammar, name: Word): FunctionDefinition | null {
  g.skipNewlines()
  const opensCompound = g.isOp('(') || ['{', 'for', 'while', 'until', 'if', 'case'].some(w => g.isWord(w))
  if (!opensCompound) return g.fail()
  const body = g.command() as CompoundCommand | null
  if (!body) return null
  const text = g.ctx.source.text.slice(name.span.start, name.span.end)
  return { type: 'function', name: text, body, span: { start: name.span.start, end: g.lastEnd } }
}

/** `(( expression ))`, with the current token at the first `(`. */
export function parseArithmeticCommand(g: Grammar): ArithmeticCommand | null {
  const start = g.start()
  const expression = arithmeticParts(g)
  if (!expression) return null
  const [parts] = expression
  return { type: 'arithmetic-command', expression: parts, redirects: [], span: { start, end: g.lastEnd } }
}

/** `for (( init; condition; step )) [;] do list ; done`, with the current token at `((`. */
function parseArithmeticFor(g: Grammar, start: number): ArithmeticFor | null {
  const expressions = arithmeticParts(g, true)
  if (!expressions) return null
  if (expressions.length !== 3) {
    g.ctx.error ??= unexpectedEndOfFile(g.ctx.source, g.ctx.commandStart)
    return null
  }
  if (g.isOp(';')) g.advance()
  g.skipNewlines()
  const body = doGroup(g, true)
  if (!body) return null
  const [init, condition, step] = expressions
  return { type: 'arithmetic-for', init, condition, step, body, redirects: [], span: { start, end: g.lastEnd } }
}

/**
 * Reads the `((…))` at the current token and continues after it; returns its expression (split
 * at top-level `;` when `sections`), or null after recording an error.
 */
function arithmeticParts(g: Grammar, sections = false): WordPart[][] | null {
  const paren = g.doubleParen()
  const open = g.start()
  if (!paren || paren.found === 'not-arithmetic') return g.fail()
  if (paren.found === 'unterminated') {
    g.ctx.error ??= unmatched(g.ctx.source, ')', unmatchedLine(g.ctx.source, open), g.ctx.commandStart)
    return null
  }
  const { exprEnd, end } = paren.found
  const bounds = sections ? [paren.exprStart - 1, ...semicolons(g.ctx.source.text, paren.exprStart, exprEnd), exprEnd] : [paren.exprStart - 1, exprEnd]
  const out: WordPart[][] = []
  for (let k = 1; k < bounds.length; k++) {
    const scanned = scanParts(g.ctx, bounds[k - 1] + 1, { mode: 'arithmetic', limit: bounds[k] })
    if (!scanned) return null
    out.push(scanned.parts)
  }
  g.resumeAt(end)
  return out
}

/** Offsets of the `;` between `from` and `to` outside parentheses and quotes. */
function semicolons(text: string, from: number, to: number): number[] {
  const out: number[] = []
  let depth = 0
  let quote = ''
  for (let i = from; i < to; i++) {
    const c = text[i]
    if (quote) quote = c === quote ? '' : quote
    else if (c === '"' || c === "'") quote = c
    else if (c === '(') depth++
    else if (c === ')') depth--
    else if (c === ';' && depth === 0) out.push(i)
  }
  return out
}
