// Parses the small POSIX-sh subset learners put in `sh -c '...'`: lists (; && || & newline),
// pipelines, while/until/for/if, { } and ( ) groups, assignments, quotes, $VAR, ${VAR}, $(...),
// backquotes, $((...)) and the usual redirections. Anything else is a parse error the runner notes.

/** A piece of a word; `quoted` segments are not field-split. */
export type Segment =
  | { kind: 'lit'; text: string; quoted: boolean }
  | { kind: 'var'; name: string; quoted: boolean }
  | { kind: 'cmd'; script: string; quoted: boolean }
  | { kind: 'arith'; expr: string; quoted: boolean }

export type Word = Segment[]

export type Redirect = { fd: 1 | 2; to: 'file' | 'null' | 'stdout' | 'stderr'; path?: string } | { fd: 0 }

export type Node =
  | { t: 'simple'; assigns: { name: string; value: Word }[]; words: Word[]; redirects: Redirect[]; line: number }
  | { t: 'list'; items: { node: Node; op: ';' | '&&' | '||' | '&' }[] }
  | { t: 'loop'; until: boolean; cond: Node; body: Node }
  | { t: 'for'; name: string; items: Word[]; body: Node }
  | { t: 'if'; cond: Node; then: Node; otherwise?: Node }
  | { t: 'pipe'; cmds: Node[] }
  | { t: 'group'; body: Node }

type Token = { op: string; line: number } | { word: Word; line: number }

const OPERATORS = ['2>&1', '1>&2', '>&2', '&>', '2>>', '2>', '>>', '&&', '||', ';', '&', '|', '(', ')', '>', '<']
const KEYWORDS = new Set(['while', 'until', 'for', 'if', 'then', 'else', 'elif', 'fi', 'do', 'done', 'in', '{', '}'])

/** Index just past the bracket that closes the one opened before `from` (`open`/`close` pairs). */
function matching(src: string, from: number, open: string, close: string): number {
  let depth = 1
  let quote = ''
  for (let i = from; i < src.length; i++) {
    const c = src[i]
    if (quote) {
      if (c === quote) quote = ''
    } else if (c === "'" || c === '"') quote = c
    else if (src.startsWith(open, i)) depth++
    else if (src.startsWith(close, i) && --depth === 0) return i + close.length
  }
  throw new Error(`unterminated ${open}`)
}

