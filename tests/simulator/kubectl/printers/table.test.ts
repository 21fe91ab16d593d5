// Two sources of expected output:
// - upstream kubernetes/cli-runtime@v0.32 pkg/printers/tableprinter_test.go (TestPrintTable_*),
//   copied verbatim;
// - the real kubectl v1.31.9 against a fake API server (see reference.ts): the server sends the
//   Tables in fixtures/fake-cluster.json, kubectl decorates and prints them; we print the same
//   Tables with the options `kubectl get` derives from its flags and compare byte for byte.
import { describe, expect, it } from 'vitest'
import { newTablePrinter, printTableOnce, type PrintOptions, type Table, type TableColumnDefinition } from '@/simulator/kubectl/printers/table'
import { newTabWriter } from '@/simulator/kubectl/printers/tabwriter'
import { ref, tableOf } from './reference'

const cols = (priorities: number[] = [0, 0, 0, 0, 0]): TableColumnDefinition[] =>
  ['Name', 'Ready', 'Status', 'Retries', 'Age'].map((name, i) => ({
    name, type: name === 'Retries' ? 'integer' : 'string', priority: priorities[i],
  }))
const row1 = { cells: ['test1', '1/1', 'podPhase', 5, '20h'] }
const rows3 = [row1, { cells: ['test2', '1/2', 'podPhase', 30, '21h'] }, { cells: ['test3', '4/4', 'podPhase', 1, '22h'] }]
const testPod = { metadata: { namespace: 'test-namespace', labels: { 'first-label': '12', 'second-label': 'label-value' } } }

describe('printTable (upstream tableprinter_test.go)', () => {
  it.each<[string, Table, PrintOptions, string]>([
    ['no columns, no rows', { columnDefinitions: [], rows: [] }, {}, ''],
    ['no rows prints no header', { columnDefinitions: cols(), rows: [] }, {}, ''],
    ['priority columns hidden', { columnDefinitions: cols([0, 0, 0, 1, 1]), rows: [row1] }, {}, 'NAME    READY   STATUS\ntest1   1/1     podPhase\n'],
    ['priority columns hidden, 3 rows', { columnDefinitions: cols([0, 0, 0, 1, 1]), rows: rows3 }, {},
      'NAME    READY   STATUS\ntest1   1/1     podPhase\ntest2   1/2     podPhase\ntest3   4/4     podPhase\n'],
    ['wide shows priority columns', { columnDefinitions: cols([0, 0, 0, 1, 1]), rows: [row1] }, { wide: true },
      'NAME    READY   STATUS     RETRIES   AGE\ntest1   1/1     podPhase   5         20h\n'],
    ['wide, 3 rows', { columnDefinitions: cols([0, 0, 0, 1, 1]), rows: rows3 }, { wide: true },
      'NAME    READY   STATUS     RETRIES   AGE\ntest1   1/1     podPhase   5         20h\ntest2   1/2     podPhase   30        21h\ntest3   4/4     podPhase   1         22h\n'],
    ['headers', { columnDefinitions: cols(), rows: [row1] }, {}, 'NAME    READY   STATUS     RETRIES   AGE\ntest1   1/1     podPhase   5         20h\n'],
    ['no headers', { columnDefinitions: cols(), rows: [row1] }, { noHeaders: true }, 'test1   1/1   podPhase   5     20h\n'],
    ['no headers, 3 rows', { columnDefinitions: cols(), rows: rows3 }, { noHeaders: true },
      'test1   1/1   podPhase   5     20h\ntest2   1/2   podPhase   30    21h\ntest3   4/4   podPhase   1     22h\n'],
    ['with namespace', { columnDefinitions: cols(), rows: [{ ...row1, object: testPod }] }, { withNamespace: true },
      'NAMESPACE        NAME    READY   STATUS     RETRIES   AGE\ntest-namespace   test1   1/1     podPhase   5         20h\n'],
    ['with kind', { columnDefinitions: cols().map((c, i) => (i === 0 ? { ...c, format: 'name' } : c)), rows: [row1] },
      { withKind: true, kind: { kind: 'Pod' } }, 'NAME        READY   STATUS     RETRIES   AGE\npod/test1   1/1     podPhase   5         20h\n'],
    ['show labels', { columnDefinitions: cols(), rows: [{ ...row1, object: testPod }] }, { showLabels: true },
      'NAME    READY   STATUS     RETRIES   AGE   LABELS\ntest1   1/1     podPhase   5         20h   first-label=12,second-label=label-value\n'],
    ['one label column', { columnDefinitions: cols(), rows: [{ ...row1, object: testPod }] }, { columnLabels: ['second-label'] },
      'NAME    READY   STATUS     RETRIES   AGE   SECOND-LABEL\ntest1   1/1     podPhase   5         20h   label-value\n'],
    ['two label columns', { columnDefinitions: cols(), rows: [{ ...row1, object: testPod }] }, { columnLabels: ['first-label', 'second-label'] },
      'NAME    READY   STATUS     RETRIES   AGE   FIRST-LABEL   SECOND-LABEL\ntest1   1/1     podPhase   5         20h   12            label-value\n'],
  ])('%s', (_, table, options, expected) => expect(printTableOnce(table, options)).toBe(expected))
})

