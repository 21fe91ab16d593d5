// The klog line kubectl v1.32 prints when cobra rejects a command before it runs
// (`E1124 02:59:57.548384    4650 run.go:72] "command failed" err="…"`), in virtual time.

import type { KubectlContext } from './context'

/** `err` must already be escaped for a Go %q string (quotes as \\"). */
export function klogCommandFailed(ctx: KubectlContext, err: string): string {
  const date = new Date(ctx.nowMs())
  const pad = (n: number, w = 2) => String(n).padStart(w, '0')
  const stamp = `${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}.${pad(date.getUTCMilliseconds() * 1000, 6)}`
  return `E${stamp}    4650 run.go:72] "command failed" err="${err}"\n`
}
