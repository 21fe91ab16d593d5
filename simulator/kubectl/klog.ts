// klog lines kubectl v1.32 writes to stderr (`E0902 10:00:00.000000    4650 run.go:72] …`),
// stamped with virtual time.

import type { KubectlContext } from './context'

/** A klog line of `severity` (`E`, `W`, `I`) with `location] message`. */
export function klogLine(ctx: KubectlContext, severity: 'E' | 'W' | 'I', text: string): string {
  const date = new Date(ctx.nowMs())
  const pad = (n: number, w = 2) => String(n).padStart(w, '0')
  const stamp = `${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}.${pad(date.getUTCMilliseconds() * 1000, 6)}`
  return `${severity}${stamp}    4650 ${text}\n`
}

/** cobra's failure before the command runs; `err` must already be escaped for a Go %q string. */
export function klogCommandFailed(ctx: KubectlContext, err: string): string {
  return klogLine(ctx, 'E', `run.go:72] "command failed" err="${err}"`)
}
