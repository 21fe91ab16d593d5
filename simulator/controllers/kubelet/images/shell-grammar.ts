// Recursive-descent parser from shell tokens to the Node tree the runner walks.
import { KEYWORDS, plainText, tokenize, type Node, type Redirect, type Word } from './shell-parse'

type Token = ReturnType<typeof tokenize>[number]

const REDIRECTS = new Set(['>', '>>', '2>', '2>>', '&>', '<', '2>&1', '1>&2', '>&2'])

class Parser {
  private i = 0
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token | undefined {
    return this.tokens[this.i]
  }

  private isOp(op: string): boolean {
    const t = this.peek()
    return t !== undefined && 'op' in t && t.op === op
  }

  private keyword(): string | undefined {
    const t = this.peek()
    if (!t || !('word' in t)) return undefined
    const text = plainText(t.word)
    return text !== undefined && KEYWORDS.has(text) ? text : undefined
  }

  private expectKeyword(word: string): void {
    this.skipNewlines()
    if (this.keyword() !== word) throw new Error(`syntax error: expected "${word}"`)
    this.i++
  }

  private skipNewlines(): void {
    while (this.isOp('\n') || this.isOp(';')) this.i++
  }

  /** list := and_or (sep and_or)*, stopping before any of `stops` (keywords or `)`). */
  list(stops: readonly string[] = []): Node {
    const items: { node: Node; op: ';' | '&&' | '||' | '&' }[] = []
    this.skipNewlines()
    while (this.peek() && !stops.includes(this.keyword() ?? '') && !(stops.includes(')') && this.isOp(')'))) {
      items.push({ node: this.pipeline(), op: ';' })
      const t = this.peek()
      if (t && 'op' in t && ['&&', '||', '&', ';', '\n'].includes(t.op)) {
        items[items.length - 1].op = t.op === '\n' ? ';' : (t.op as ';' | '&&' | '||' | '&')
        this.i++
        if (t.op !== '&&' && t.op !== '||') this.skipNewlines()
      } else break
    }
    return { t: 'list', items }
  }

  private pipeline(): Node {
    const cmds = [this.command()]
    while (this.isOp('|')) {
      this.i++
      cmds.push(this.command())
    }
    return cmds.length === 1 ? cmds[0] : { t: 'pipe', cmds }
  }

  private command(): Node {
    const kw = this.keyword()
    if (kw === 'while' || kw === 'until') return this.loop(kw === 'until')
    if (kw === 'for') return this.forLoop()
    if (kw === 'if') return this.ifClause()
    if (kw === '{') return this.group('}', () => this.expectKeyword('}'))
    if (this.isOp('(')) return this.group(')', () => this.expectOp(')'))
    return this.simple()
  }

  private expectOp(op: string): void {
    this.skipNewlines()
    if (!this.isOp(op)) throw new Error(`syntax error: expected "${op}"`)
    this.i++
  }

  private group(stop: string, close: () => void): Node {
    this.i++
    const body = this.list([stop])
    close()
    return { t: 'group', body }
  }

  private loop(until: boolean): Node {
    this.i++
    const cond = this.list(['do'])
    this.expectKeyword('do')
    const body = this.list(['done'])
    this.expectKeyword('done')
    return { t: 'loop', until, cond, body }
  }

  private forLoop(): Node {
    this.i++
    const name = this.word()
    const items: Word[] = []
    if (this.keyword() === 'in') {
      this.i++
      while (this.peek() && 'word' in this.peek()!) items.push(this.word())
    }
    this.expectKeyword('do')
    const body = this.list(['done'])
    this.expectKeyword('done')
    return { t: 'for', name: plainText(name) ?? '_', items, body }
  }

  private ifClause(): Node {
    this.i++
    const cond = this.list(['then'])
    this.expectKeyword('then')
    const then = this.list(['else', 'elif', 'fi'])
    const kw = this.keyword()
    let otherwise: Node | undefined
    if (kw === 'elif') otherwise = this.ifClause()
    else {
      if (kw === 'else') {
        this.i++
        otherwise = this.list(['fi'])
      }
      this.expectKeyword('fi')
    }
    return { t: 'if', cond, then, otherwise }
  }

  private word(): Word {
    const t = this.peek()
    if (!t || !('word' in t)) throw new Error('syntax error: expected a word')
    this.i++
    return t.word
  }

  private simple(): Node {
    const line = this.peek()?.line ?? 1
    const assigns: { name: string; value: Word }[] = []
    const words: Word[] = []
    const redirects: Redirect[] = []
    for (let t = this.peek(); t; t = this.peek()) {
      if ('op' in t) {
        if (!REDIRECTS.has(t.op)) break
        this.i++
        redirects.push(this.redirect(t.op))
      } else {
        const word = this.word()
        const head = word[0]
        const m = head?.kind === 'lit' && !head.quoted ? /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(head.text) : null
        if (m && words.length === 0) {
          const rest = head.kind === 'lit' ? head.text.slice(m[0].length) : ''
          const first = rest ? [{ kind: 'lit' as const, text: rest, quoted: false }] : []
          assigns.push({ name: m[1], value: [...first, ...word.slice(1)] })
        } else words.push(word)
      }
    }
    if (words.length === 0 && assigns.length === 0 && redirects.length === 0) throw new Error('syntax error')
    return { t: 'simple', assigns, words, redirects, line }
  }

  private redirect(op: string): Redirect {
    if (op === '2>&1') return { fd: 2, to: 'stdout' }
    if (op === '1>&2' || op === '>&2') return { fd: 1, to: 'stderr' }
    const target = plainText(this.word()) ?? ''
    if (op === '<') return { fd: 0 }
    const to = target === '/dev/null' ? 'null' : 'file'
    return { fd: op.startsWith('2') ? 2 : 1, to, path: target }
  }

  done(): boolean {
    return this.i >= this.tokens.length
  }
}

/** Parses a shell script; throws an Error whose message is the syntax problem. */
export function parseShell(script: string): Node {
  const parser = new Parser(tokenize(script))
  const tree = parser.list()
  if (!parser.done()) throw new Error('syntax error: unexpected token')
  return tree
}

/** Whether `cond` is the single command `word` (`true` or `:` for true, `false`). */
export function isConstant(cond: Node, word: 'true' | 'false'): boolean {
  const only = cond.t === 'list' && cond.items.length === 1 ? cond.items[0].node : cond
  if (only.t !== 'simple' || only.words.length !== 1) return false
  const text = plainText(only.words[0])
  return word === 'true' ? text === 'true' || text === ':' : text === 'false'
}