describe('printTable (real kubectl output)', () => {
  it.each<[string, Table, PrintOptions]>([
    ['get-pods', tableOf('pods'), {}],
    ['get-pods-wide', tableOf('pods'), { wide: true }],
    ['get-pods-A', tableOf('pods', null), { withNamespace: true }],
    ['get-pods-show-labels', tableOf('pods'), { showLabels: true }],
    ['get-pods-L', tableOf('pods'), { columnLabels: ['app', 'statefulset.kubernetes.io/pod-name', 'missing'] }],
    ['get-pods-no-headers', tableOf('pods'), { noHeaders: true }],
    ['get-pods-A-show-labels-wide', tableOf('pods', null), { withNamespace: true, showLabels: true, wide: true }],
    ['get-svc-wide', tableOf('services'), { wide: true }],
    ['get-nodes', tableOf('nodes'), {}],
    ['get-nodes-wide-labels', tableOf('nodes'), { wide: true, showLabels: true }],
    ['get-cm-empty', tableOf('configmaps'), {}],
  ])('%s', (name, table, options) => expect(printTableOnce(table, options)).toBe(ref(name).stdout))

  it('get-pod-two-names: one Table per named object continues one table', () => {
    let out = ''
    const w = newTabWriter((t) => (out += t))
    const printer = newTablePrinter({})
    const pods = tableOf('pods')
    for (const row of pods.rows.slice(0, 2)) printer.printObj({ ...pods, rows: [row] }, w)
    w.flush()
    expect(out).toBe(ref('get-pod-two-names').stdout)
  })
})

describe('printTable cell rendering', () => {
  const table = (cells: Table['rows'][number]['cells']): Table => ({ columnDefinitions: [{ name: 'A' }, { name: 'B' }], rows: [{ cells }] })
  it('truncates at the first line break and escapes terminal controls', () => {
    expect(printTableOnce(table(['x\ny', 'a\x1bb\rc']))).toBe('A      B\nx...   a^[b...\n')
  })
  it('prints nil as empty and numbers and booleans via fmt', () => {
    expect(printTableOnce(table([null, 1.5]))).toBe('A     B\n      1.5\n')
    expect(printTableOnce(table([true, 1e21]))).toBe('A      B\ntrue   1e+21\n')
  })
  it('pads rows without an object to the decorated width, as upstream does (half the gap)', () => {
    const t: Table = { columnDefinitions: [{ name: 'A' }], rows: [{ cells: ['x'] }] }
    // width 5, cells [nil, x] -> j=0 pads (3 cells), j=1 pads (4 cells), j=2 stops: 4 cells, not 5.
    expect(printTableOnce(t, { withNamespace: true, columnLabels: ['a', 'b', 'c'] }))
      .toBe('NAMESPACE   A     A     B     C\n            x' + ' '.repeat(11) + '\n')
  })
})
