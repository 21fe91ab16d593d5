// Two sources of expected output:
// - the real kubectl v1.31.9 `get ... -o jsonpath=...` runs in fixtures/kubectl-reference.json
//   (see reference.ts), including its exact error texts on stderr;
// - upstream kubernetes/client-go@v0.32 util/jsonpath jsonpath_test.go and parser_test.go, for the
//   cases whose input is JSON-decoded data (Go-struct inputs print in struct field order, which
//   decoded JSON cannot express, so those are left out).
import { describe, expect, it } from 'vitest'
import { JSONPath } from '@/simulator/kubectl/printers/jsonpath'
import { newJSONPathPrinter, printJSONPath } from '@/simulator/kubectl/printers/jsonpath-printer'
import { toList } from '@/simulator/kubectl/printers/list'
import { objects, ref, refsWithPrefix, stderrOf, watchEvents, type ReferenceCase } from './reference'

/** The object `kubectl get <args>` hands to the printer, and the printer flags in `args`. */
function invocation(c: ReferenceCase): { obj: unknown; template: string; allowMissingKeys: boolean; outputJSON: boolean } {
  const [, what, name] = c.args
  const obj = what === 'pods' ? toList(objects('pods')) : what === 'pod' ? objects('pods').find((p) => (p.metadata as { name: string }).name === name) : objects('statefulsets')[0]
  const output = c.args.find((a) => a.startsWith('jsonpath=') || a.startsWith('jsonpath-as-json='))
  const flagIndex = c.args.indexOf('--template')
  const template = output ? output.slice(output.indexOf('=') + 1) : c.args[flagIndex + 1]
  return {
    obj,
    template,
    allowMissingKeys: !c.args.includes('--allow-missing-template-keys=false'),
    outputJSON: !!output?.startsWith('jsonpath-as-json='),
  }
}

describe('printJSONPath (real kubectl output)', () => {
  const cases = refsWithPrefix('jsonpath-').filter((c) => c.name !== 'jsonpath-watch')
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const { obj, template, ...options } = invocation(c)
    const result = printJSONPath(template, obj, options)
    if (c.exitCode === 0) expect(result).toEqual({ ok: true, out: c.stdout })
    else {
      expect(result.ok).toBe(false)
      if (!result.ok) expect(stderrOf(result.error)).toBe(c.stderr)
    }
  })

  it('jsonpath-watch: reusing the printer after a range starts mid-template, as upstream', () => {
    const c = ref('jsonpath-watch')
    const compiled = newJSONPathPrinter(invocation(c).template)
    if (!compiled.ok) throw new Error(compiled.error)
    const [web0, web1] = objects('pods')
    expect(compiled.printer.printObj(web0)).toEqual({ ok: true, out: c.stdout })
    const second = compiled.printer.printObj(web1)
    expect(second.ok).toBe(false)
    if (!second.ok) expect(c.stderr).toBe(stderrOf(`unable to output the provided object: ${second.error}`))
    expect(watchEvents('pods')).toHaveLength(3)
  })
})

function run(template: string, input: unknown, allowMissingKeys = false): string {
  const j = new JSONPath('test')
  j.allowMissingKeys = allowMissingKeys
  const parseError = j.parse(template)
  if (parseError !== undefined) return `PARSE ERROR ${parseError}`
  const r = j.execute(input)
  return r.ok ? r.out : `ERROR ${r.error}`
}

