// kubectl's JSONPath template syntax: text with `{...}` actions.
// mirrors kubernetes/client-go@v0.32 util/jsonpath/parser.go and node.go. Like upstream, each
// `{...}` becomes one ListNode of the root; `range`/`end` are plain identifiers whose nesting the
// executor (jsonpath.ts) resolves at run time.
import { isGoPrint, unquoteExtend } from './go-format'

export interface ParamsEntry {
  value: number
  known: boolean
  /** The end of `[i]`, derived as i+1. */
  derived: boolean
}

export interface ListNode { type: 'list'; nodes: Node[] }
export type Node =
  | ListNode
  | { type: 'text'; text: string }
  | { type: 'field'; value: string }
  | { type: 'array'; params: [ParamsEntry, ParamsEntry, ParamsEntry] }
  | { type: 'filter'; left: ListNode; right: ListNode; operator: string }
  | { type: 'int'; value: number }
  | { type: 'float'; value: number }
  | { type: 'bool'; value: boolean }
  | { type: 'wildcard' }
  | { type: 'recursive' }
  | { type: 'union'; nodes: ListNode[] }
  | { type: 'identifier'; name: string }

/** A parse failure; `message` is upstream's error text (`unclosed action`, …). */
export class JSONPathSyntaxError extends Error {}

const fail = (message: string): never => {
  throw new JSONPathSyntaxError(message)
}

const newList = (): ListNode => ({ type: 'list', nodes: [] })
const isSpace = (r: string): boolean => r === ' ' || r === '\t'
const isEndOfLine = (r: string): boolean => r === '\r' || r === '\n'
const isDigitRune = (r: string): boolean => /^\p{Nd}$/u.test(r)
const isAlphaNumeric = (r: string): boolean => r === '_' || /^[\p{L}\p{Nd}]$/u.test(r)
const EOF = ''

function isTerminator(r: string): boolean {
  return isSpace(r) || isEndOfLine(r) || r === EOF || '.,[]$@{}'.includes(r)
}

/**
 * Parses a whole template into its root ListNode. Throws JSONPathSyntaxError with upstream's
 * message on malformed input.
 */
export function parseJSONPath(text: string): ListNode {
  return new Parser(text).parse()
}

/** parseAction: `{text}` parsed, returning the single action's ListNode. */
function parseAction(text: string): ListNode {
  return parseJSONPath(`{${text}}`).nodes[0] as ListNode
}

class Parser {
  private readonly input: string[]
  private readonly root = newList()
  private pos = 0
  private start = 0

  constructor(text: string) {
    this.input = Array.from(text)
  }

  parse(): ListNode {
    this.parseText()
    return this.root
  }

  private rest(): string {
    return this.input.slice(this.pos, this.pos + 3).join('')
  }

  private consumeText(): string {
    const value = this.input.slice(this.start, this.pos).join('')
    this.start = this.pos
    return value
  }

  private next(): string {
    if (this.pos >= this.input.length) return EOF
    return this.input[this.pos++]
  }

  private backup(r: string): void {
    if (r !== EOF) this.pos--
  }

  private peek(): string {
    return this.input[this.pos] ?? EOF
  }

  /** Text up to the next `{`, then the action; the loop replaces upstream's tail recursion. */
  private parseText(): void {
    for (;;) {
      while (this.pos < this.input.length && this.input[this.pos] !== '{') this.pos++
      if (this.pos > this.start) this.root.nodes.push({ type: 'text', text: this.consumeText() })
      if (this.pos >= this.input.length) return
      this.pos++
      this.consumeText()
      const action = newList()
      this.root.nodes.push(action)
      this.parseInsideAction(action)
    }
  }

  /** Consumes one action up to and including its `}`. */
  private parseInsideAction(cur: ListNode): void {
    for (;;) {
      const rest = this.rest()
      if (rest.startsWith('}')) {
        this.pos++
        this.consumeText()
        return
      }
      if (rest.startsWith('[?(')) this.parseFilter(cur)
      else if (rest.startsWith('..')) this.parseRecursive(cur)
      else this.parseToken(cur)
    }
  }

