// Go's time.Duration.String for whole milliseconds (the kubelet truncates pull durations to ms).
// mirrors golang src/time/time.go (Duration.String).

function seconds(ms: number): string {
  const whole = Math.floor(ms / 1000)
  const frac = String(ms % 1000).padStart(3, '0').replace(/0+$/, '')
  return frac ? `${whole}.${frac}s` : `${whole}s`
}

/**
 * Formats a non-negative duration given in milliseconds (fractions are truncated) as Go prints it:
 * `0s`, `812ms`, `3.412s`, `1m2.5s`, `2m0s`, `1h0m0s`.
 */
export function formatGoDuration(milliseconds: number): string {
  const ms = Math.max(0, Math.trunc(milliseconds))
  if (ms === 0) return '0s'
  if (ms < 1000) return `${ms}ms`
  const hours = Math.floor(ms / 3_600_000)
  const minutes = Math.floor((ms % 3_600_000) / 60_000)
  const rest = seconds(ms % 60_000)
  if (hours > 0) return `${hours}h${minutes}m${rest}`
  if (minutes > 0) return `${minutes}m${rest}`
  return rest
}