const points = [
  { id: 'i1', x: 4, y: -5 }, { id: 'i2', x: -2, y: -5, z: 1 }, { id: 'i3', x: 8, y: 3 }, { id: 'i4', x: -6, y: -1 },
  { id: 'i5', x: 0, y: 2, z: 1 }, { id: 'i6', x: 1, y: 4 }, { id: 'i7', x: null, y: 4 },
]
const nodes = {
  kind: 'List',
  items: [
    { kind: 'None', metadata: { name: '127.0.0.1', labels: { 'kubernetes.io/hostname': '127.0.0.1' } },
      status: { capacity: { cpu: '4' }, ready: true, addresses: [{ type: 'LegacyHostIP', address: '127.0.0.1' }] } },
    { kind: 'None', metadata: { name: '127.0.0.2', labels: { 'kubernetes.io/hostname': '127.0.0.2' } },
      status: { capacity: { cpu: '8' }, ready: false, addresses: [{ type: 'LegacyHostIP', address: '127.0.0.2' }, { type: 'another', address: '127.0.0.3' }] } },
  ],
  users: [{ name: 'myself', user: {} }, { name: 'e2e', user: { username: 'admin', password: 'secret' } }],
}
const fakes = (n: number) => ({ apiVersion: 'v1', kind: 'Pod', spec: { containers: Array.from({ length: n }, (_, i) => ({ image: 'radial/busyboxplus:curl', name: `fake${i}` })) } })
const nested = {
  items: [
    { metadata: { name: 'pod1' }, spec: { containers: [{ name: 'foo', another: [{ name: 'value1' }, { name: 'value2' }] }, { name: 'bar', another: [{ name: 'value1' }, { name: 'value2' }] }] } },
    { metadata: { name: 'pod2' }, spec: { containers: [{ name: 'baz', another: [{ name: 'value1' }, { name: 'value2' }] }] } },
  ],
}
const types = {
  bools: [true, false, true, false], integers: [1, 2, 3, 4], floats: [1.0, 2.2, 3.3, 4.0], strings: ['one', 'two', 'three', 'four'],
  interfaces: [true, 'one', 1, 1.1], maps: [{ name: 'one', value: 1 }, { name: 'two', value: 2.02 }, { name: 'three', value: 3.03 }, { name: 'four', value: 4.04 }],
}