  private parseToken(cur: ListNode): void {
    const r = this.next()
    if (r === EOF || isEndOfLine(r)) fail('unclosed action')
    else if (r === ' ' || r === '@' || r === '$') this.consumeText()
    else if (r === '[') this.parseArray(cur)
    else if (r === '"' || r === "'") this.parseQuote(cur, r)
    else if (r === '.') this.parseField(cur)
    else if (r === '+' || r === '-' || isDigitRune(r)) {
      this.backup(r)
      this.parseNumber(cur)
    } else if (isAlphaNumeric(r)) {
      this.backup(r)
      this.parseIdentifier(cur)
    } else {
      const code = 'U+' + (r.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')
      fail(`unrecognized character in action: ${code}${isGoPrint(r) ? ` '${r}'` : ''}`)
    }
  }

  private parseIdentifier(cur: ListNode): void {
    let r: string
    do r = this.next()
    while (!isTerminator(r))
    this.backup(r)
    const value = this.consumeText()
    if (value === 'true' || value === 'false') cur.nodes.push({ type: 'bool', value: value === 'true' })
    else cur.nodes.push({ type: 'identifier', name: value })
  }

  private parseRecursive(cur: ListNode): void {
    if (cur.nodes[cur.nodes.length - 1]?.type === 'recursive') fail('invalid multiple recursive descent')
    this.pos += 2
    this.consumeText()
    cur.nodes.push({ type: 'recursive' })
    if (isAlphaNumeric(this.peek())) this.parseField(cur)
  }

  private parseNumber(cur: ListNode): void {
    if (this.peek() === '+' || this.peek() === '-') this.next()
    let r: string
    do r = this.next()
    while (r === '.' || (r !== EOF && isDigitRune(r)))
    this.backup(r)
    const value = this.consumeText()
    if (/^[+-]?[0-9]+$/.test(value)) cur.nodes.push({ type: 'int', value: Number(value) })
    else if (/^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)$/.test(value)) cur.nodes.push({ type: 'float', value: Number(value) })
    else fail(`cannot parse number ${value}`)
  }

  private parseArray(cur: ListNode): void {
    for (;;) {
      const r = this.next()
      if (r === EOF || r === '\n') fail('unterminated array')
      if (r === ']') break
    }
    let text = this.consumeText().slice(1, -1)
    if (text === '*') text = ':'
    const parts = text.split(',')
    if (parts.length > 1) {
      cur.nodes.push({ type: 'union', nodes: parts.map((s) => parseAction(`[${s.replace(/^ +| +$/g, '')}]`)) })
      return
    }
    const dictKey = /^'([^']*)'$/.exec(text)
    if (dictKey) {
      cur.nodes.push(...parseAction(`.${dictKey[1]}`).nodes)
      return
    }
    cur.nodes.push({ type: 'array', params: sliceParams(text) })
  }

  private parseFilter(cur: ListNode): void {
    this.pos += 3
    this.consumeText()
    let begin = false
    let end = false
    let pair = ''
    for (;;) {
      const r = this.next()
      if (r === EOF || r === '\n') fail('unterminated filter')
      if (r === '"' || r === "'") {
        if (!begin) {
          begin = true
          pair = r
          continue
        }
        if (this.input[this.pos - 2] !== '\\' && r === pair) end = true
      } else if (r === ')' && begin === end) break
    }
    if (this.next() !== ']') fail('unclosed array expect ]')
    const text = this.consumeText().slice(0, -2)
    const m = /^([^!<>=]+)([!<>=]+)([^\n]+?)$/.exec(text)
    if (!m) cur.nodes.push({ type: 'filter', left: parseAction(text), right: newList(), operator: 'exists' })
    else cur.nodes.push({ type: 'filter', left: parseAction(m[1]), right: parseAction(m[3]), operator: m[2] })
  }

  private parseQuote(cur: ListNode, end: string): void {
    for (;;) {
      const r = this.next()
      if (r === EOF || r === '\n') fail('unterminated quoted string')
      if (r === end && this.input[this.pos - 2] !== '\\') break
    }
    const value = this.consumeText()
    const text = unquoteExtend(value)
    if (text === undefined) fail(`unquote string ${value} error invalid syntax`)
    cur.nodes.push({ type: 'text', text: text as string })
  }

  private parseField(cur: ListNode): void {
    this.consumeText()
    for (;;) {
      const r = this.next()
      if (r === '\\') this.next()
      else if (isTerminator(r)) {
        this.backup(r)
        break
      }
    }
    const value = this.consumeText()
    if (value === '*') cur.nodes.push({ type: 'wildcard' })
    else cur.nodes.push({ type: 'field', value: value.replaceAll('\\', '') })
  }
}

/** The slice operator `[start:end:step]`, with upstream's defaults and error texts. */
function sliceParams(text: string): [ParamsEntry, ParamsEntry, ParamsEntry] {
  const m = /^(-?[0-9]*)(:-?[0-9]*)?(:-?[0-9]*)?$/.exec(text)
  if (!m) return fail(`invalid array index ${text}`)
  const params: ParamsEntry[] = []
  for (let i = 0; i < 3; i++) {
    let v = m[i + 1] ?? ''
    if (v !== '') {
      if (i > 0) v = v.slice(1)
      if (i > 0 && v === '') params.push({ value: 0, known: false, derived: false })
      else if (!/^[+-]?[0-9]+$/.test(v)) fail(`array index ${v} is not a number`)
      else params.push({ value: Number(v), known: true, derived: false })
    } else if (i === 1) params.push({ value: params[0].value + 1, known: true, derived: true })
    else params.push({ value: 0, known: false, derived: false })
  }
  return params as [ParamsEntry, ParamsEntry, ParamsEntry]
}
