// Reference outputs of the real kubectl client (v1.31.9) for the printer tests.
//
// How they were produced (see fixtures/reference-tools/README.md): a loopback fake API server
// (fixtures/reference-tools/fake-apiserver.py) serves the objects, server-side Table cells and
// watch events in fixtures/fake-cluster.json; capture.py runs `kubectl <args>` for every case in
// cases.json against it and records stdout, stderr and the exit code verbatim into
// fixtures/kubectl-reference.json. Nothing in that file was produced by this project's code.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Table, TableRow } from '@/simulator/kubectl/printers/table'

export interface ReferenceCase {
  name: string
  args: string[]
  files: Record<string, unknown>
  stdout: string
  stderr: string
  exitCode: number
}

interface FixtureItem {
  object: Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
  cells: Table['rows'][number]['cells']
}

interface FixtureResource {
  group: string
  kind: string
  namespaced: boolean
  columns: { name: string; type?: string; format?: string; priority?: number }[]
  items: FixtureItem[]
  watch?: (FixtureItem & { type: 'ADDED' | 'MODIFIED' | 'DELETED' })[]
}

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url))
const cases: ReferenceCase[] = JSON.parse(readFileSync(fixtures + 'kubectl-reference.json', 'utf8'))
const cluster: { resources: Record<string, FixtureResource> } = JSON.parse(readFileSync(fixtures + 'fake-cluster.json', 'utf8'))

/** The recorded kubectl run named `name`. */
export function ref(name: string): ReferenceCase {
  const found = cases.find((c) => c.name === name)
  if (!found) throw new Error(`no reference case ${name}`)
  return found
}

/** All recorded cases whose name starts with `prefix`. */
export function refsWithPrefix(prefix: string): ReferenceCase[] {
  return cases.filter((c) => c.name.startsWith(prefix))
}

export function resource(name: string): FixtureResource {
  return cluster.resources[name]
}

/** The objects `kubectl get <resource>` lists: the namespace's (default: "default"), or all with `null`. */
export function objects(name: string, namespace: string | null = 'default'): Record<string, unknown>[] {
  const r = resource(name)
  return r.items
    .filter((it) => !r.namespaced || namespace === null || it.object.metadata.namespace === namespace)
    .map((it) => it.object)
}

function row(item: FixtureItem): TableRow {
  return { cells: item.cells, object: { metadata: item.object.metadata } }
}

/** The Table the fake server returns for a list of `name` (or for the given items). */
export function tableOf(name: string, namespace: string | null = 'default', items?: FixtureItem[]): Table {
  const r = resource(name)
  const chosen = items ?? r.items.filter((it) => !r.namespaced || namespace === null || it.object.metadata.namespace === namespace)
  const columnDefinitions = r.columns.map((c) => ({ name: c.name, type: c.type ?? 'string', format: c.format ?? '', description: '', priority: c.priority ?? 0 }))
  return { columnDefinitions, rows: chosen.map(row) }
}

/**
 * The watch events the fake server streams for `name`, each with its object and its one-row Table.
 * As the API server does, only the first event's Table carries column definitions.
 */
export function watchEvents(name: string, namespace: string | null = 'default') {
  const r = resource(name)
  return (r.watch ?? [])
    .filter((ev) => namespace === null || ev.object.metadata.namespace === namespace)
    .map((ev, i) => {
      const table = tableOf(name, namespace, [ev])
      return { type: ev.type, object: ev.object, table: i === 0 ? table : { ...table, columnDefinitions: [] } }
    })
}

/** What kubectl prints on stderr for an error value (cmdutil.CheckErr). */
export function stderrOf(error: string): string {
  const msg = error.startsWith('error: ') ? error : `error: ${error}`
  return msg.endsWith('\n') ? msg : msg + '\n'
}
