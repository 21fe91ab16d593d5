// kubectl's human-readable tables: server-side Table objects decorated on the client.
// mirrors kubernetes/cli-runtime@v0.32 pkg/printers/tableprinter.go (HumanReadablePrinter.PrintObj
// for *metav1.Table, decorateTable, addColumns, printTable, formatEventType) and
// pkg/printers/terminal.go (WriteEscaped). Columns come from the simulated API server's table
// convertor; this module adds NAMESPACE (-A), `-L` label columns, LABELS (--show-labels), kind
// prefixes (`pod/web-0`) and the EVENT column (--output-watch-events), then aligns through a
// TabWriter.
import { compareGoStrings, formatGoValue } from './go-format'
import { newTabWriter, type TabWriter } from './tabwriter'

/** metav1.TableColumnDefinition. Priority > 0 columns appear only with `-o wide`. */
export interface TableColumnDefinition {
  name: string
  type?: string
  format?: string
  description?: string
  priority?: number
}

/** A cell as decoded from JSON: nil prints as an empty cell, numbers and booleans via fmt.Sprint. */
export type TableCell = string | number | boolean | null | undefined

/** metav1.TableRow; `object` (the row's object metadata) feeds NAMESPACE and label columns. */
export interface TableRow {
  cells: TableCell[]
  object?: { metadata?: { namespace?: string; labels?: Record<string, string> } }
}

export interface Table {
  columnDefinitions: TableColumnDefinition[]
  rows: TableRow[]
}

/** printers.PrintOptions as `kubectl get` fills them. */
export interface PrintOptions {
  noHeaders?: boolean
  wide?: boolean
  /** `-A` on a namespaced resource: leading NAMESPACE column. */
  withNamespace?: boolean
  /** Several resource types requested: names become `<kind>/<name>` using `kind`. */
  withKind?: boolean
  kind?: { group?: string; kind: string }
  /** --show-labels: trailing LABELS column. */
  showLabels?: boolean
  /** -L keys, in flag order. */
  columnLabels?: string[]
}

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED' | 'ERROR'

const formattedEventType: Record<string, string> = {
  ADDED: 'ADDED   ', MODIFIED: 'MODIFIED', DELETED: 'DELETED ', ERROR: 'ERROR   ',
}

/** labels.FormatLabels: the `k=v` strings sorted (as strings, byte-wise) and comma-joined, or `<none>`. */
export function formatLabels(labels: Record<string, string> | undefined): string {
  const pairs = Object.entries(labels ?? {}).map(([k, v]) => `${k}=${v}`).sort(compareGoStrings)
  return pairs.length === 0 ? '<none>' : pairs.join(',')
}

/** -L headers: the last `/`-separated segment, upper-cased (`statefulset.kubernetes.io/pod-name` -> POD-NAME). */
export function formatLabelHeaders(columnLabels: readonly string[]): string[] {
  return columnLabels.map((l) => (l.split('/').pop() as string).toUpperCase())
}

function kindPrefix(options: PrintOptions): string | undefined {
  if (!options.withKind || !options.kind || (!options.kind.kind && !options.kind.group)) return undefined
  const { group, kind } = options.kind
  return (group ? `${kind}.${group}` : kind).toLowerCase()
}

/** decorateTable: a copy of `table` with namespace, label and kind decorations applied. */
function decorateTable(table: Table, options: PrintOptions): Table {
  const labels = options.columnLabels ?? []
  const width = table.columnDefinitions.length + labels.length + (options.withNamespace ? 1 : 0) + (options.showLabels ? 1 : 0)
  let columns = table.columnDefinitions
  if (width !== columns.length) {
    columns = [
      ...(options.withNamespace ? [{ name: 'Namespace', type: 'string' }] : []),
      ...columns,
      ...formatLabelHeaders(labels).map((name) => ({ name, type: 'string' })),
      ...(options.showLabels ? [{ name: 'Labels', type: 'string' }] : []),
    ]
  }
  const prefix = kindPrefix(options)
  const nameColumn = prefix ? table.columnDefinitions.findIndex((c) => c.format === 'name' && c.type === 'string') : -1
  const includeLabels = labels.length > 0 || !!options.showLabels
  if (!includeLabels && !options.withNamespace && nameColumn === -1) return { columnDefinitions: columns, rows: table.rows }
  const rows = table.rows.map((row) => {
    const cells = [...row.cells]
    if (nameColumn !== -1) cells[nameColumn] = `${prefix}/${formatGoValue(cells[nameColumn])}`
    const meta = row.object?.metadata
    if (!meta) {
      if (options.withNamespace) cells.unshift(null)
      // Upstream's loop re-reads len(row.Cells) as it appends, so it pads only part of the gap.
      for (let j = 0; j < width - cells.length; j++) cells.push(null)
      return { ...row, cells }
    }
    if (options.withNamespace) cells.unshift(meta.namespace ?? '')
    if (includeLabels) {
      for (const key of labels) cells.push(meta.labels?.[key] ?? '')
      if (options.showLabels) cells.push(formatLabels(meta.labels))
    }
    return { ...row, cells }
  })
  return { columnDefinitions: columns, rows }
}

