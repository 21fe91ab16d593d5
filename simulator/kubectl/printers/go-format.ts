// Go's fmt and strconv renderings of decoded JSON (interface{}) values, which kubectl leaks into
// custom-columns cells (`map[app:nginx]`), jsonpath scalars and jsonpath error dumps.
// mirrors Go src/fmt/print.go (%v, %#v of map[string]interface{}, []interface{}, string, int64,
// float64, bool, nil; maps printed with sorted keys as internal/fmtsort does) and
// src/strconv/ftoa.go + quote.go (FormatFloat 'g' -1, Quote, UnquoteChar).
//
// A JS number is Go's int64 when it is an integer within int64 range, else float64, matching
// what an Unstructured object decoded from API server JSON holds.

/**
 * A Go value with no JSON counterpart that jsonpath can produce: an int literal (Go `int`), a
 * float literal (`float64`, even when integral, e.g. `3.0`) or a byte of a string (`uint8`).
 */
export class GoScalar {
  constructor(
    readonly kind: 'int' | 'float64' | 'uint8',
    readonly value: number,
  ) {}
}

/** The UTF-8 encoding of `s` (lone surrogates as U+FFFD, as Go sees them after json.Marshal). */
export function utf8Bytes(s: string): number[] {
  const bytes: number[] = []
  for (const ch of s) {
    let cp = ch.codePointAt(0) as number
    if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd
    if (cp < 0x80) bytes.push(cp)
    else if (cp < 0x800) bytes.push(0xc0 | (cp >> 6), 0x80 | (cp & 63))
    else if (cp < 0x10000) bytes.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63))
    else bytes.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63))
  }
  return bytes
}

/** Whether `n` would be an int64 (not a float64) in an Unstructured object. */
export function isGoInt(n: number): boolean {
  return Number.isInteger(n) && Math.abs(n) < 2 ** 63
}

/** strconv.FormatFloat(f, 'g', -1, 64): shortest digits; exponent form (`1.5e+06`) when exp < -4 or exp >= 6. */
export function formatGoFloat(f: number): string {
  if (Number.isNaN(f)) return 'NaN'
  if (!Number.isFinite(f)) return f > 0 ? '+Inf' : '-Inf'
  if (f === 0) return Object.is(f, -0) ? '-0' : '0'
  const [mantissa, expText] = f.toExponential().split('e')
  const exp = Number(expText)
  const neg = mantissa.startsWith('-')
  const digits = mantissa.replace(/^-/, '').replace('.', '')
  const sign = neg ? '-' : ''
  if (exp < -4 || exp >= 6) {
    const frac = digits.length > 1 ? '.' + digits.slice(1) : ''
    const e = Math.abs(exp)
    return `${sign}${digits[0]}${frac}e${exp < 0 ? '-' : '+'}${e < 10 ? '0' : ''}${e}`
  }
  const dp = exp + 1
  if (dp <= 0) return `${sign}0.${'0'.repeat(-dp)}${digits}`
  if (dp >= digits.length) return sign + digits + '0'.repeat(dp - digits.length)
  return `${sign}${digits.slice(0, dp)}.${digits.slice(dp)}`
}

/** fmt %v of a number held in an interface{}: int64 digits, or float64 'g' shortest. */
export function formatGoNumber(n: number): string {
  return isGoInt(n) ? BigInt(n).toString() : formatGoFloat(n)
}

const printable = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u

/** unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
export function isGoPrint(ch: string): boolean {
  return printable.test(ch)
}
const shortEscapes: Record<string, string> = {
  '\x07': '\\a', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\v': '\\v',
  '\\': '\\\\', '"': '\\"',
}

/** strconv.Quote: double-quoted with Go escapes; printable runes (unicode.IsPrint) kept as is. */
export function goQuote(s: string): string {
  let out = '"'
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number
    if (shortEscapes[ch]) out += shortEscapes[ch]
    else if (cp >= 0xd800 && cp <= 0xdfff) out += '\ufffd' // lone surrogate: Go sees U+FFFD
    else if (printable.test(ch)) out += ch
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + cp.toString(16).padStart(2, '0')
    else if (cp < 0x10000) out += '\\u' + cp.toString(16).padStart(4, '0')
    else out += '\\U' + cp.toString(16).padStart(8, '0')
  }
  return out + '"'
}

/** Keys in the order Go's fmt prints a map[string]... (byte-wise, i.e. code point order). */
export function sortedGoKeys(map: object): string[] {
  return Object.keys(map)
    .filter((k) => (map as Record<string, unknown>)[k] !== undefined)
    .sort(compareGoStrings)
}

