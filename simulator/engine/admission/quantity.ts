// resource.Quantity: parsing, canonical text, comparison, exactly as the API server does.
// Mirrors kubernetes/apimachinery pkg/api/resource/quantity.go (ParseQuantity,
// CanonicalizeBytes), amount.go (AsCanonicalBytes, AsCanonicalBase1024Bytes) and suffix.go.
import { parseQuantityString, quantityErrors } from './quantity-scan'

export { quantityErrors }

export type QuantityFormat = 'DecimalExponent' | 'BinarySI' | 'DecimalSI'

/** Value `unscaled × 10^exp`; `s` is the original text when ParseQuantity keeps it (already canonical). */
export interface Quantity {
  unscaled: bigint
  exp: number
  format: QuantityFormat
  s?: string
}

export type QuantityResult = { ok: true; quantity: Quantity } | { ok: false; error: string }

const maxInt64 = 9223372036854775807n
const decimalSuffixes: Record<string, number> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 }
const binarySuffixes: Record<string, number> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 }

function interpretSuffix(suffix: string): { base: 2 | 10; exponent: number; format: QuantityFormat } | null {
  if (suffix in decimalSuffixes) return { base: 10, exponent: decimalSuffixes[suffix], format: 'DecimalSI' }
  if (suffix in binarySuffixes) return { base: 2, exponent: binarySuffixes[suffix], format: 'BinarySI' }
  if (suffix.length > 1 && (suffix[0] === 'e' || suffix[0] === 'E') && /^[+-]?\d+$/.test(suffix.slice(1))) {
    const exponent = Number(suffix.slice(1))
    if (Math.abs(exponent) < 2 ** 31) return { base: 10, exponent, format: 'DecimalExponent' }
  }
  return null
}

/** ParseQuantity: the error strings are ErrFormatWrong, ErrNumeric and ErrSuffix. */
export function parseQuantity(str: string): QuantityResult {
  if (str.length === 0) return { ok: false, error: quantityErrors.formatWrong }
  if (str === '0') return { ok: true, quantity: { unscaled: 0n, exp: 0, format: 'DecimalSI', s: '0' } }
  const scanned = parseQuantityString(str)
  if (!scanned.ok) return { ok: false, error: scanned.error }
  const { positive, value, num, denom, suffix } = scanned
  const interpreted = interpretSuffix(suffix)
  if (!interpreted) return { ok: false, error: quantityErrors.suffix }
  const fast = fastPath(str, positive, num, denom, interpreted)
  if (fast) return { ok: true, quantity: fast }
  return slowPath(value, interpreted)
}

function fastPath(
  str: string,
  positive: boolean,
  num: string,
  denom: string,
  { exponent, format }: { exponent: number; format: QuantityFormat },
): Quantity | null {
  let precision: number
  let scale = 0
  let mantissa = 1n
  if (format === 'BinarySI') {
    if (exponent >= 0 && denom.length === 0) {
      mantissa = 1n << BigInt(exponent)
      precision = 15 - num.length - Math.trunc((exponent * 3) / 10) - 1
    } else precision = -1
  } else {
    scale = exponent
    precision = 18 - (num.length + denom.length)
  }
  if (precision < 0) return null
  scale -= denom.length
  if (scale < -9) return null
  const shifted = num + denom
  const value = BigInt(shifted)
  let result = value * mantissa
  if (result > maxInt64) return null
  if (!positive) result = -result
  const keep =
    format === 'BinarySI'
      ? exponent % 10 === 0 && (value & 7n) !== 0n
      : scale % 3 === 0 && !shifted.endsWith('000') && shifted[0] !== '0'
  return keep ? { unscaled: result, exp: scale, format, s: str } : { unscaled: result, exp: scale, format }
}

function slowPath(value: string, { base, exponent, format }: { base: 2 | 10; exponent: number; format: QuantityFormat }): QuantityResult {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(value)
  if (!m || (m[2] + (m[3] ?? '')).length === 0) return { ok: false, error: quantityErrors.numeric }
  const negative = m[1] === '-'
  let unscaled = BigInt(m[2] + (m[3] ?? '') || '0')
  let exp = -(m[3] ?? '').length
  if (base === 10) exp += exponent
  else unscaled *= 1n << BigInt(exponent)
  if (unscaled !== 0n && exp < -9) {
    unscaled = ceilDiv(unscaled, 10n ** BigInt(-9 - exp))
    exp = -9
  }
  let fmt = format
  if (fmt === 'BinarySI' && compareAbs(unscaled, exp, maxInt64, 0) > 0) {
    unscaled = maxInt64
    exp = 0
  }
  if (fmt === 'BinarySI' && unscaled !== 0n && compareAbs(unscaled, exp, 1n, 0) < 0) fmt = 'DecimalSI'
  return { ok: true, quantity: { unscaled: negative ? -unscaled : unscaled, exp, format: fmt } }
}

