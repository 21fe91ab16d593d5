// Human-readable durations as kubectl and the kubelet print them.
// mirrors kubernetes/apimachinery pkg/util/duration/duration.go (HumanDuration, ShortHumanDuration),
// Go's time.Duration.String (src/time/time.go) for kubelet event texts, and
// translateTimestampSince in kubernetes/kubernetes pkg/printers/internalversion/printers.go.
//
// Durations are milliseconds (the simulator clock's unit); Go truncates toward zero, so do we.

const SECOND = 1000
const MINUTE = 60 * SECOND
const HOUR = 60 * MINUTE

/**
 * HumanDuration: ~2-3 significant figures (`95s`, `2m3s`, `10m`, `3h1m`, `47h`, `2d1h`, `367d`,
 * `2y1d`, `8y`). Below -1s it is `<invalid>`; in (-2s, 0) it is `0s` (clock skew tolerance).
 */
export function humanDuration(ms: number): string {
  const seconds = Math.trunc(ms / SECOND)
  if (seconds < -1) return '<invalid>'
  if (seconds < 0) return '0s'
  if (seconds < 60 * 2) return `${seconds}s`
  const minutes = Math.trunc(ms / MINUTE)
  if (minutes < 10) {
    const s = seconds % 60
    return s === 0 ? `${minutes}m` : `${minutes}m${s}s`
  }
  if (minutes < 60 * 3) return `${minutes}m`
  const hours = Math.trunc(ms / HOUR)
  if (hours < 8) {
    const m = minutes % 60
    return m === 0 ? `${hours}h` : `${hours}h${m}m`
  }
  if (hours < 48) return `${hours}h`
  if (hours < 24 * 8) {
    const h = hours % 24
    return h === 0 ? `${Math.trunc(hours / 24)}d` : `${Math.trunc(hours / 24)}d${h}h`
  }
  if (hours < 24 * 365 * 2) return `${Math.trunc(hours / 24)}d`
  const years = Math.trunc(hours / 24 / 365)
  if (hours < 24 * 365 * 8) {
    const dy = Math.trunc(hours / 24) % 365
    return dy === 0 ? `${years}y` : `${years}y${dy}d`
  }
  return `${years}y`
}

/**
 * ShortHumanDuration: one unit only (`59s`, `1m`, `23h`, `364d`, `1y`). Not used by kubectl
 * 1.31-1.32 table or describe output (they use humanDuration); kept for completeness.
 */
export function shortHumanDuration(ms: number): string {
  const seconds = Math.trunc(ms / SECOND)
  if (seconds < -1) return '<invalid>'
  if (seconds < 0) return '0s'
  if (seconds < 60) return `${seconds}s`
  const minutes = Math.trunc(ms / MINUTE)
  if (minutes < 60) return `${minutes}m`
  const hours = Math.trunc(ms / HOUR)
  if (hours < 24) return `${hours}h`
  if (hours < 24 * 365) return `${Math.trunc(hours / 24)}d`
  return `${Math.trunc(ms / HOUR / 24 / 365)}y`
}

/**
 * The AGE cell for an RFC 3339 `timestamp` seen at `nowMs` (Unix milliseconds): `<unknown>` when
 * the timestamp is unset or unparsable, else humanDuration(now - timestamp).
 */
export function translateTimestampSince(timestamp: string | null | undefined, nowMs: number): string {
  const at = timestamp ? Date.parse(timestamp) : NaN
  if (Number.isNaN(at)) return '<unknown>'
  return humanDuration(nowMs - at)
}

/** Trailing zeros and the point removed, as Go's fmtFrac prints `1.500` -> `1.5`, `2.000` -> `2`. */
function fraction(value: number, digits: number): string {
  if (value === 0) return ''
  return ('.' + String(value).padStart(digits, '0')).replace(/0+$/, '')
}

/**
 * Go's time.Duration.String of `ms` after Truncate(time.Millisecond), as in the kubelet's
 * `Successfully pulled image "nginx" in 3.412s (3.412s including waiting)`: `0s`, `812ms`,
 * `3.412s`, `1m2.5s`, `1h0m0s`, `-1.5s`.
 */
export function formatGoDuration(ms: number): string {
  let total = Math.trunc(ms)
  const sign = total < 0 ? '-' : ''
  total = Math.abs(total)
  if (total === 0) return '0s'
  if (total < SECOND) return `${sign}${total}ms`
  const secs = Math.trunc(total / SECOND) % 60
  const text = `${secs}${fraction(total % SECOND, 3)}s`
  const minutes = Math.trunc(total / MINUTE)
  if (minutes === 0) return sign + text
  const hours = Math.trunc(minutes / 60)
  if (hours === 0) return `${sign}${minutes}m${text}`
  return `${sign}${hours}h${minutes % 60}m${text}`
}
