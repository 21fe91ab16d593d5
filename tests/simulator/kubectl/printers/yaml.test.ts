// Expected output: the real kubectl v1.31.9 (see reference.ts). `get ... -o yaml` cases print the
// fake server's objects; `create -f <file> --dry-run=client -o yaml` cases print the case's input
// file (an Unstructured object, so the same sigs.k8s.io/yaml path as `get`). The quoting table
// below was checked the same way with `kubectl create configmap --from-literal=k=<v> -o yaml`.
import { describe, expect, it } from 'vitest'
import { marshalYAML, printYAML, printYAMLDocuments, yamlKeyLess } from '@/simulator/kubectl/printers/yaml'
import { toList } from '@/simulator/kubectl/printers/list'
import { canUsePlain, isYAMLTimestamp } from '@/simulator/kubectl/printers/yaml-resolve'
import { objects, ref, refsWithPrefix, stderrOf, watchEvents } from './reference'

const out = (r: ReturnType<typeof printYAML>): string => (r.ok ? r.out : `ERROR ${r.error}`)
const inputOf = (name: string): unknown => Object.values(ref(name).files)[0]

describe('printYAML (real kubectl output)', () => {
  const pods = objects('pods')
  it.each<[string, unknown]>([
    ['get-pods-yaml', toList(pods)],
    ['get-pod-yaml', pods[0]],
    ['get-sts-yaml', objects('statefulsets')[0]],
    ['get-cm-yaml-empty', toList([])],
    ['get-two-pods-yaml', toList(pods.slice(0, 2))],
    ['create-obj-yaml', inputOf('create-obj-yaml')],
    ['create-specials-yaml', inputOf('create-specials-yaml')],
  ])('%s', (name, obj) => expect(out(printYAML(obj))).toBe(ref(name).stdout))

  it.each(['create-control-del-yaml', 'create-control-c1-yaml', 'create-control-fffe-yaml', 'create-control-c1-key-yaml'])(
    '%s fails like kubectl',
    (name) => {
      const r = printYAML(inputOf(name))
      expect(r.ok).toBe(false)
      if (!r.ok) expect(stderrOf(r.error)).toBe(ref(name).stderr)
    },
  )

  it.each(refsWithPrefix('fuzz-yaml-').map((c) => [c.name] as const))('%s (seeded random document)', (name) => {
    expect(out(printYAML(inputOf(name)))).toBe(ref(name).stdout)
  })

  it('yaml-watch: one document per object, separated by ---', () => {
    const docs = [...objects('pods'), ...watchEvents('pods').map((e) => e.object)]
    expect(printYAMLDocuments(docs)).toEqual({ out: ref('yaml-watch').stdout })
  })
})

describe('marshalYAML details', () => {
  it('omits managedFields unless asked', () => {
    const obj = { kind: 'Pod', metadata: { name: 'a', managedFields: [{ manager: 'kubectl' }] } }
    expect(out(printYAML(obj))).toBe('kind: Pod\nmetadata:\n  name: a\n')
    expect(out(printYAML(toList([obj])))).toBe('apiVersion: v1\nitems:\n- kind: Pod\n  metadata:\n    name: a\nkind: List\nmetadata:\n  resourceVersion: ""\n')
    expect(out(printYAML(obj, { showManagedFields: true }))).toContain('managedFields:\n  - manager: kubectl\n')
  })
  it('prints roots other than maps', () => {
    expect(out(marshalYAML(null))).toBe('null\n')
    expect(out(marshalYAML([]))).toBe('[]\n')
    expect(out(marshalYAML({}))).toBe('{}\n')
    expect(out(marshalYAML('true'))).toBe('"true"\n')
    expect(out(marshalYAML([['a']]))).toBe('- - a\n')
  })
  it('drops undefined fields like json.Marshal', () => {
    expect(out(marshalYAML({ a: undefined, b: 1 }))).toBe('b: 1\n')
  })
  it('keeps a document partial output when a later object fails', () => {
    expect(printYAMLDocuments([{ a: 1 }, { b: '\x7f' }])).toEqual({ out: 'a: 1\n---\n', error: 'yaml: control characters are not allowed' })
  })
})

describe('canUsePlain (go-yaml v2 resolve + isBase60Float)', () => {
  // Quoted/plain decisions verified with kubectl create configmap --from-literal (see header).
  it.each([
    ['true', false], ['y', false], ['Yes', false], ['off', false], ['null', false], ['~', false], ['', false],
    ['012', false], ['0x1F', false], ['1e3', false], ['.5', false], ['1:20', false], ['2024-09-02', false],
    ['2024-09-02T10:00:00Z', false], ['1_000', false], ['+1', false], ['0b101', false], ['0o17', false],
    ['08', false], ['-.inf', false], ['2024-9-2t1:2:3.5+01:00', false], ['2001-12-14  21:59:43.10', false],
    ['nginx', true], ['a:b', true], ['2024-02-30', true], ['2024-09-02T24:00:00Z', true], ['<<', true],
    ['0xFFFFFFFFFFFFFFFFFFFF', true], ['-', true], ['1.2.3', true], ['yes please', true], ['10.244.1.5', true],
  ])('%j -> %s', (s, plain) => expect(canUsePlain(s)).toBe(plain))
})

describe('isYAMLTimestamp', () => {
  it.each([
    ['2024-09-02T10:00:00Z', true], ['2024-09-02T10:00:00.123456Z', true], ['2024-09-02t10:00:00+02:00', true],
    ['2024-9-2', true], ['2024-02-29', true], ['2023-02-29', false], ['2024-13-01', false], ['2024-09-02T10:00:00', false],
    ['2024-09-02 10:00:00', true], ['2024-09-02T10:60:00Z', false], ['20240-09-02', false], ['2024-09-02T10:00:00+25:00', false],
  ])('%s -> %s', (s, want) => expect(isYAMLTimestamp(s)).toBe(want))
})

describe('yamlKeyLess (go-yaml v2 sorter.go keyList.Less)', () => {
  it('orders as kubectl printed create-obj-yaml data keys', () => {
    const keys = ['b', 'a10', '1', 'a2', '_x', 'B', 'a01', '9', 'Z9', '10', 'a1', 'z', '-a', 'é']
    const sorted = [...keys].sort((x, y) => (yamlKeyLess(x, y) ? -1 : yamlKeyLess(y, x) ? 1 : 0))
    expect(sorted).toEqual(['-a', '_x', '1', '9', '10', 'B', 'Z9', 'a1', 'a01', 'a2', 'a10', 'b', 'z', 'é'])
  })
})