describe('JSONPath (upstream jsonpath_test.go)', () => {
  it.each<[string, string, unknown, string, boolean?]>([
    ['plain', 'hello jsonpath', null, 'hello jsonpath'],
    ['recursive', '{..}', [1, 2, 3], '[1,2,3]'],
    ['filter', '{[?(@<5)]}', [2, 6, 3, 7], '2 3'],
    ['quote', '{"{"}', null, '{'],
    ['union', '{[1,3,4]}', [0, 1, 2, 3, 4], '1 3 4'],
    ['array', '{[0:2]}', ['Monday', 'Tudesday'], 'Monday Tudesday'],
    ['boolSlice', '{ .bools }', types, '[true,false,true,false]'],
    ['boolSliceIndex', '{ .bools[-1] }', types, 'false'],
    ['boolSubSliceStep2', '{ .bools[:4:2] }', types, 'true true'],
    ['integerSliceIndexReverse', '{ .integers[-2] }', types, '3'],
    ['floatSlice', '{ .floats }', types, '[1,2.2,3.3,4]'],
    ['floatSubSliceStep2', '{ .floats[:4:2] }', types, '1 3.3'],
    ['stringSubSliceFirst2', '{ .strings[0:2] }', types, 'one two'],
    ['interfaceSlice', '{ .interfaces }', types, '[true,"one",1,1.1]'],
    ['interfaceSubSliceStep2', '{ .interfaces[:4:2] }', types, 'true 1'],
    ['mapSliceIndexReverse', '{ .maps[-2] }', types, '{"name":"three","value":3.03}'],
    ['mapSubSliceStepEven', '{ .maps[1::2] }', types, '{"name":"two","value":2.02} {"name":"four","value":4.04}'],
    ['exists filter', '{[?(@.z)].id}', points, 'i2 i5'],
    ['bracket key', "{[0]['id']}", points, 'i1'],
    ['nil value', "{[-1]['x']}", points, 'null'],
    ['range item', '{range .items[*]}{.metadata.name}, {end}{.kind}', nodes, '127.0.0.1, 127.0.0.2, List'],
    ['range item with quote', '{range .items[*]}{.metadata.name}{"\\t"}{end}', nodes, '127.0.0.1\t127.0.0.2\t'],
    ['range addresss', '{.items[*].status.addresses[*].address}', nodes, '127.0.0.1 127.0.0.2 127.0.0.3'],
    ['double range', '{range .items[*]}{range .status.addresses[*]}{.address}, {end}{end}', nodes, '127.0.0.1, 127.0.0.2, 127.0.0.3, '],
    ['union nodes capacity', "{.items[*]['metadata.name', 'status.capacity']}", nodes, '127.0.0.1 127.0.0.2 {"cpu":"4"} {"cpu":"8"}'],
    ['range nodes capacity', '{range .items[*]}[{.metadata.name}, {.status.capacity}] {end}', nodes, '[127.0.0.1, {"cpu":"4"}] [127.0.0.2, {"cpu":"8"}] '],
    ['user password', '{.users[?(@.name=="e2e")].user.password}', nodes, 'secret'],
    ['hostname', '{.items[0].metadata.labels.kubernetes\\.io/hostname}', nodes, '127.0.0.1'],
    ['hostname filter', '{.items[?(@.metadata.labels.kubernetes\\.io/hostname=="127.0.0.1")].kind}', nodes, 'None'],
    ['bool item', '{.items[?(@..ready==true)].metadata.name}', nodes, '127.0.0.1'],
    ['empty range', '{range .items[*]}{.metadata.name}{end}', { items: [] }, '', true],
    ['empty nested range', '{range .items[*]}{.metadata.name}{":"}{range @.spec.containers[*]}{.name}{","}{end}{"+"}{end}', { items: [] }, '', true],
    ['nested range', '{range .items[*]}{.metadata.name}{":"}{range @.spec.containers[*]}{.name}{","}{end}{"+"}{end}', nested, 'pod1:foo,bar,+pod2:baz,+'],
    ['nested range in nested range', '{range .items[*]}{.metadata.name}{"~"}{range @.spec.containers[*]}{.name}{":"}{range @.another[*]}{.name}{","}{end}{"+"}{end}{"#"}{end}',
      nested, 'pod1~foo:value1,value2,+bar:value1,value2,+#pod2~baz:value1,value2,+#'],
    ['two nested ranges', '{range .items[*]}{.metadata.name}{"\\t"}{range @.spec.containers[*]}{.name}{" "}{end}{"\\t"}{range @.spec.containers[*]}{.name}{" "}{end}{"\\n"}{end}',
      nested, 'pod1\tfoo bar \tfoo bar \npod2\tbaz \tbaz \n'],
    ['containers[0:-1]', '{.spec.containers[0:-1].name}', fakes(4), 'fake0 fake1 fake2'],
    ['containers[0:0]', '{.spec.containers[0:0].name}', fakes(4), ''],
    ['containers[-1:0]', '{.spec.containers[-1:0].name}', fakes(4), 'ERROR starting index 3 is greater than ending index 0'],
    ['containers[-4:]', '{.spec.containers[-4:].name}', fakes(4), 'fake0 fake1 fake2 fake3'],
    ['containers[-5]', '{.spec.containers[-5].name}', fakes(4), 'ERROR array index out of bounds: index -1, length 4'],
    ['containers[5:5]', '{.spec.containers[5:5].name}', fakes(4), ''],
    ['containers[-5:-5]', '{.spec.containers[-5:-5].name}', fakes(4), ''],
    ['containers[3:1]', '{.spec.containers[3:1].name}', fakes(4), 'ERROR starting index 3 is greater than ending index 1'],
    ['containers[0:6:0]', '{.spec.containers[0:6:0].name}', fakes(6), 'ERROR step must be > 0'],
    ['containers[0:6:-1]', '{.spec.containers[0:6:-1].name}', fakes(6), 'ERROR step must be > 0'],
    ['containers[1:4:3]', '{.spec.containers[1:4:3].name}', fakes(6), 'fake1'],
    ['containers[0:6:5]', '{.spec.containers[0:6:5].name}', fakes(6), 'fake0 fake5'],
  ])('%s', (_, template, input, expected, allowMissingKeys) => expect(run(template, input, allowMissingKeys)).toBe(expected))

  it('filters tolerate missing keys only when allowed (issue 45546)', () => {
    const data = { kind: 'List', items: [
      { kind: 'Pod', metadata: { name: 'pod1', annotations: { color: 'blue' } } }, { kind: 'Pod', metadata: { name: 'pod2' } },
      { kind: 'Pod', metadata: { name: 'pod3', annotations: { color: 'green' } } }, { kind: 'Pod', metadata: { name: 'pod4', annotations: { color: 'blue' } } },
    ] }
    const t = '{.items[?(@.metadata.annotations.color=="blue")].metadata.name}'
    expect(run(t, data, true)).toBe('pod1 pod4')
    expect(run(t, data, false)).toBe('ERROR annotations is not found')
  })

  it('ranges over a filter (TestRunningPodsJSONPathOutput)', () => {
    const data = { kind: 'List', items: [
      { kind: 'Pod', metadata: { name: 'pod1' }, status: { phase: 'Running' } }, { kind: 'Pod', metadata: { name: 'pod2' }, status: { phase: 'Running' } },
      { kind: 'Pod', metadata: { name: 'pod3' }, status: { phase: 'Running' } }, { resourceVersion: '' },
    ] }
    expect(run('{range .items[?(.status.phase=="Running")]}{.metadata.name}{" is Running\\n"}{end}', data, true))
      .toBe('pod1 is Running\npod2 is Running\npod3 is Running\n')
  })

  it.each([
    ['{hello}', 'ERROR unrecognized identifier hello'],
    ['{.hello}', 'ERROR hello is not found'],
    ['{.Labels[0]}', 'ERROR map[string]interface {} is not array or slice'],
    ['{.Book[?(@.Price<>10)]}', 'ERROR unrecognized filter operator <>'],
    ['{range .Labels.*}{@}{end}{end}', 'ERROR not in range, nothing to end'],
    ['{............................................................Price}', 'PARSE ERROR invalid multiple recursive descent'],
  ])('fails %s like upstream', (template, expected) => {
    const store = { Book: [{ Category: 'reference', Price: 8.95 }], Labels: { engieer: 10, 'web/html': 15, 'k8s-app': 20 } }
    expect(run(template, store)).toBe(expected)
  })
})

