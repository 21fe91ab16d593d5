// `-o json` and the JSON fragments jsonpath prints.
// mirrors Go src/encoding/json (Marshal, MarshalIndent; map keys sorted; escapeHTML on, so `<`,
// `>`, `&` become \u003c \u003e \u0026; U+2028/U+2029 escaped; \b \f \n \r \t short escapes as
// since Go 1.22) and kubernetes/cli-runtime pkg/printers/json.go (4-space indent, trailing "\n").
import { compareGoStrings } from './go-format'
import { omitManagedFields } from './managed-fields'

const hex = '0123456789abcdef'
const shortEscapes: Record<string, string> = {
  '\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t',
}

/** A JSON string literal as encoding/json writes it (HTML-safe). */
export function quoteJSON(s: string): string {
  let out = '"'
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number
    if (shortEscapes[ch]) out += shortEscapes[ch]
    else if (cp < 0x20 || ch === '<' || ch === '>' || ch === '&') out += '\\u00' + hex[cp >> 4] + hex[cp & 15]
    else if (cp === 0x2028 || cp === 0x2029) out += '\\u' + cp.toString(16)
    else if (cp >= 0xd800 && cp <= 0xdfff) out += '\\ufffd'
    else out += ch
  }
  return out + '"'
}

function encode(v: unknown, indent: string, depth: number): string {
  if (v === null || v === undefined) return 'null'
  if (typeof v === 'string') return quoteJSON(v)
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'null'
  if (typeof v === 'boolean') return String(v)
  const inner = indent ? '\n' + indent.repeat(depth + 1) : ''
  const close = indent ? '\n' + indent.repeat(depth) : ''
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]'
    return '[' + inner + v.map((x) => encode(x, indent, depth + 1)).join(',' + inner) + close + ']'
  }
  const map = v as Record<string, unknown>
  const keys = Object.keys(map).filter((k) => map[k] !== undefined).sort(compareGoStrings)
  if (keys.length === 0) return '{}'
  const sep = indent ? ': ' : ':'
  const fields = keys.map((k) => quoteJSON(k) + sep + encode(map[k], indent, depth + 1))
  return '{' + inner + fields.join(',' + inner) + close + '}'
}

/**
 * json.Marshal (indent "") or json.MarshalIndent(v, "", indent) of a decoded JSON value.
 * Object keys are sorted as Go sorts map keys; undefined fields are omitted. No trailing newline.
 */
export function marshalJSON(value: unknown, indent = ''): string {
  return encode(value, indent, 0)
}

/**
 * `kubectl get -o json` of one object or List: 4-space indent, trailing "\n", managedFields
 * omitted unless `showManagedFields`.
 */
export function printJSON(obj: unknown, options: { showManagedFields?: boolean } = {}): string {
  const shown = options.showManagedFields ? obj : omitManagedFields(obj)
  return marshalJSON(shown, '    ') + '\n'
}
