// Two sources of expected output:
// - the real kubectl v1.31.9 `get ... -o custom-columns[-file]=...` runs (see reference.ts);
// - upstream kubernetes/kubectl@v0.32 pkg/cmd/get/customcolumn_test.go (TestMassageJSONPath,
//   TestNewColumnPrinterFromSpec/FromTemplate, TestColumnPrint, TestIndividualPrintObjOnExistingTabWriter,
//   TestSliceColumnPrint).
import { describe, expect, it } from 'vitest'
import {
  CustomColumnsPrinter, parseCustomColumnsSpec, parseCustomColumnsTemplate, relaxedJSONPathExpression, type Column,
} from '@/simulator/kubectl/printers/custom-columns'
import { toList } from '@/simulator/kubectl/printers/list'
import { newTabWriter } from '@/simulator/kubectl/printers/tabwriter'
import { objects, refsWithPrefix, stderrOf, watchEvents, type ReferenceCase } from './reference'

/**
 * Prints `objs` one PrintObj call each into one tab writer, as kubectl does; `flushAfter` lists
 * the indexes after which the writer is flushed (get -w flushes after the list and each event).
 */
function print(columns: readonly Column[], objs: unknown[], noHeaders = false, flushAfter: number[] = []): { out: string; error?: string } {
  let out = ''
  const w = newTabWriter((t) => (out += t))
  const printer = new CustomColumnsPrinter(columns, noHeaders)
  for (const [i, obj] of objs.entries()) {
    const error = printer.printObj(obj, w)
    if (error !== undefined) {
      w.flush()
      return { out, error }
    }
    if (flushAfter.includes(i)) w.flush()
  }
  w.flush()
  return { out }
}

const resourceNames: Record<string, string> = { pods: 'pods', cm: 'configmaps', nodes: 'nodes' }

function runCase(c: ReferenceCase): { out: string; error?: string } {
  const [, what, name] = c.args
  const output = c.args.find((a) => a.startsWith('custom-columns')) as string
  const value = output.slice(output.indexOf('=') + 1)
  const parsed = output.startsWith('custom-columns-file=')
    ? parseCustomColumnsTemplate(c.files[value] as string)
    : parseCustomColumnsSpec(value)
  if (!parsed.ok) return { out: '', error: parsed.error }
  const noHeaders = c.args.includes('--no-headers') && !output.startsWith('custom-columns-file=')
  if (c.args.includes('-w')) {
    const list = objects('pods')
    const events = watchEvents('pods').map((e) => e.object)
    const flushes = [list.length - 1, ...events.map((_, i) => list.length + i)]
    return print(parsed.value, [...list, ...events], noHeaders, flushes)
  }
  const obj = what === 'pod' ? objects('pods').find((p) => (p.metadata as { name: string }).name === name) : toList(objects(resourceNames[what]))
  return print(parsed.value, [obj], noHeaders)
}

describe('custom-columns (real kubectl output)', () => {
  it.each(refsWithPrefix('cc-').map((c) => [c.name, c] as const))('%s', (_, c) => {
    const { out, error } = runCase(c)
    expect(out).toBe(c.stdout)
    expect(error === undefined ? '' : stderrOf(error)).toBe(c.stderr)
  })
})

describe('relaxedJSONPathExpression (upstream TestMassageJSONPath)', () => {
  it.each([
    ['foo.bar', '{.foo.bar}'], ['{foo.bar}', '{.foo.bar}'], ['.foo.bar', '{.foo.bar}'], ['{.foo.bar}', '{.foo.bar}'], ['', ''],
  ])('%s -> %s', (input, want) => expect(relaxedJSONPathExpression(input)).toEqual({ ok: true, value: want }))
  it.each(['{foo.bar', 'foo.bar}', '{foo.bar}}', '{{foo.bar}'])('%s is an error', (input) => {
    expect(relaxedJSONPathExpression(input).ok).toBe(false)
  })
})

