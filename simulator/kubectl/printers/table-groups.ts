// The table section of `kubectl get` (no -w): one table per resource type, sharing one TabWriter.
// mirrors GetOptions.Run in kubernetes/kubectl@v0.32 pkg/cmd/get/get.go: when the resource changes
// the writer is flushed and its remembered widths are forgotten, and a blank line separates the
// tables (only with headers, only once something was printed, and only before further output).
import { newTablePrinter, type PrintOptions, type Table } from './table'
import { newTabWriter } from './tabwriter'

/**
 * Consecutive objects of one resource type: the Tables the server returned for them (one per
 * listed type, or one per named object) and the options `kubectl get` computed for that type
 * (withKind when several types were requested, withNamespace with -A unless cluster-scoped).
 */
export interface TableGroup {
  options: PrintOptions
  tables: Table[]
}

/**
 * Everything `kubectl get` writes to stdout for `groups`. An empty result means nothing was
 * printed: kubectl then writes `No resources found in <ns> namespace.` (or `No resources found`)
 * to stderr, which is the caller's job.
 */
export function printTableGroups(groups: readonly TableGroup[]): string {
  let out = ''
  let separatorReady = false
  const w = newTabWriter((text) => {
    if (text.length === 0) return
    if (separatorReady) {
      out += '\n'
      separatorReady = false
    }
    out += text
  })
  groups.forEach((group, i) => {
    w.flush()
    w.setRememberedWidths([])
    if (i > 0 && !group.options.noHeaders && out.length > 0) separatorReady = true
    const printer = newTablePrinter(group.options)
    for (const table of group.tables) printer.printObj(table, w)
  })
  w.flush()
  return out
}