/** Reads one `$...` expansion at `i` (pointing at `$`); returns the segment and the next index. */
function dollar(src: string, i: number, quoted: boolean): [Segment, number] {
  if (src.startsWith('$((', i)) {
    const end = matching(src, i + 3, '((', '))')
    return [{ kind: 'arith', expr: src.slice(i + 3, end - 2), quoted }, end]
  }
  if (src[i + 1] === '(') {
    const end = matching(src, i + 2, '(', ')')
    return [{ kind: 'cmd', script: src.slice(i + 2, end - 1), quoted }, end]
  }
  if (src[i + 1] === '{') {
    const end = src.indexOf('}', i)
    if (end < 0) throw new Error('unterminated ${')
    return [{ kind: 'var', name: src.slice(i + 2, end), quoted }, end + 1]
  }
  const m = /^(?:[A-Za-z_][A-Za-z0-9_]*|[0-9?$#@*!-])/.exec(src.slice(i + 1))
  if (!m) return [{ kind: 'lit', text: '$', quoted }, i + 1]
  return [{ kind: 'var', name: m[0], quoted }, i + 1 + m[0].length]
}

/** Reads a double-quoted string starting after the opening quote. */
function doubleQuoted(src: string, i: number, word: Word): number {
  let text = ''
  const flush = () => {
    if (text) word.push({ kind: 'lit', text, quoted: true })
    text = ''
  }
  while (i < src.length && src[i] !== '"') {
    if (src[i] === '\\' && '"\\$`'.includes(src[i + 1] ?? '')) {
      text += src[i + 1]
      i += 2
    } else if (src[i] === '$' || src[i] === '`') {
      flush()
      const [seg, next] = src[i] === '$' ? dollar(src, i, true) : backquote(src, i, true)
      word.push(seg)
      i = next
    } else text += src[i++]
  }
  if (i >= src.length) throw new Error('unterminated "')
  flush()
  return i + 1
}

function backquote(src: string, i: number, quoted: boolean): [Segment, number] {
  const end = src.indexOf('`', i + 1)
  if (end < 0) throw new Error('unterminated `')
  return [{ kind: 'cmd', script: src.slice(i + 1, end), quoted }, end + 1]
}

/** Reads an unquoted word starting at `i`; inside `[[ ]]` only blanks end a word. */
function readWord(src: string, i: number, conditional = false): [Word, number] {
  const word: Word = []
  let text = ''
  const flush = () => {
    if (text) word.push({ kind: 'lit', text, quoted: false })
    text = ''
  }
  const end = conditional ? /\s/ : /[\s;&|()<>]/
  while (i < src.length && !end.test(src[i])) {
    const c = src[i]
    if (c === "'") {
      const end = src.indexOf("'", i + 1)
      if (end < 0) throw new Error("unterminated '")
      flush()
      word.push({ kind: 'lit', text: src.slice(i + 1, end), quoted: true })
      i = end + 1
    } else if (c === '"') {
      flush()
      i = doubleQuoted(src, i + 1, word)
    } else if (c === '\\') {
      text += src[i + 1] ?? ''
      i += 2
    } else if (c === '$' || c === '`') {
      flush()
      const [seg, next] = c === '$' ? dollar(src, i, false) : backquote(src, i, false)
      word.push(seg)
      i = next
    } else text += src[i++]
  }
  flush()
  return [word, i]
}

/** Splits `src` into operator and word tokens; throws on unterminated quotes. */
export function tokenize(src: string): Token[] {
  const tokens: Token[] = []
  let line = 1
  let i = 0
  let conditional = false
  while (i < src.length) {
    const c = src[i]
    if (c === '\n') {
      tokens.push({ op: '\n', line: line++ })
      i++
    } else if (c === ' ' || c === '\t' || c === '\r') i++
    else if (c === '#') while (i < src.length && src[i] !== '\n') i++
    else {
      const op = conditional ? undefined : OPERATORS.find((o) => src.startsWith(o, i))
      if (conditional && src.startsWith(']]', i)) {
        tokens.push({ word: [{ kind: 'lit', text: ']]', quoted: false }], line })
        conditional = false
        i += 2
      } else if (op) {
        tokens.push({ op, line })
        i += op.length
      } else {
        const [word, next] = readWord(src, i, conditional)
        const text = plainText(word)
        if (text === '[[') conditional = true
        tokens.push({ word, line })
        i = next
      }
    }
  }
  return tokens
}

/** The plain text of a word made of unquoted literals only (keywords, names), else undefined. */
export function plainText(word: Word): string | undefined {
  return word.every((s) => s.kind === 'lit' && !s.quoted) ? word.map((s) => (s.kind === 'lit' ? s.text : '')).join('') : undefined
}

export { KEYWORDS }

/**
 * Where output of `fd` goes under `redirects`: dropped (to /dev/null or a file), the files written,
 * and whether stdout was sent to stderr (`>&2`).
 */
export function routeOutput(redirects: readonly Redirect[], fd: 1 | 2): { drop: boolean; files: string[]; toStderr: boolean } {
  const own = redirects.filter((r): r is Exclude<Redirect, { fd: 0 }> => r.fd === fd)
  const follow = fd === 2 && own.some((r) => r.to === 'stdout')
  const effective = follow ? redirects.filter((r): r is Exclude<Redirect, { fd: 0 }> => r.fd === 1) : own
  return {
    drop: effective.some((r) => r.to === 'null' || r.to === 'file'),
    files: effective.filter((r) => r.to === 'file' && r.path).map((r) => r.path as string),
    toStderr: own.some((r) => r.to === 'stderr'),
  }
}