/** WriteEscaped: ESC -> `^[`, CR -> `\r`, so cells cannot drive the terminal. */
export function escapeTerminal(text: string): string {
  return text.replaceAll('\x1b', '^[').replaceAll('\r', '\\r')
}

function cellText(cell: TableCell): string {
  if (cell === null || cell === undefined) return ''
  if (typeof cell !== 'string') return escapeTerminal(formatGoValue(cell))
  const breakAt = cell.search(/[\f\n\r]/)
  return breakAt < 0 ? escapeTerminal(cell) : escapeTerminal(cell.slice(0, breakAt)) + '...'
}

/** printTable: header (unless noHeaders, and never for zero rows) and rows, tab-separated. */
function printTable(table: Table, w: TabWriter, options: PrintOptions): void {
  const visible = (c: TableColumnDefinition): boolean => !!options.wide || !c.priority
  const defs = table.columnDefinitions
  if (!options.noHeaders) {
    if (table.rows.length === 0) return
    w.write(defs.filter(visible).map((c) => c.name.toUpperCase()).join('\t') + '\n')
  }
  for (const row of table.rows) {
    const cells = row.cells.slice(0, defs.length).filter((_, i) => visible(defs[i]))
    w.write(cells.map(cellText).join('\t') + '\n')
  }
}

function sameColumns(a: readonly TableColumnDefinition[], b: readonly TableColumnDefinition[]): boolean {
  const norm = (c: TableColumnDefinition): string =>
    JSON.stringify([c.name, c.type ?? '', c.format ?? '', c.description ?? '', c.priority ?? 0])
  return a.length === b.length && a.every((c, i) => norm(c) === norm(b[i]))
}

/**
 * HumanReadablePrinter: prints Tables into a caller-owned TabWriter (the caller flushes). Headers
 * are printed once per column set, and only once a table with rows arrives, so repeated calls
 * (several named objects, or `kubectl get -w` events) continue one table.
 */
export class TablePrinter {
  private lastColumns: TableColumnDefinition[] = []
  private printedHeaders = false

  constructor(private readonly options: PrintOptions) {}

  printObj(table: Table, w: TabWriter, eventType?: WatchEventType): void {
    const local = { ...this.options }
    const columns = table.columnDefinitions
    if (this.printedHeaders && (columns.length === 0 || sameColumns(columns, this.lastColumns))) local.noHeaders = true
    if (columns.length === 0) table = { ...table, columnDefinitions: this.lastColumns }
    else if (!sameColumns(columns, this.lastColumns)) {
      this.lastColumns = columns
      this.printedHeaders = false
    }
    if (table.rows.length > 0) this.printedHeaders = true
    let decorated = decorateTable(table, local)
    if (eventType) {
      decorated = {
        columnDefinitions: [{ name: 'Event', type: 'string' }, ...decorated.columnDefinitions],
        rows: decorated.rows.map((r) => ({ ...r, cells: [formattedEventType[eventType] ?? eventType, ...r.cells] })),
      }
    }
    printTable(decorated, w, local)
  }
}

/** printers.NewTablePrinter. */
export function newTablePrinter(options: PrintOptions): TablePrinter {
  return new TablePrinter(options)
}

/** One table printed on its own, as `kubectl get <type>` prints it ("" when it has no rows). */
export function printTableOnce(table: Table, options: PrintOptions = {}): string {
  let out = ''
  const w = newTabWriter((text) => (out += text))
  newTablePrinter(options).printObj(table, w)
  w.flush()
  return out
}
