// `-o custom-columns=HEADER:path,...` and `-o custom-columns-file=<file>`.
// mirrors kubernetes/kubectl@v0.32 pkg/cmd/get/customcolumn.go (RelaxedJSONPathExpression,
// NewCustomColumnsPrinterFromSpec, NewCustomColumnsPrinterFromTemplate, CustomColumnsPrinter) and
// customcolumn_flags.go. Cells are fmt.Sprint of each value (so maps read `map[k:v]`), several
// values are comma-joined, and a path matching nothing prints `<none>`.
import { formatGoValue } from './go-format'
import { JSONPath } from './jsonpath'
import { escapeTerminal } from './table'
import type { TabWriter } from './tabwriter'

export interface Column {
  header: string
  /** A complete jsonpath template, e.g. `{.metadata.name}`. */
  fieldSpec: string
}

type Parsed<T> = { ok: true; value: T } | { ok: false; error: string }

const jsonRegexp = /^\{\.?([^{}]+)\}$|^\.?([^{}]+)$/

/** RelaxedJSONPathExpression: `metadata.name`, `.metadata.name`, `{metadata.name}` -> `{.metadata.name}`. */
export function relaxedJSONPathExpression(path: string): Parsed<string> {
  if (path.length === 0) return { ok: true, value: path }
  const m = jsonRegexp.exec(path)
  if (!m) {
    return { ok: false, error: "unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'" }
  }
  return { ok: true, value: `{.${m[1] ?? m[2]}}` }
}

function columnsOf(headers: string[], specs: string[]): Parsed<Column[]> {
  const columns: Column[] = []
  for (let i = 0; i < headers.length; i++) {
    const spec = relaxedJSONPathExpression(specs[i])
    if (!spec.ok) return spec
    columns.push({ header: headers[i], fieldSpec: spec.value })
  }
  return { ok: true, value: columns }
}

/** NewCustomColumnsPrinterFromSpec's parsing of `NAME:.metadata.name,IMAGE:.spec.containers[*].image`. */
export function parseCustomColumnsSpec(spec: string): Parsed<Column[]> {
  if (spec.length === 0) return { ok: false, error: 'custom-columns format specified but no custom columns given' }
  const headers: string[] = []
  const specs: string[] = []
  for (const part of spec.split(',')) {
    const colon = part.indexOf(':')
    if (colon < 0) return { ok: false, error: `unexpected custom-columns spec: ${part}, expected <header>:<json-path-expr>` }
    headers.push(part.slice(0, colon))
    specs.push(part.slice(colon + 1))
  }
  return columnsOf(headers, specs)
}

const EXPECTED = 'Expected format is one line of space separated headers, one line of space separated column specs.'

/** NewCustomColumnsPrinterFromTemplate: a header line and a spec line, whitespace-separated. */
export function parseCustomColumnsTemplate(text: string): Parsed<Column[]> {
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''))
  if (text.length === 0) return { ok: false, error: `invalid template, missing header line. ${EXPECTED}` }
  if (lines.length < 2 || (lines.length === 2 && lines[1] === '')) {
    return { ok: false, error: `invalid template, missing spec line. ${EXPECTED}` }
  }
  const words = (line: string): string[] => line.split(/\s+/u).filter((w) => w.length > 0)
  const headers = words(lines[0])
  const specs = words(lines[1])
  if (headers.length !== specs.length) {
    return { ok: false, error: `number of headers (${headers.length}) and field specifications (${specs.length}) don't match` }
  }
  return columnsOf(headers, specs)
}

function isList(obj: unknown): obj is { items: unknown[] } {
  return typeof obj === 'object' && obj !== null && Array.isArray((obj as { items?: unknown }).items)
}

/**
 * CustomColumnsPrinter writing into a caller-owned TabWriter (`newTabWriter`; flush when done).
 * The header is printed once unless `noHeaders` (again only if the printed shape changes between
 * a List and a single object). A List (an object with `items`) prints one row per item.
 */
export class CustomColumnsPrinter {
  private lastType: 'list' | 'object' | undefined

  constructor(
    readonly columns: readonly Column[],
    readonly noHeaders = false,
  ) {}

  /** Writes the rows for `obj`; returns the error text of a column that fails to parse or run. */
  printObj(obj: unknown, w: TabWriter): string | undefined {
    const type = isList(obj) ? 'list' : 'object'
    if (!this.noHeaders && type !== this.lastType) {
      w.write(this.columns.map((c) => c.header).join('\t') + '\n')
      this.lastType = type
    }
    const parsers: JSONPath[] = []
    for (const [i, column] of this.columns.entries()) {
      const parser = new JSONPath(`column${i}`)
      parser.allowMissingKeys = true
      const error = parser.parse(column.fieldSpec)
      if (error !== undefined) return error
      parsers.push(parser)
    }
    for (const item of isList(obj) ? obj.items : [obj]) {
      const error = this.printOneObject(item, parsers, w)
      if (error !== undefined) return error
    }
    return undefined
  }

  private printOneObject(obj: unknown, parsers: JSONPath[], w: TabWriter): string | undefined {
    const cells: string[] = []
    for (const parser of parsers) {
      const { results, error } = parser.findResults(obj)
      if (error !== undefined) return error
      const values = results.length === 0 || results[0].length === 0 ? ['<none>'] : []
      for (const set of results) for (const v of set) values.push(escapeTerminal(formatGoValue(v)))
      cells.push(values.join(','))
    }
    w.write(cells.join('\t') + '\n')
    return undefined
  }
}
