// The label selector string syntax (`app=web,tier in (a,b),!canary`), lexed and parsed as
// apimachinery does so that errors carry its exact text.
// Mirrors kubernetes/apimachinery pkg/labels/selector.go (Lexer, Parser, Parse).
import { goQuote } from './admission/go-format'
import { isQualifiedName } from './admission/name-rules'
import { newRequirement, selectorOf, type Requirement, type SelectorOperator, type SelectorResult } from './labels'

type Token = 'error' | 'end' | ')' | ',' | '!' | '==' | '=' | '>' | 'identifier' | 'in' | '<' | '!=' | 'notin' | '('

interface Item {
  tok: Token
  lit: string
}

const string2token: Record<string, Token> = {
  ')': ')',
  ',': ',',
  '!': '!',
  '==': '==',
  '=': '=',
  '>': '>',
  in: 'in',
  '<': '<',
  '!=': '!=',
  notin: 'notin',
  '(': '(',
}

const binaryOperators = 'in, notin, =, ==, !=, gt, lt'
const isWhitespace = (ch: string) => ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n'
const isSpecialSymbol = (ch: string) => '=!(),><'.includes(ch) && ch !== ''
const tokenOf = (text: string): Token | undefined =>
  Object.prototype.hasOwnProperty.call(string2token, text) ? string2token[text] : undefined

/** Lexer.Lex over the whole input, ending with an `end` item. */
function scan(input: string): Item[] {
  const items: Item[] = []
  let pos = 0
  for (;;) {
    while (pos < input.length && isWhitespace(input[pos])) pos++
    if (pos >= input.length) break
    const start = pos
    if (isSpecialSymbol(input[pos])) {
      let last: Item | undefined
      let end = pos
      while (end < input.length && isSpecialSymbol(input[end])) {
        const tok = tokenOf(input.slice(start, end + 1))
        if (tok !== undefined) last = { tok, lit: input.slice(start, end + 1) }
        else if (last !== undefined) break
        end++
      }
      if (last === undefined) {
        items.push({ tok: 'error', lit: `error expected: keyword found '${input.slice(start, end)}'` })
        pos = end
      } else {
        items.push(last)
        pos = start + last.lit.length
      }
      continue
    }
    while (pos < input.length && !isSpecialSymbol(input[pos]) && !isWhitespace(input[pos])) pos++
    const word = input.slice(start, pos)
    items.push({ tok: tokenOf(word) ?? 'identifier', lit: word })
  }
  items.push({ tok: 'end', lit: '' })
  return items
}

class ParseError {
  constructor(readonly message: string) {}
}

/** Parser: a recursive descent over the scanned items; failures throw ParseError internally. */
class Parser {
  private position = 0
  constructor(private readonly items: Item[]) {}

  /** In the values context, `in` and `notin` are identifiers. */
  private lookahead(values: boolean): Item {
    const item = this.items[Math.min(this.position, this.items.length - 1)]
    return values && (item.tok === 'in' || item.tok === 'notin') ? { tok: 'identifier', lit: item.lit } : item
  }

  private consume(values: boolean): Item {
    const item = this.lookahead(values)
    this.position++
    return item
  }

  parse(): Requirement[] {
    const requirements: Requirement[] = []
    for (;;) {
      const { tok, lit } = this.lookahead(true)
      if (tok === 'end') return requirements
      if (tok !== 'identifier' && tok !== '!') throw new ParseError(`found '${lit}', expected: !, identifier, or 'end of string'`)
      requirements.push(this.requirementOrThrow())
      const next = this.consume(true)
      if (next.tok === 'end') return requirements
      if (next.tok !== ',') throw new ParseError(`found '${next.lit}', expected: ',' or 'end of string'`)
      const after = this.lookahead(true)
      if (after.tok !== 'identifier' && after.tok !== '!') {
        throw new ParseError(`found '${after.lit}', expected: identifier after ','`)
      }
    }
  }

  private requirementOrThrow(): Requirement {
    try {
      return this.parseRequirement()
    } catch (e) {
      if (e instanceof ParseError) throw new ParseError(`unable to parse requirement: ${e.message}`)
      throw e
    }
  }

