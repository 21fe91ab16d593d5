// The table output of `kubectl get -w`: the current list, then one row per watch event, aligned
// with everything printed before (widths only grow) and the header printed once.
// mirrors GetOptions.watch in kubernetes/kubectl@v0.32 pkg/cmd/get/get.go: one TabWriter and one
// HumanReadablePrinter for the whole watch, flushed after the list and after every event; with
// --output-watch-events every row gets an EVENT cell (the initial list as ADDED).
import { newTablePrinter, type PrintOptions, type Table, type WatchEventType } from './table'
import { newTabWriter } from './tabwriter'

export interface TableWatchPrinter {
  /** The text for the initial list ("" when it has no rows: the header waits for the first row). */
  printList(table: Table): string
  /** The text for one watch event whose object the server converted to `table`. */
  printEvent(type: WatchEventType, table: Table): string
}

/** A stateful printer for one `kubectl get -w` session. -w never prefixes kinds. */
export function newTableWatchPrinter(options: PrintOptions, outputWatchEvents = false): TableWatchPrinter {
  let out = ''
  const w = newTabWriter((text) => (out += text))
  const printer = newTablePrinter({ ...options, withKind: false })
  const take = (): string => {
    w.flush()
    const text = out
    out = ''
    return text
  }
  return {
    printList(table) {
      printer.printObj(table, w, outputWatchEvents ? 'ADDED' : undefined)
      return take()
    },
    printEvent(type, table) {
      printer.printObj(table, w, outputWatchEvents ? type : undefined)
      return take()
    },
  }
}
