// describe's output writer: levels of two-space indentation, `\t`-separated cells aligned by one
// tabwriter (minwidth 0, tabwidth 8, padding 2) over the whole text, multi-line label,
// annotation, toleration and pod lists, and the Events table.
// mirrors kubernetes/kubectl pkg/describe/describe.go (tabbedString, prefixWriter,
// printLabelsMultilineWithIndent, printAnnotationsMultilineWithFilter,
// printTolerationsMultilineWithIndent, printPodsMultilineWithIndent, DescribeEvents).

import type { KubeObject } from '../../objects/meta'
import { translateTimestampSince } from '../printers/duration'
import { compareGoStrings } from '../printers/go-format'
import { TabWriter } from '../printers/tabwriter'
import type { DescribeContext } from './index'

const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration'
const MAX_ANNOTATION_LEN = 140

export class PrefixWriter {
  private out = ''
  private readonly w = new TabWriter((text) => (this.out += text), 0, 8, 2, ' ', 0)

  /** Writes `format` (`%s`/`%d` placeholders) indented by `level` × 2 spaces. */
  write(level: number, format: string, ...args: (string | number | boolean)[]): void {
    let i = 0
    const text = format.replace(/%[sdv]/g, () => String(args[i++]))
    this.w.write('  '.repeat(level) + text)
  }

  flush(): void {
    this.w.flush()
  }

  /** `Labels:  a=b`, further pairs under the first; `<none>` when empty. */
  labels(title: string, values: Record<string, string> | undefined, indent = ''): void {
    this.write(0, '%s%s:\t', indent, title)
    const keys = Object.keys(values ?? {}).sort(compareGoStrings)
    if (keys.length === 0) return this.write(0, '<none>\n')
    keys.forEach((key, i) => {
      if (i) this.write(0, '%s\t', indent)
      this.write(0, '%s=%s\n', key, values![key])
    })
  }

  /** `Annotations:  key: value`, long or multi-line values on their own lines; last-applied hidden. */
  annotations(title: string, values: Record<string, string> | undefined, indent = ''): void {
    this.write(0, '%s%s:\t', indent, title)
    const keys = Object.keys(values ?? {}).filter((k) => k !== LAST_APPLIED).sort(compareGoStrings)
    if (keys.length === 0) return this.write(0, '<none>\n')
    keys.forEach((key, i) => {
      if (i) this.write(0, '%s\t', indent)
      const value = values![key].replace(/\n$/, '')
      if (value.length + key.length + 2 > MAX_ANNOTATION_LEN || value.includes('\n')) {
        this.write(0, '%s:\n', key)
        for (const line of value.split('\n')) this.write(0, '%s\t  %s\n', indent, line.length > MAX_ANNOTATION_LEN - 2 ? `${line.slice(0, MAX_ANNOTATION_LEN - 5)}...` : line)
      } else this.write(0, '%s: %s\n', key, value)
    })
  }

  /** `Tolerations:  key:Effect op=Exists for 300s`, sorted by key. */
  tolerations(title: string, tolerations: Toleration[] | undefined, indent = ''): void {
    this.write(0, '%s%s:\t', indent, title)
    if (!tolerations?.length) return this.write(0, '<none>\n')
    ;[...tolerations].sort((a, b) => compareGoStrings(a.key ?? '', b.key ?? '')).forEach((t, i) => {
      if (i) this.write(0, '%s\t', indent)
      let text = t.key ?? ''
      if (t.value) text += `=${t.value}`
      if (t.effect) text += `:${t.effect}`
      if (t.operator === 'Exists' && !t.value) text += t.key || t.effect ? ' op=Exists' : 'op=Exists'
      if (t.tolerationSeconds !== undefined) text += ` for ${t.tolerationSeconds}s`
      this.write(0, '%s\n', text)
    })
  }

  /** `Used By:  web-0` and further pod names under the first. */
  pods(title: string, pods: readonly KubeObject[]): void {
    this.write(0, '%s:\t', title)
    if (pods.length === 0) return this.write(0, '<none>\n')
    pods.forEach((pod, i) => {
      if (i) this.write(0, '\t')
      this.write(0, '%s\n', pod.metadata.name)
    })
  }

  text(): string {
    this.w.flush()
    return this.out
  }
}

export interface Toleration {
  key?: string
  operator?: string
  value?: string
  effect?: string
  tolerationSeconds?: number
}

/** time.RFC1123Z of an RFC 3339 text: `Mon, 02 Sep 2024 10:00:00 +0000`. */
export function rfc1123z(timestamp: string | undefined): string {
  const date = new Date(timestamp ?? 0)
  const day = date.toUTCString().slice(0, 3)
  const time = date.toISOString().slice(11, 19)
  return `${day}, ${String(date.getUTCDate()).padStart(2, '0')} ${date.toUTCString().slice(8, 11)} ${date.getUTCFullYear()} ${time} +0000`
}

/** The `Events:` section for `obj`: `<none>` or a Type/Reason/Age/From/Message table, by last time. */
export function describeEvents(w: PrefixWriter, obj: KubeObject, ctx: DescribeContext): void {
  const events = ctx.store
    .list('Event', { namespace: obj.metadata.namespace ?? 'default' })
    .filter((e) => e.involvedObject?.uid === obj.metadata.uid)
    .sort((a, b) => Date.parse(a.lastTimestamp ?? a.firstTimestamp ?? '') - Date.parse(b.lastTimestamp ?? b.firstTimestamp ?? ''))
  if (events.length === 0) return w.write(0, 'Events:\t<none>\n')
  w.flush()
  w.write(0, 'Events:\n  Type\tReason\tAge\tFrom\tMessage\n')
  w.write(1, '----\t------\t----\t----\t-------\n')
  for (const e of events) {
    const first = translateTimestampSince(e.firstTimestamp, ctx.nowMs)
    const interval = e.count > 1 ? `${translateTimestampSince(e.lastTimestamp, ctx.nowMs)} (x${e.count} over ${first})` : first
    w.write(1, '%s\t%s\t%s\t%s\t%s\n', e.type, e.reason, interval, e.source?.component || e.reportingComponent || '', String(e.message ?? '').trim())
  }
}