  private parseRequirement(): Requirement {
    const { key, operator: inferred } = this.parseKeyAndInferOperator()
    let operator = inferred
    let values: string[] = []
    if (operator === undefined) {
      operator = this.parseOperator()
      values = operator === 'in' || operator === 'notin' ? this.parseValues() : this.parseExactValue()
    }
    const r = newRequirement(key, operator, [...new Set(values)].sort())
    if (!r.ok) throw new ParseError(r.error)
    return r.requirement
  }

  /** Returns `exists` or `!` when the key stands alone, undefined when an operator follows. */
  private parseKeyAndInferOperator(): { key: string; operator: SelectorOperator | undefined } {
    let operator: SelectorOperator | undefined
    let item = this.consume(true)
    if (item.tok === '!') {
      operator = '!'
      item = this.consume(true)
    }
    if (item.tok !== 'identifier') throw new ParseError(`found '${item.lit}', expected: identifier`)
    const keyErrs = isQualifiedName(item.lit)
    if (keyErrs.length > 0) throw new ParseError(`<nil>: Invalid value: ${goQuote(item.lit)}: ${keyErrs.join('; ')}`)
    const next = this.lookahead(true).tok
    if ((next === 'end' || next === ',') && operator === undefined) operator = 'exists'
    return { key: item.lit, operator }
  }

  private parseOperator(): SelectorOperator {
    const { tok, lit } = this.consume(false)
    const operators: Partial<Record<Token, SelectorOperator>> = {
      in: 'in',
      '=': '=',
      '==': '==',
      '>': 'gt',
      '<': 'lt',
      notin: 'notin',
      '!=': '!=',
    }
    const op = operators[tok]
    if (op === undefined) throw new ParseError(`found '${lit}', expected: ${binaryOperators}`)
    return op
  }

  private parseValues(): string[] {
    const open = this.consume(true)
    if (open.tok !== '(') throw new ParseError(`found '${open.lit}' expected: '('`)
    const { tok, lit } = this.lookahead(true)
    if (tok === ')') {
      this.consume(true)
      return ['']
    }
    if (tok !== 'identifier' && tok !== ',') throw new ParseError(`found '${lit}', expected: ',', ')' or identifier`)
    const values = this.parseIdentifiersList()
    if (this.consume(true).tok !== ')') throw new ParseError(`found '${lit}', expected: ')'`)
    return values
  }

  private parseIdentifiersList(): string[] {
    const values: string[] = []
    for (;;) {
      const { tok, lit } = this.consume(true)
      if (tok === 'identifier') {
        values.push(lit)
        const next = this.lookahead(true)
        if (next.tok === ',') continue
        if (next.tok === ')') return values
        throw new ParseError(`found '${next.lit}', expected: ',' or ')'`)
      }
      if (tok !== ',') throw new ParseError(`found '${lit}', expected: ',', or identifier`)
      if (values.length === 0) values.push('')
      const next = this.lookahead(true).tok
      if (next === ')') {
        values.push('')
        return values
      }
      if (next === ',') {
        this.consume(true)
        values.push('')
      }
    }
  }

  private parseExactValue(): string[] {
    const next = this.lookahead(true).tok
    if (next === 'end' || next === ',') return ['']
    const { tok, lit } = this.consume(true)
    if (tok === 'identifier') return [lit]
    throw new ParseError(`found '${lit}', expected: identifier`)
  }
}

/**
 * labels.Parse: the selector a `-l` / `--selector` string describes, its requirements sorted by
 * key; an empty string selects everything. The error is apimachinery's text, e.g.
 * `unable to parse requirement: found '', expected: in, notin, =, ==, !=, gt, lt`.
 */
export function parseSelector(text: string): SelectorResult {
  try {
    return { ok: true, selector: selectorOf(new Parser(scan(text)).parse()) }
  } catch (e) {
    if (e instanceof ParseError) return { ok: false, error: e.message }
    throw e
  }
}
