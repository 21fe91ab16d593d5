import { describe, expect, it } from 'vitest'
import { parseSelector } from '@/simulator/engine/label-parser'
import {
  everything,
  formatLabelSelector,
  labelSelectorAsSelector,
  nothing,
  selectorFromSet,
  type LabelSelector,
  type Selector,
} from '@/simulator/engine/labels'

function parsed(text: string): Selector {
  const result = parseSelector(text)
  if (!result.ok) throw new Error(result.error)
  return result.selector
}

const qualifiedNameMsg =
  "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character " +
  "(e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')"
const labelValueMsg =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character " +
  "(e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')"
const binaryOps = 'in, notin, =, ==, !=, gt, lt'

describe('parseSelector', () => {
  it.each([
    ['', ''],
    ['app=nginx', 'app=nginx'],
    ['app==nginx', 'app==nginx'],
    ['app!=x', 'app!=x'],
    ['env in (b,a)', 'env in (a,b)'],
    ['env in (a,a)', 'env in (a)'],
    ['env notin (a)', 'env notin (a)'],
    ['key', 'key'],
    ['!key', '!key'],
    ['b=1,a', 'a,b=1'],
    ['  app = nginx ,  tier in ( a , b ) ', 'app=nginx,tier in (a,b)'],
    ['x in (foo,,baz),y,z notin ()', 'x in (,baz,foo),y,z notin ()'],
    ['a=', 'a='],
    ['in in (in,notin)', 'in in (in,notin)'],
    ['version>5,version<10', 'version>5,version<10'],
    ['example.com/tier=web', 'example.com/tier=web'],
    ['app=web,app!=api', 'app=web,app!=api'],
  ])('parses %j and prints it as %j', (text, printed) => {
    expect(parsed(text).toString()).toBe(printed)
  })

  it.each([
    ['app:monolith', `unable to parse requirement: <nil>: Invalid value: "app:monolith": ${qualifiedNameMsg}`],
    ['a b', `unable to parse requirement: found 'b', expected: ${binaryOps}`],
    ['a!b', `unable to parse requirement: found '!', expected: ${binaryOps}`],
    ['a,', "found '', expected: identifier after ','"],
    [',a', "found ',', expected: !, identifier, or 'end of string'"],
    ['a=b c', "found 'c', expected: ',' or 'end of string'"],
    ['a=b=c', "found '=', expected: ',' or 'end of string'"],
    ['!a=b', "found '=', expected: ',' or 'end of string'"],
    ['!', "unable to parse requirement: found '', expected: identifier"],
    ['a in b', "unable to parse requirement: found 'b' expected: '('"],
    ['a in (b', "unable to parse requirement: found '', expected: ',' or ')'"],
    ['a in (=)', "unable to parse requirement: found '=', expected: ',', ')' or identifier"],
    ['a=(b)', "unable to parse requirement: found '(', expected: identifier"],
    ['a>x', `unable to parse requirement: values[0]: Invalid value: "x": for 'Gt', 'Lt' operators, the value must be an integer`],
    ['a=-bad', `unable to parse requirement: values[0][a]: Invalid value: "-bad": ${labelValueMsg}`],
  ])('rejects %j with apimachinery text', (text, error) => {
    expect(parseSelector(text)).toEqual({ ok: false, error })
  })

  it('reports a bad prefix in the key', () => {
    const result = parseSelector('app.kubernetes_io/name=x')
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error).toMatch(/^unable to parse requirement: <nil>: Invalid value: "app.kubernetes_io\/name": prefix part a lowercase RFC 1123 subdomain/)
    }
  })
})

