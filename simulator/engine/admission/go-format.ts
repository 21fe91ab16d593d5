// Go's fmt rendering of the values that appear inside API error messages: strconv.Quote for
// strings (`%q`) and the Go-syntax `%#v` of maps, slices and a few API structs.
// Mirrors golang strconv/quote.go (appendQuotedWith) and fmt/print.go (printValue with sharpV).

/** Marks a value already rendered in Go syntax (what `%#v` would print). */
export interface GoSyntax {
  goSyntax: string
}

const namedEscapes: Record<string, string> = {
  '\u0007': '\\a',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\u000b': '\\v',
  '\\': '\\\\',
  '"': '\\"',
}

/** Whether Go's unicode.IsPrint accepts the code point (approximation: controls and non-ASCII spaces are not printable). */
function isPrint(cp: number): boolean {
  if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) return false
  if (cp === 0xa0 || cp === 0xad || cp === 0x1680 || (cp >= 0x2000 && cp <= 0x200f)) return false
  if ((cp >= 0x2028 && cp <= 0x202f) || cp === 0x205f || cp === 0x3000 || cp === 0xfeff) return false
  if (cp >= 0xd800 && cp <= 0xdfff) return false
  return cp !== 0xfffe && cp !== 0xffff
}

/** strconv.Quote: a double-quoted Go string literal. */
export function goQuote(s: string): string {
  let out = '"'
  for (const ch of s) {
    const escape = namedEscapes[ch]
    if (escape) {
      out += escape
      continue
    }
    const cp = ch.codePointAt(0) ?? 0
    if (isPrint(cp)) out += ch
    else if (cp < 0x80) out += `\\x${cp.toString(16).padStart(2, '0')}`
    else if (cp < 0x10000) out += `\\u${cp.toString(16).padStart(4, '0')}`
    else out += `\\U${cp.toString(16).padStart(8, '0')}`
  }
  return out + '"'
}

/** `%#v` of a map[string]string: keys sorted, as fmt prints maps. */
export function goStringMap(m: Record<string, unknown> | undefined | null, type = 'map[string]string'): string {
  if (m === undefined || m === null) return `${type}(nil)`
  const entries = Object.keys(m)
    .sort(compareGoStrings)
    .map((k) => `${goQuote(k)}:${goQuote(String(m[k]))}`)
  return `${type}{${entries.join(', ')}}`
}

/** `%#v` of a []string (or a named string slice type). */
export function goStringSlice(list: readonly string[] | undefined | null, type = '[]string'): string {
  if (list === undefined || list === null) return `${type}(nil)`
  return `${type}{${list.map((s) => goQuote(String(s))).join(', ')}}`
}

/** `%#v` of a pointer: `(*T)(nil)` or a stand-in address (real addresses vary run to run). */
export function goPointer(type: string, present: boolean): string {
  return present ? `(*${type})(0xc000a4e2a0)` : `(*${type})(nil)`
}

/**
 * `%#v` of an intstr.IntOrString value: its String method has a pointer receiver, so a field
 * error holding the value prints the struct (`intstr.IntOrString{Type:0, IntVal:2, StrVal:""}`).
 */
export function goIntOrString(value: number | string): string {
  return typeof value === 'string' ? `intstr.IntOrString{Type:1, IntVal:0, StrVal:${goQuote(value)}}` : `intstr.IntOrString{Type:0, IntVal:${value}, StrVal:""}`
}

/** Byte-wise string order, as Go's sort.Strings and map printing use (UTF-16 order differs only above U+FFFF). */
export function compareGoStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** The text encoding/json writes for a float64 or int64 number (ES6 formatting, as Go's encoder uses). */
export function goNumberText(n: number): string {
  return Object.is(n, -0) ? '-0' : String(n)
}

/** `%+v` of a decoded JSON value (map[string]interface{}): `map[spec:map[replicas:3]]`, keys sorted, strings bare. */
export function goPlusV(value: unknown): string {
  if (value === null || value === undefined) return '<nil>'
  if (Array.isArray(value)) return `[${value.map(goPlusV).join(' ')}]`
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>
    const entries = Object.keys(record)
      .sort(compareGoStrings)
      .map((k) => `${k}:${goPlusV(record[k])}`)
    return `map[${entries.join(' ')}]`
  }
  return typeof value === 'number' ? goNumberText(value) : String(value)
}
