// kubectl get -w / --watch-only: print the current objects, then one row per change as it
// happens in virtual time, until interrupted or timed out.
// mirrors kubernetes/kubectl pkg/cmd/get/get.go (GetOptions.watch).

import type { Selector } from '../../engine/labels'
import { parseSelector } from '../../engine/label-parser'
import type { WatchEvent } from '../../engine/watch'
import type { KubeObject } from '../../objects/meta'
import type { Proc } from '../../shell/run/process'
import type { KubectlContext } from '../context'
import { isGenericFormat, printGeneric } from '../output'
import type { WatchEventType } from '../printers/table'
import { newTableWatchPrinter } from '../printers/table-watch'
import { convertToTable } from '../tables'
import type { Fetched } from './get'

export function* watchObjects(ctx: KubectlContext, fetched: Fetched): Proc {
  if (fetched.groups.length !== 1) {
    return ctx.fail(`watch is only supported on individual resources and resource collections, but ${fetched.groups.reduce((n, g) => n + g.objects.length, 0)} resources were found`)
  }
  for (const error of fetched.errors) ctx.err(error)
  if (fetched.errors.length) return 1
  const { target, objects } = fetched.groups[0]
  const format = ctx.flag<string>('output')
  const generic = format && format !== 'wide' && isGenericFormat(format)
  const printer = newTableWatchPrinter(
    {
      noHeaders: ctx.flag<boolean>('no-headers'),
      wide: format === 'wide',
      withNamespace: ctx.allNamespaces && target.info.namespaced,
      showLabels: ctx.flag<boolean>('show-labels'),
      columnLabels: ctx.flag<string[]>('label-columns').flatMap((l) => l.split(',')),
      kind: { group: target.info.group, kind: target.info.kind },
    },
    ctx.flag<boolean>('output-watch-events'),
  )
  const print = (type: WatchEventType, items: KubeObject[], initial = false) => {
    if (generic) {
      for (const item of items) {
        const printed = printGeneric([item], format, true)
        if (printed.ok) ctx.out(printed.out)
      }
    } else {
      const table = convertToTable(items, { nowMs: ctx.nowMs() })
      ctx.out(initial ? printer.printList(table) : printer.printEvent(type, table))
    }
  }
  if (!ctx.flag<boolean>('watch-only')) print('ADDED', objects, true)
  const selectorText = ctx.flag<string>('selector')
  const parsed = selectorText ? parseSelector(selectorText) : undefined
  const selector: Selector | undefined = parsed?.ok ? parsed.selector : undefined
  const names = target.names ? new Set(target.names) : null
  const namespace = target.info.namespaced && !ctx.allNamespaces ? ctx.namespace : null
  const matches = (obj: KubeObject) =>
    (namespace === null || obj.metadata.namespace === namespace) &&
    (names === null || names.has(obj.metadata.name)) &&
    (!selector || selector.matches(obj.metadata.labels))
  const onEvent = (event: WatchEvent) => {
    if (event.added && matches(event.added)) print('ADDED', [event.added])
    else if (event.updated && matches(event.updated[1])) print('MODIFIED', [event.updated[1]])
    else if (event.removed && matches(event.removed)) print('DELETED', [event.removed])
  }
  const stop = ctx.store.watch(onEvent, { kind: target.info.kind })
  try {
    yield {}
    return 0
  } finally {
    stop()
  }
}
