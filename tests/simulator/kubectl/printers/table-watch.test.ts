// Expected output: the real kubectl v1.31.9 `get pods -w` (see reference.ts): the fake server
// sends the list Table, then MODIFIED web-2, ADDED web-3-with-a-much-longer-name, DELETED web-0,
// each as a one-row Table (column definitions only on the first event).
import { describe, expect, it } from 'vitest'
import { newTableWatchPrinter } from '@/simulator/kubectl/printers/table-watch'
import type { PrintOptions } from '@/simulator/kubectl/printers/table'
import { ref, tableOf, watchEvents } from './reference'

function watch(options: PrintOptions, namespace: string | null, outputWatchEvents = false): string {
  const printer = newTableWatchPrinter(options, outputWatchEvents)
  let out = printer.printList(tableOf('pods', namespace))
  for (const ev of watchEvents('pods', namespace)) out += printer.printEvent(ev.type, ev.table)
  return out
}

describe('newTableWatchPrinter (real kubectl output)', () => {
  it('get pods -w: widths persist and only grow, header once', () => {
    expect(watch({}, 'default')).toBe(ref('get-pods-watch').stdout)
  })
  it('get pods -w --output-watch-events', () => {
    expect(watch({}, 'default', true)).toBe(ref('get-pods-watch-events').stdout)
  })
  it('get pods -A -w', () => {
    expect(watch({ withNamespace: true }, null)).toBe(ref('get-pods-A-watch').stdout)
  })
  it('prints nothing for an empty list and the header with the first event', () => {
    const printer = newTableWatchPrinter({})
    expect(printer.printList({ ...tableOf('pods'), rows: [] })).toBe('')
    const [first] = watchEvents('pods')
    expect(printer.printEvent(first.type, first.table)).toBe(
      'NAME    READY   STATUS    RESTARTS   AGE\nweb-2   1/1     Running   0          12s\n',
    )
  })
})