describe('column specs (upstream TestNewColumnPrinterFromSpec / FromTemplate)', () => {
  const expected = [{ header: 'NAME', fieldSpec: '{.metadata.name}' }, { header: 'API_VERSION', fieldSpec: '{.apiVersion}' }]
  it.each(['', 'invalid', 'invalid=foobar', 'invalid,foobar:blah'])('spec %j is an error', (spec) => {
    expect(parseCustomColumnsSpec(spec).ok).toBe(false)
  })
  it('parses a spec', () => expect(parseCustomColumnsSpec('NAME:metadata.name,API_VERSION:apiVersion')).toEqual({ ok: true, value: expected }))
  it.each(['', 'invalid', 'invalid=foobar', 'invalid,foobar:blah'])('template %j is an error', (t) => {
    expect(parseCustomColumnsTemplate(t).ok).toBe(false)
  })
  it.each([
    'NAME               API_VERSION\n{metadata.name}    {apiVersion}',
    'NAME               \t\tAPI_VERSION\n\t\t\t\t\t\t\t{metadata.name}    {apiVersion}',
  ])('parses template %j', (t) => expect(parseCustomColumnsTemplate(t)).toEqual({ ok: true, value: expected }))
  it('omits the header with noHeaders', () => {
    expect(print([{ header: 'API_VERSION', fieldSpec: '{.apiVersion}' }], [{ kind: 'Pod' }], true).out).toBe('<none>\n')
  })
})

describe('CustomColumnsPrinter (upstream TestColumnPrint and friends)', () => {
  const name = { header: 'NAME', fieldSpec: '{.metadata.name}' }
  const apiVersion = { header: 'API_VERSION', fieldSpec: '{.apiVersion}' }
  it.each<[Column[], unknown, string]>([
    [[name], { metadata: { name: 'foo' } }, 'NAME\nfoo\n'],
    [[name], { kind: 'PodList', items: [{ metadata: { name: 'foo' } }, { metadata: { name: 'bar' } }] }, 'NAME\nfoo\nbar\n'],
    [[name, apiVersion], { apiVersion: 'baz', metadata: { name: 'foo' } }, 'NAME   API_VERSION\nfoo    baz\n'],
    [[name, apiVersion, { header: 'NOT_FOUND', fieldSpec: '{.notFound}' }], { apiVersion: 'baz', metadata: { name: 'foo' } },
      'NAME   API_VERSION   NOT_FOUND\nfoo    baz           <none>\n'],
    [[name], { items: [{ metadata: { name: '\x1b \r' } }] }, 'NAME\n^[ \\r\n'],
  ])('%#', (columns, obj, expected) => expect(print(columns, [obj]).out).toBe(expected))

  it('continues one table across PrintObj calls on one writer', () => {
    const columns = [name, { header: 'LONG COLUMN NAME', fieldSpec: '{.metadata.labels.label1}' }, { header: 'LABEL 2', fieldSpec: '{.metadata.labels.label2}' }]
    const pods = ['foo', 'bar'].map((n) => ({ metadata: { name: n, labels: { label1: n, label2: n } } }))
    expect(print(columns, pods).out).toBe('NAME   LONG COLUMN NAME   LABEL 2\nfoo    foo                foo\nbar    bar                bar\n')
  })

  const pod = { metadata: { name: 'fake-name', namespace: 'fake-namespace' }, spec: { containers: ['fake0', 'fake1', 'fake2', 'fake3'].map((n) => ({ name: n })) } }
  it.each([
    ['[0]', 'fake0'], ['[3]', 'fake3'], ['[5]', null], ['[-1]', 'fake3'], ['[-2]', 'fake2'], ['[-4]', 'fake0'], ['[-5]', null],
    ['[0:0]', '<none>'], ['[0:3]', 'fake0,fake1,fake2'], ['[1:]', 'fake1,fake2,fake3'], ['[3:1]', null], ['[0:-1]', 'fake0,fake1,fake2'],
    ['[-1:]', 'fake3'], ['[-4:]', 'fake0,fake1,fake2,fake3'], ['[-3:-1]', 'fake1,fake2'], ['[-2:-3]', null], ['[4:4]', '<none>'], ['[-5:-5]', '<none>'],
  ])('containers%s (TestSliceColumnPrint)', (slice, cell) => {
    const spec = parseCustomColumnsSpec(`CONTAINER:.spec.containers${slice}.name`)
    if (!spec.ok) throw new Error(spec.error)
    const r = print(spec.value, [pod])
    if (cell === null) expect(r.error).toBeDefined()
    else expect(r).toEqual({ out: `CONTAINER\n${cell}\n` })
  })
})
