// describe's output writer: levels of two-space indentation, `\t`-separated cells aligned by a
// tabwriter (minwidth 0, tabwidth 8, padding 2), labels one per line, and the Events table.
// mirrors kubernetes/kubectl pkg/describe/describe.go (tabbedString, prefixWriter, printLabelsMultiline, DescribeEvents).

import type { KubeObject } from '../../objects/meta'
import { translateTimestampSince } from '../printers/duration'
import { compareGoStrings } from '../printers/go-format'
import { TabWriter } from '../printers/tabwriter'
import type { DescribeContext } from './index'

export class PrefixWriter {
  private out = ''
  private readonly w = new TabWriter((text) => (this.out += text), 0, 8, 2, ' ', 0)

  /** Writes `format` (with `%s` placeholders) indented by `level` × 2 spaces. */
  write(level: number, format: string, ...args: (string | number)[]): void {
    let i = 0
    const text = format.replace(/%[sd]/g, () => String(args[i++]))
    this.w.write('  '.repeat(level) + text)
  }

  /** `Labels:  a=b` then further pairs aligned under the first; `<none>` when empty. */
  labels(title: string, values: Record<string, string> | undefined, level = 0): void {
    const keys = Object.keys(values ?? {}).filter((k) => k !== 'kubectl.kubernetes.io/last-applied-configuration').sort(compareGoStrings)
    if (keys.length === 0) {
      this.write(level, '%s:\t<none>\n', title)
      return
    }
    keys.forEach((key, i) => this.write(i ? 0 : level, i ? '\t%s=%s\n' : `%s:\t%s=%s\n`, ...(i ? [key, values![key]] : [title, key, values![key]])))
  }

  text(): string {
    this.w.flush()
    return this.out
  }
}

/** The `Events:` section: `<none>` or a Type/Reason/Age/From/Message table, oldest first. */
export function describeEvents(w: PrefixWriter, obj: KubeObject, ctx: DescribeContext): void {
  const events = ctx.store
    .list('Event', { namespace: obj.metadata.namespace ?? 'default' })
    .filter((e) => e.involvedObject?.uid === obj.metadata.uid)
    .sort((a, b) => Date.parse(a.lastTimestamp ?? a.firstTimestamp ?? '') - Date.parse(b.lastTimestamp ?? b.firstTimestamp ?? ''))
  if (events.length === 0) {
    w.write(0, 'Events:\t<none>\n')
    return
  }
  w.write(0, 'Events:\n')
  w.write(1, 'Type\tReason\tAge\tFrom\tMessage\n')
  w.write(1, '----\t------\t----\t----\t-------\n')
  for (const e of events) {
    const first = translateTimestampSince(e.firstTimestamp, ctx.nowMs)
    const age = e.count > 1 ? `${translateTimestampSince(e.lastTimestamp, ctx.nowMs)} (x${e.count} over ${first})` : first
    const from = [e.source?.component, e.source?.host].filter(Boolean).join(', ')
    w.write(1, '%s\t%s\t%s\t%s\t%s\n', e.type, e.reason, age, from, String(e.message ?? '').trim())
  }
}
