// Expected output: the real kubectl v1.31.9 (see reference.ts). `get -o json` of an Unstructured
// object or List; `create -f <file> --dry-run=client -o json` prints the case's input file the same
// way (keys sorted, 4-space indent, HTML-safe escapes).
import { describe, expect, it } from 'vitest'
import { marshalJSON, printJSON, quoteJSON } from '@/simulator/kubectl/printers/json'
import { toList } from '@/simulator/kubectl/printers/list'
import { objects, ref, refsWithPrefix, watchEvents } from './reference'

const inputOf = (name: string): unknown => Object.values(ref(name).files)[0]

describe('printJSON (real kubectl output)', () => {
  it.each<[string, unknown]>([
    ['get-pods-json', toList(objects('pods'))],
    ['get-cm-json-empty', toList([])],
    ['create-obj-json', inputOf('create-obj-json')],
    ['create-specials-json', inputOf('create-specials-json')],
  ])('%s', (name, obj) => expect(printJSON(obj)).toBe(ref(name).stdout))

  it.each(refsWithPrefix('fuzz-json-').map((c) => [c.name] as const))('%s (seeded random document)', (name) => {
    expect(printJSON(inputOf(name))).toBe(ref(name).stdout)
  })

  it('json-watch: one document per object, no separator', () => {
    const docs = [...objects('pods'), ...watchEvents('pods').map((e) => e.object)]
    expect(docs.map((d) => printJSON(d)).join('')).toBe(ref('json-watch').stdout)
  })
})

describe('marshalJSON (encoding/json)', () => {
  it('escapes like Go with escapeHTML', () => {
    // kubectl create configmap c --from-literal=... --dry-run=client -o json printed these escapes.
    expect(quoteJSON('<x>&')).toBe('"\\u003cx\\u003e\\u0026"')
    expect(quoteJSON('a\x1bb\x7f\b\f\t\r\n')).toBe('"a\\u001bb\x7f\\b\\f\\t\\r\\n"')
    expect(quoteJSON('a\u2028b\u2029')).toBe('"a\\u2028b\\u2029"')
    expect(quoteJSON('"\\')).toBe('"\\"\\\\"')
    expect(quoteJSON('😀é')).toBe('"😀é"')
  })
  it('sorts keys byte-wise, compacts empty collections, omits undefined', () => {
    expect(marshalJSON({ b: 1, a: [], c: {}, d: undefined, '10': 0, '9': 0 })).toBe('{"10":0,"9":0,"a":[],"b":1,"c":{}}')
    expect(marshalJSON({ a: [1, { b: null }] }, '  ')).toBe('{\n  "a": [\n    1,\n    {\n      "b": null\n    }\n  ]\n}')
  })
  it('omits managedFields unless asked', () => {
    const obj = { metadata: { managedFields: [], name: 'a' } }
    expect(printJSON(obj)).toBe('{\n    "metadata": {\n        "name": "a"\n    }\n}\n')
    expect(printJSON(obj, { showManagedFields: true })).toContain('"managedFields": []')
  })
})