describe('selector matching', () => {
  const labels = { app: 'web', tier: 'db', version: '10' }
  it.each([
    ['', true],
    ['app=web', true],
    ['app==web', true],
    ['app=api', false],
    ['app!=api', true],
    ['missing!=x', true],
    ['tier in (db,cache)', true],
    ['tier notin (db)', false],
    ['missing notin (x)', true],
    ['missing in (x)', false],
    ['app', true],
    ['!app', false],
    ['!missing', true],
    ['version>9', true],
    ['version<10', false],
    ['app>1', false],
    ['app=web,tier=db', true],
    ['app=web,tier=cache', false],
    ['app=', false],
  ])('%j matches app=web,tier=db,version=10: %s', (text, expected) => {
    expect(parsed(text).matches(labels)).toBe(expected)
  })

  it('treats missing labels as an empty set', () => {
    expect(parsed('!app').matches(undefined)).toBe(true)
    expect(parsed('app').matches(undefined)).toBe(false)
    expect(parsed('').matches(undefined)).toBe(true)
    expect(parsed('app=').matches({ app: '' })).toBe(true)
  })

  it('has Everything and Nothing', () => {
    expect(everything.matches(undefined)).toBe(true)
    expect(everything.empty()).toBe(true)
    expect(nothing.matches({ a: 'b' })).toBe(false)
    expect(nothing.empty()).toBe(false)
    expect(nothing.toString()).toBe('')
    expect(selectorFromSet({})).toBe(everything)
    expect(selectorFromSet({ b: '2', a: '1' }).toString()).toBe('a=1,b=2')
  })
})

describe('LabelSelector', () => {
  it.each<[string, LabelSelector | null | undefined, string]>([
    ['null selects nothing', null, '<none>'],
    ['empty selects everything', {}, '<none>'],
    ['matchLabels sorted by key', { matchLabels: { tier: 'db', app: 'web' } }, 'app=web,tier=db'],
    ['In with sorted values', { matchExpressions: [{ key: 'env', operator: 'In', values: ['b', 'a'] }] }, 'env in (a,b)'],
    ['NotIn', { matchExpressions: [{ key: 'env', operator: 'NotIn', values: ['a'] }] }, 'env notin (a)'],
    [
      'Exists and DoesNotExist merged with labels by key',
      {
        matchLabels: { z: '1' },
        matchExpressions: [
          { key: 'a', operator: 'Exists' },
          { key: 'm', operator: 'DoesNotExist' },
        ],
      },
      'a,!m,z=1',
    ],
    ['an invalid operator', { matchExpressions: [{ key: 'a', operator: 'Foo' }] }, '<error>'],
  ])('formats %s', (_name, selector, formatted) => {
    expect(formatLabelSelector(selector)).toBe(formatted)
  })

  it('matches like its string form', () => {
    const result = labelSelectorAsSelector({ matchLabels: { app: 'web' }, matchExpressions: [{ key: 'tier', operator: 'In', values: ['db'] }] })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.selector.matches({ app: 'web', tier: 'db' })).toBe(true)
    expect(result.selector.matches({ app: 'web' })).toBe(false)
    const none = labelSelectorAsSelector(null)
    expect(none.ok && none.selector.matches({})).toBe(false)
    const all = labelSelectorAsSelector({ matchLabels: {} })
    expect(all.ok && all.selector.matches(undefined)).toBe(true)
  })

  it.each<[LabelSelector, string]>([
    [{ matchExpressions: [{ key: 'a', operator: 'Foo' }] }, '"Foo" is not a valid pod selector operator'],
    [{ matchExpressions: [{ key: 'a', operator: 'In' }] }, "values: Invalid value: []string(nil): for 'in', 'notin' operators, values set can't be empty"],
    [{ matchExpressions: [{ key: 'a', operator: 'In', values: [] }] }, "values: Invalid value: []string(nil): for 'in', 'notin' operators, values set can't be empty"],
    [{ matchExpressions: [{ key: 'a', operator: 'Exists', values: ['x'] }] }, 'values: Invalid value: []string{"x"}: values set must be empty for exists and does not exist'],
    [{ matchLabels: { 'a b': 'x' } }, `key: Invalid value: "a b": ${qualifiedNameMsg}`],
    [
      { matchLabels: { 'a b': '-' } },
      `[key: Invalid value: "a b": ${qualifiedNameMsg}, values[0][a b]: Invalid value: "-": ${labelValueMsg}]`,
    ],
  ])('rejects %j', (selector, error) => {
    expect(labelSelectorAsSelector(selector)).toEqual({ ok: false, error })
  })
})
