// The quantity scanner: splits `1.5Gi` into sign, numerator, denominator and suffix.
// Mirrors parseQuantityString in kubernetes/apimachinery pkg/api/resource/quantity.go,
// including what it tolerates (`1.G`, leading zeros, a bare `+`).

export const quantityErrors = {
  formatWrong: "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'",
  numeric: 'unable to parse numeric part of quantity',
  suffix: "unable to parse quantity's suffix",
} as const

export type Scanned =
  | { ok: true; positive: boolean; value: string; num: string; denom: string; suffix: string }
  | { ok: false; error: string }

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9'
const suffixChars = 'eEinumkKMGTP'

/** parseQuantityString: `value` is the numeric prefix as written (with sign), used by the slow path. */
export function parseQuantityString(str: string): Scanned {
  let positive = true
  let pos = 0
  const end = str.length
  if (str[0] === '-') {
    positive = false
    pos++
  } else if (str[0] === '+') pos++
  while (pos < end && str[pos] === '0') pos++
  if (pos >= end) return { ok: true, positive, value: '0', num: '0', denom: '', suffix: '' }
  let i = pos
  while (i < end && isDigit(str[i])) i++
  if (i >= end) return { ok: true, positive, value: str, num: str.slice(pos), denom: '', suffix: '' }
  const num = str.slice(pos, i) || '0'
  pos = i
  let denom = ''
  if (str[pos] === '.') {
    pos++
    i = pos
    while (i < end && isDigit(str[i])) i++
    denom = str.slice(pos, i)
    if (i >= end) return { ok: true, positive, value: str, num, denom, suffix: '' }
    pos = i
  }
  const value = str.slice(0, pos)
  const suffixStart = pos
  i = pos
  while (i < end && suffixChars.includes(str[i])) i++
  if (i >= end) return { ok: true, positive, value, num, denom, suffix: str.slice(suffixStart) }
  pos = i
  if (str[pos] === '-' || str[pos] === '+') pos++
  i = pos
  while (i < end && isDigit(str[i])) i++
  if (i >= end) return { ok: true, positive, value, num, denom, suffix: str.slice(suffixStart) }
  return { ok: false, error: quantityErrors.formatWrong }
}