describe('JSONPath parse errors (upstream parser_test.go TestFailParser)', () => {
  it.each([
    ['{.hello', 'unclosed action'],
    ['{*}', "unrecognized character in action: U+002A '*'"],
    ['{+12.3.0}', 'cannot parse number +12.3.0'],
    ['{[1}', 'unterminated array'],
    ['{[?(.price]}', 'unterminated filter'],
    ['{........}', 'invalid multiple recursive descent'],
    ['{\\\\\\}', "unrecognized character in action: U+005C '\\'"],
  ])('%s', (template, expected) => expect(run(template, null)).toBe(`PARSE ERROR ${expected}`))

  it.each([
    ['{[?(@.status.nodeInfo.osImage == "()")]}', '()'],
    ['{[?(@.status.nodeInfo.osImage == "(\\"\\")")]}', '("")'],
    ['{[?(@.test == "())(")]}', '())('],
    ["{[?(@.status.nodeInfo.osImage == 'Linux')]}", 'Linux'],
    ['{[?(@.status.nodeInfo.osImage == "{[()]}")]}', '{[()]}'],
    ["{[?(@.status.nodeInfo.osImage == \"''\")]}", "''"],
    ["{[?(@.status.nodeInfo.osImage == '\"\"')]}", '""'],
    ["{[?(@.status.nodeInfo.osImage == '\\\\\\'')]}", "\\'"],
  ])('filter literal in %s', (template, literal) => {
    const osImage = (v: string) => ({ status: { nodeInfo: { osImage: v } }, test: v })
    expect(run(template.replace(/\.(status\.nodeInfo\.osImage|test) /, '.test '), [osImage(literal), osImage('other')])).toBe(JSON.stringify(osImage(literal)).replace(/[<>&]/g, ''))
  })
})

describe('JSONPath choices where upstream is nondeterministic or byte-based', () => {
  const pod = { metadata: { labels: { b: '2', a: '1', c: '3' } } }
  it('visits map entries in sorted key order for * and .. (Go map iteration is random)', () => {
    expect(run('{.metadata.labels.*}', pod)).toBe('1 2 3')
    expect(run('{..a}', { z: { a: 1 }, y: { a: 2 } })).toBe('2 1')
  })
  it('unquotes text literals like strconv.Unquote, single quotes included', () => {
    expect(run('{"\\x41\\u00e9\\101\\t"}', null)).toBe('AéA\t')
    expect(run("{'it\\'s'}", null)).toBe("it's")
    expect(run('{"\\\'"}', null)).toBe('PARSE ERROR unquote string "\\\'" error invalid syntax')
  })
})
