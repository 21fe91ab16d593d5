// Decoding of the leaf values that parse their own JSON: RFC 3339 times (metav1.Time),
// base64 byte slices ([]byte) and Go integers.
// Mirrors golang time/format.go (Parse with time.RFC3339, ParseError.Error),
// encoding/base64 (StdEncoding.Decode, CorruptInputError) and strconv.ParseInt.

const rfc3339 = '2006-01-02T15:04:05Z07:00'

export type Decoded<T> = { ok: true; value: T } | { ok: false; error: string }

function parseError(value: string, rest: string, elem: string): Decoded<string> {
  return { ok: false, error: `parsing time "${value}" as "${rfc3339}": cannot parse "${rest}" as "${elem}"` }
}

const steps: ReadonlyArray<[RegExp, string]> = [
  [/^\d{4}/, '2006'],
  [/^-/, '-'],
  [/^\d{2}/, '01'],
  [/^-/, '-'],
  [/^\d{2}/, '02'],
  [/^T/, 'T'],
  [/^\d{1,2}/, '15'],
  [/^:/, ':'],
  [/^\d{2}/, '04'],
  [/^:/, ':'],
  [/^\d{2}(?:[.,]\d+)?/, '05'],
  [/^(?:Z|[+-]\d{2}:\d{2})/, 'Z07:00'],
]

function daysIn(month: number, year: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** time.Parse(time.RFC3339, s) then Format in UTC at second precision, as metav1.Time marshals. */
export function decodeTime(value: string): Decoded<string> {
  let rest = value
  const parts: string[] = []
  for (const [pattern, elem] of steps) {
    const m = pattern.exec(rest)
    if (!m) return parseError(value, rest, elem)
    parts.push(m[0])
    rest = rest.slice(m[0].length)
  }
  if (rest.length > 0) return { ok: false, error: `parsing time "${value}": extra text: "${rest}"` }
  const [year, month, day, hour, minute, second] = [0, 2, 4, 6, 8, 10].map((i) => parseInt(parts[i], 10))
  const range = (what: string): Decoded<string> => ({ ok: false, error: `parsing time "${value}": ${what} out of range` })
  if (month < 1 || month > 12) return range('month')
  if (hour > 23) return range('hour')
  if (minute > 59) return range('minute')
  if (second > 59) return range('second')
  if (day < 1 || day > daysIn(month, year)) return range('day')
  const zone = parts[11]
  const offset = zone === 'Z' ? 0 : (zone[0] === '-' ? -1 : 1) * (parseInt(zone.slice(1, 3), 10) * 60 + parseInt(zone.slice(4), 10))
  const utc = Date.UTC(year, month - 1, day, hour, minute, second) - offset * 60_000
  return { ok: true, value: new Date(utc).toISOString().replace(/\.\d{3}Z$/, 'Z') }
}

const b64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** base64.StdEncoding.Decode then re-encode: the canonical text of a []byte, or Go's CorruptInputError text. */
export function decodeBytes(text: string): Decoded<string> {
  const chars: Array<[string, number]> = []
  for (let i = 0; i < text.length; i++) if (text[i] !== '\r' && text[i] !== '\n') chars.push([text[i], i])
  let padStart = chars.length
  while (padStart > 0 && chars[padStart - 1][0] === '=' && chars.length - padStart < 2) padStart--
  for (let i = 0; i < padStart; i++) {
    if (!b64.includes(chars[i][0])) return corrupt(chars[i][1])
  }
  const padding = chars.length - padStart
  if (chars.length % 4 !== 0) return corrupt(chars.length > 0 ? chars[chars.length - 1][1] + 1 - ((chars.length % 4) === 1 ? 1 : 0) : 0)
  if (padding > 0 && padStart % 4 < 2) return corrupt(chars[padStart][1])
  return { ok: true, value: chars.map((c) => c[0]).join('') }
}

function corrupt(offset: number): Decoded<string> {
  return { ok: false, error: `illegal base64 data at input byte ${offset}` }
}

/** strconv.ParseInt(text, 10, 64) plus the target's overflow check; null when Go would reject it. */
export function parseGoInt(text: string, bits: 32 | 64): number | null {
  if (!/^[+-]?\d+$/.test(text)) return null
  const n = BigInt(text)
  const limit = bits === 32 ? 2n ** 31n : 2n ** 63n
  if (n >= limit || n < -limit) return null
  return Number(n)
}
