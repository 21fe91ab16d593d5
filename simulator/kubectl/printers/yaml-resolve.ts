// Which strings go-yaml v2 must quote because, unquoted, they would read back as another type.
// mirrors sigs.k8s.io/yaml@v1.4.0 goyaml.v2/resolve.go (resolve, parseTimestamp) and
// goyaml.v2/encode.go (isBase60Float), which kubectl 1.31-1.32 uses for `-o yaml`.

const resolveMap = new Set([
  'y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON',
  'n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF',
  '', '~', 'null', 'Null', 'NULL',
  '.nan', '.NaN', '.NAN', '.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF', '-.inf', '-.Inf', '-.INF',
  '<<',
])

const yamlStyleFloat = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/
const base60float = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/
const INT64_MIN = -(2n ** 63n)
const INT64_MAX = 2n ** 63n - 1n
const UINT64_MAX = 2n ** 64n - 1n

/** strconv.ParseInt(s, 0, 64) succeeds, or failing that strconv.ParseUint(s, 0, 64). */
function parsesAsGoInt(s: string): boolean {
  const m = /^([+-]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(s)
  if (!m) return false
  let digits = m[2]
  if (/^0[0-7]+$/.test(digits)) digits = '0o' + digits.slice(1)
  const magnitude = BigInt(digits.toLowerCase())
  const value = m[1] === '-' ? -magnitude : magnitude
  if (value >= INT64_MIN && value <= INT64_MAX) return true
  return m[1] === '' && value <= UINT64_MAX
}

/** strconv.ParseFloat without a range error (go-yaml ignores values that overflow to ±Inf). */
function parsesAsFiniteFloat(s: string): boolean {
  return Number.isFinite(Number(s))
}

function daysIn(month: number, year: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

/** Go's getnum(value, false): one digit, or two when the second is a digit too. */
const num = '([0-9][0-9]?)'
const frac = '(?:[.,][0-9]+)?'
const timestampForms = [
  new RegExp(`^([0-9]{4})-${num}-${num}[Tt]${num}:${num}:${num}${frac}(Z|[+-][0-9]{2}:[0-9]{2})$`),
  new RegExp(`^([0-9]{4})-${num}-${num} +${num}:${num}:${num}${frac}$`),
  new RegExp(`^([0-9]{4})-${num}-${num}$`),
]

/**
 * parseTimestamp: whether time.Parse accepts `s` with one of go-yaml's layouts
 * ("2006-1-2T15:4:5.999999999Z07:00", lower-case "t", "2006-1-2 15:4:5.999999999", "2006-1-2"),
 * including Go's range checks on month, day, hour, minute, second and zone offset.
 */
export function isYAMLTimestamp(s: string): boolean {
  if (!/^[0-9]{4}-/.test(s)) return false
  for (const form of timestampForms) {
    const m = form.exec(s)
    if (!m) continue
    const [year, month, day, hour = 0, minute = 0, second = 0] = m.slice(1, 7).map((x) => Number(x ?? 0))
    if (month < 1 || month > 12 || day < 1 || day > daysIn(month, year)) return false
    if (hour > 23 || minute > 59 || second > 59) return false
    const zone = m[7]
    if (zone && zone !== 'Z' && (Number(zone.slice(1, 3)) > 24 || Number(zone.slice(4, 6)) > 60)) return false
    return true
  }
  return false
}

/** The resolve() hint for the first byte: sign, digit, map candidate, '.', or none (a plain string). */
function hintOf(s: string): string {
  if (s === '') return 'N'
  const c = s[0]
  if (c === '+' || c === '-') return 'S'
  if (c >= '0' && c <= '9') return 'D'
  if ('yYnNtTfFoO~'.includes(c)) return 'M'
  if (c === '.') return '.'
  return ''
}

/** resolve("", s) returns a tag other than !!str: bool, null, int, float, timestamp or merge. */
export function resolvesToNonString(s: string): boolean {
  const hint = hintOf(s)
  if (hint === '') return false
  if (resolveMap.has(s)) return true
  if (hint === 'M' || hint === 'N') return false
  if (hint === '.') return /^\.[0-9]+([eE][-+]?[0-9]+)?$/.test(s) && parsesAsFiniteFloat(s)
  if (isYAMLTimestamp(s)) return true
  const plain = s.replaceAll('_', '')
  if (parsesAsGoInt(plain)) return true
  if (yamlStyleFloat.test(plain) && parsesAsFiniteFloat(plain)) return true
  if (plain.startsWith('0b')) return parsesAsGoIntBase2(plain.slice(2))
  if (plain.startsWith('-0b')) return parsesAsGoIntBase2('-' + plain.slice(3))
  return false
}

/** strconv.ParseInt(s, 2, 64) or strconv.ParseUint(s, 2, 64). */
function parsesAsGoIntBase2(s: string): boolean {
  const m = /^([+-]?)([01]+)$/.exec(s)
  if (!m) return false
  const magnitude = BigInt('0b' + m[2])
  const value = m[1] === '-' ? -magnitude : magnitude
  return (value >= INT64_MIN && value <= INT64_MAX) || (m[1] === '' && value <= UINT64_MAX)
}

/** isBase60Float: YAML 1.1 sexagesimal (`1:20`), quoted for other parsers' sake. */
export function isBase60Float(s: string): boolean {
  return s !== '' && /^[-+0-9]/.test(s) && s.includes(':') && base60float.test(s)
}

/** encoder.stringv's test: the string may be written plain as far as its type is concerned. */
export function canUsePlain(s: string): boolean {
  return !resolvesToNonString(s) && !isBase60Float(s)
}