function ceilDiv(a: bigint, b: bigint): bigint {
  return (a + b - 1n) / b
}

function compareAbs(u1: bigint, e1: number, u2: bigint, e2: number): number {
  const a = u1 < 0n ? -u1 : u1
  const b = u2 < 0n ? -u2 : u2
  const [x, y] = e1 >= e2 ? [a * 10n ** BigInt(e1 - e2), b] : [a, b * 10n ** BigInt(e2 - e1)]
  return x < y ? -1 : x > y ? 1 : 0
}

/** q.Cmp(other): -1, 0 or 1. */
export function compareQuantities(a: Quantity, b: Quantity): number {
  const e = Math.min(a.exp, b.exp)
  const x = a.unscaled * 10n ** BigInt(a.exp - e)
  const y = b.unscaled * 10n ** BigInt(b.exp - e)
  return x < y ? -1 : x > y ? 1 : 0
}

/** q.ScaledValue(scale) rounded away from zero, e.g. scale -3 for MilliValue. */
export function scaledValue(q: Quantity, scale: number): bigint {
  const shift = q.exp - scale
  if (shift >= 0) return q.unscaled * 10n ** BigInt(shift)
  const div = 10n ** BigInt(-shift)
  const abs = q.unscaled < 0n ? -q.unscaled : q.unscaled
  const rounded = ceilDiv(abs, div)
  return q.unscaled < 0n ? -rounded : rounded
}

/** q.RoundUp(-3), as SetDefaults_ResourceList applies to every ResourceList. */
export function roundUpToMilli(q: Quantity): Quantity {
  if (q.exp >= -3) return q
  return { unscaled: scaledValue(q, -3), exp: -3, format: q.format }
}

function stripTens(unscaled: bigint, exp: number): [bigint, number] {
  while (unscaled !== 0n && unscaled % 10n === 0n) {
    unscaled /= 10n
    exp += 1
  }
  while (exp % 3 !== 0) {
    unscaled *= 10n
    exp -= 1
  }
  return [unscaled, exp]
}

const decimalByExponent: Record<number, string> = { [-9]: 'n', [-6]: 'u', [-3]: 'm', 0: '', 3: 'k', 6: 'M', 9: 'G', 12: 'T', 15: 'P', 18: 'E' }
const binaryByExponent = ['', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei']

/** q.String(): the kept original text, else CanonicalizeBytes. */
export function quantityToString(q: Quantity): string {
  if (q.s !== undefined) return q.s
  if (q.unscaled === 0n) return '0'
  let format = q.format
  if (format === 'BinarySI') {
    const small = compareAbs(q.unscaled, q.exp, 1024n, 0) < 0
    const integral = q.exp >= 0 || q.unscaled % 10n ** BigInt(-q.exp) === 0n
    if (small || !integral) format = 'DecimalSI'
  }
  if (format === 'BinarySI') {
    let value = q.exp >= 0 ? q.unscaled * 10n ** BigInt(q.exp) : q.unscaled / 10n ** BigInt(-q.exp)
    let times = 0
    const abs = () => (value < 0n ? -value : value)
    while (abs() >= 1024n && value % 1024n === 0n) {
      value /= 1024n
      times += 1
    }
    return `${value}${binaryByExponent[times] ?? ''}`
  }
  const [mantissa, exponent] = stripTens(q.unscaled, q.exp)
  if (format === 'DecimalExponent') return exponent === 0 ? `${mantissa}` : `${mantissa}e${exponent}`
  return `${mantissa}${decimalByExponent[exponent] ?? ''}`
}

/** Parses and re-renders: what the server stores and prints for this text. */
export function canonicalQuantity(str: string): { ok: true; text: string } | { ok: false; error: string } {
  const r = parseQuantity(str)
  return r.ok ? { ok: true, text: quantityToString(r.quantity) } : r
}