/** Go's string `<`: UTF-8 byte order, which is code point order (not UTF-16 unit order). */
export function compareGoStrings(a: string, b: string): number {
  const ia = a[Symbol.iterator]()
  const ib = b[Symbol.iterator]()
  for (;;) {
    const x = ia.next()
    const y = ib.next()
    if (x.done || y.done) return x.done && y.done ? 0 : x.done ? -1 : 1
    const d = (x.value.codePointAt(0) as number) - (y.value.codePointAt(0) as number)
    if (d !== 0) return d
  }
}

/** The reflect type name of a decoded JSON value: `map[string]interface {}`, `[]interface {}`, `string`, … */
export function goTypeName(v: unknown): string {
  if (v === null || v === undefined) return '<nil>'
  if (v instanceof GoScalar) return v.kind
  if (Array.isArray(v)) return '[]interface {}'
  switch (typeof v) {
    case 'string': return 'string'
    case 'boolean': return 'bool'
    case 'number': return isGoInt(v) ? 'int64' : 'float64'
    default: return 'map[string]interface {}'
  }
}

/** fmt.Sprint(v) (%v): `map[a:1 b:[x y]]`, `[1 2]`, `<nil>`, raw strings. */
export function formatGoValue(v: unknown): string {
  if (v === null || v === undefined) return '<nil>'
  if (v instanceof GoScalar) return v.kind === 'float64' ? formatGoFloat(v.value) : String(v.value)
  if (Array.isArray(v)) return '[' + v.map(formatGoValue).join(' ') + ']'
  switch (typeof v) {
    case 'string': return v
    case 'boolean': return String(v)
    case 'number': return formatGoNumber(v)
  }
  const map = v as Record<string, unknown>
  return 'map[' + sortedGoKeys(map).map((k) => `${k}:${formatGoValue(map[k])}`).join(' ') + ']'
}

/** fmt.Sprintf("%#v", v) of a value held in an interface{}: Go syntax, as kubectl's jsonpath error dump. */
export function formatGoSyntax(v: unknown): string {
  if (v === null || v === undefined) return 'interface {}(nil)'
  if (v instanceof GoScalar) return v.kind === 'uint8' ? '0x' + v.value.toString(16) : formatGoValue(v)
  if (Array.isArray(v)) return '[]interface {}{' + v.map(formatGoSyntax).join(', ') + '}'
  switch (typeof v) {
    case 'string': return goQuote(v)
    case 'boolean': return String(v)
    case 'number': return formatGoNumber(v)
  }
  const map = v as Record<string, unknown>
  const entries = sortedGoKeys(map).map((k) => `${goQuote(k)}:${formatGoSyntax(map[k])}`)
  return 'map[string]interface {}{' + entries.join(', ') + '}'
}

const unquoteEscapes: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' }

/** One strconv.UnquoteChar escape at the start of `rest` (after the backslash): [text, length] or undefined. */
function unquoteEscape(rest: string, quote: string): [string, number] | undefined {
  const e = rest[0]
  if (unquoteEscapes[e]) return [unquoteEscapes[e], 1]
  if (e === "'" || e === '"') return e === quote ? [e, 1] : undefined
  const hex = /^(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8}))/.exec(rest)
  if (hex) {
    const code = parseInt(hex[1] ?? hex[2] ?? hex[3], 16)
    if (hex[1]) return [String.fromCharCode(code), 3] // a single byte; bytes >= 0x80 approximate Go's raw byte
    if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined
    return [String.fromCodePoint(code), hex[0].length]
  }
  const octal = /^[0-7]{3}/.exec(rest)
  if (!octal || parseInt(octal[0], 8) > 255) return undefined
  return [String.fromCharCode(parseInt(octal[0], 8)), 3]
}

/**
 * UnquoteExtend from client-go util/jsonpath/parser.go: strconv.Unquote (via UnquoteChar) that also
 * accepts single-quoted strings; undefined on invalid syntax.
 */
export function unquoteExtend(s: string): string | undefined {
  const quote = s[0]
  if (s.length < 2 || quote !== s[s.length - 1] || (quote !== '"' && quote !== "'")) return undefined
  const body = s.slice(1, -1)
  let out = ''
  for (let i = 0; i < body.length; ) {
    if (body[i] === quote) return undefined
    if (body[i] !== '\\') {
      out += body[i++]
      continue
    }
    const escaped = unquoteEscape(body.slice(i + 1), quote)
    if (!escaped) return undefined
    out += escaped[0]
    i += 1 + escaped[1]
  }
  return out
}
