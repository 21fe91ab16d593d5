// `$'…'` strings: bash's ANSI-C quoting, with backslash escapes decoded at parse time.

import { unmatched, unmatchedLine } from './diagnostics'
import type { PartList, ScanContext } from './scan-word'

const SIMPLE: Record<string, string> = {
  a: '\x07', b: '\b', e: '\x1b', E: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
  '\\': '\\', "'": "'", '"': '"', '?': '?',
}

/**
 * Scans `$'…'` (`p` at `$`, `q` at the opening quote) into one quoted text; returns the offset
 * after the closing quote, or null with `ctx.error` set when the quote never closes.
 */
export function scanAnsiC(ctx: ScanContext, p: number, q: number, limit: number, parts: PartList): number | null {
  const text = ctx.source.text
  let value = ''
  let i = q + 1
  while (i < limit && text[i] !== "'") {
    if (text[i] !== '\\' || i + 1 >= limit) {
      value += text[i++]
      continue
    }
    const escape = decodeEscape(text, i + 1, limit)
    value += escape.value
    i = escape.end
  }
  if (i >= limit) {
    ctx.error ??= unmatched(ctx.source, "'", unmatchedLine(ctx.source, p), ctx.commandStart)
    return null
  }
  parts.text(value, true, p, i + 1)
  return i + 1
}

/** Decodes the escape whose letter is at `i` (just past the backslash). */
function decodeEscape(text: string, i: number, limit: number): { value: string; end: number } {
  const c = text[i]
  if (c in SIMPLE) return { value: SIMPLE[c], end: i + 1 }
  if (/[0-7]/.test(c)) return numeric(text, i, limit, /[0-7]/, 3, 8)
  if (c === 'x') return numeric(text, i + 1, limit, /[0-9a-fA-F]/, 2, 16, '\\x')
  if (c === 'u') return numeric(text, i + 1, limit, /[0-9a-fA-F]/, 4, 16, '\\u')
  if (c === 'U') return numeric(text, i + 1, limit, /[0-9a-fA-F]/, 8, 16, '\\U')
  if (c === 'c' && i + 1 < limit) return { value: String.fromCharCode(text.charCodeAt(i + 1) & 0x1f), end: i + 2 }
  return { value: '\\' + c, end: i + 1 }
}

/** Up to `max` digits matching `digit` from `i`; with none, the escape stays literal (`fallback`). */
function numeric(text: string, i: number, limit: number, digit: RegExp, max: number, radix: number, fallback = '') {
  let end = i
  while (end < limit && end - i < max && digit.test(text[end])) end++
  if (end === i) return { value: fallback, end: i }
  const code = parseInt(text.slice(i, end), radix)
  const value = code <= 0x10ffff ? String.fromCodePoint(radix === 8 ? code & 0xff : code) : ''
  return { value, end }
}
