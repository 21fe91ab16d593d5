// Label selectors: requirements, matching, the metav1.LabelSelector conversion and the text
// kubectl prints. Mirrors kubernetes/apimachinery pkg/labels/selector.go (NewRequirement,
// Requirement.Matches, Requirement.String) and pkg/apis/meta/v1/helpers.go
// (LabelSelectorAsSelector, FormatLabelSelector). The string parser is label-parser.ts.
import { goQuote, goStringSlice } from './admission/go-format'
import { isQualifiedName, isValidLabelValue } from './admission/name-rules'

/** selection.Operator values, verbatim: `exists` and `!` are the unary ones. */
export type SelectorOperator = 'in' | 'notin' | '=' | '==' | '!=' | 'exists' | '!' | 'gt' | 'lt'

export interface Requirement {
  readonly key: string
  readonly operator: SelectorOperator
  readonly values: readonly string[]
}

export type Labels = Readonly<Record<string, string>> | undefined

export interface Selector {
  /** Requirements sorted by key (stable), all of which must match. */
  readonly requirements: readonly Requirement[]
  /** False only for the Nothing selector (a nil metav1.LabelSelector), which matches nothing. */
  readonly selectable: boolean
  matches(labels: Labels): boolean
  /** True if the selector does not restrict anything (matches every object). */
  empty(): boolean
  /** Selector.String(): requirements joined by `,`; `''` for Everything and Nothing. */
  toString(): string
}

export interface LabelSelectorRequirement {
  key: string
  operator: string
  values?: readonly string[]
}

/** metav1.LabelSelector */
export interface LabelSelector {
  matchLabels?: Readonly<Record<string, string>>
  matchExpressions?: readonly LabelSelectorRequirement[]
}

export type SelectorResult = { ok: true; selector: Selector } | { ok: false; error: string }
export type RequirementResult = { ok: true; requirement: Requirement } | { ok: false; error: string }

const int64 = /^[+-]?[0-9]+$/
const int64Min = -(2n ** 63n)
const int64Max = 2n ** 63n - 1n

/** strconv.ParseInt(s, 10, 64), or undefined where Go returns an error. */
function parseInt64(text: string): bigint | undefined {
  if (!int64.test(text)) return undefined
  const n = BigInt(text)
  return n < int64Min || n > int64Max ? undefined : n
}

function invalid(field: string, badValue: string, detail: string): string {
  return `${field}: Invalid value: ${badValue}: ${detail}`
}

/**
 * labels.NewRequirement: validates the key, the value count for the operator and each value.
 * `path` prefixes field paths as field.WithPath would; without it the paths are `key`,
 * `values`, `values[0][key]`. The error is the aggregate text (`a` or `[a, b]`).
 */
export function newRequirement(key: string, operator: SelectorOperator, values: readonly string[], path = ''): RequirementResult {
  const at = (child: string) => (path ? `${path}.${child}` : child)
  const errs: string[] = []
  const keyErrs = isQualifiedName(key)
  if (keyErrs.length > 0) errs.push(invalid(at('key'), goQuote(key), keyErrs.join('; ')))
  const listed = goStringSlice(values.length === 0 ? null : values)
  if ((operator === 'in' || operator === 'notin') && values.length === 0) {
    errs.push(invalid(at('values'), listed, "for 'in', 'notin' operators, values set can't be empty"))
  } else if ((operator === '=' || operator === '==' || operator === '!=') && values.length !== 1) {
    errs.push(invalid(at('values'), listed, 'exact-match compatibility requires one single value'))
  } else if ((operator === 'exists' || operator === '!') && values.length !== 0) {
    errs.push(invalid(at('values'), listed, 'values set must be empty for exists and does not exist'))
  } else if (operator === 'gt' || operator === 'lt') {
    if (values.length !== 1) errs.push(invalid(at('values'), listed, "for 'Gt', 'Lt' operators, exactly one value is required"))
    values.forEach((v, i) => {
      if (parseInt64(v) === undefined) {
        errs.push(invalid(`${at('values')}[${i}]`, goQuote(v), "for 'Gt', 'Lt' operators, the value must be an integer"))
      }
    })
  }
  values.forEach((v, i) => {
    const valueErrs = isValidLabelValue(v)
    if (valueErrs.length > 0) errs.push(invalid(`${at('values')}[${i}][${key}]`, goQuote(v), valueErrs.join('; ')))
  })
  const unique = [...new Set(errs)]
  if (unique.length === 0) return { ok: true, requirement: { key, operator, values: [...values] } }
  return { ok: false, error: unique.length === 1 ? unique[0] : `[${unique.join(', ')}]` }
}

/** Requirement.Matches */
export function matchesRequirement(r: Requirement, labels: Labels): boolean {
  const has = labels !== undefined && Object.prototype.hasOwnProperty.call(labels, r.key)
  switch (r.operator) {
    case 'in':
    case '=':
    case '==':
      return has && r.values.includes((labels as Record<string, string>)[r.key])
    case 'notin':
    case '!=':
      return !has || !r.values.includes((labels as Record<string, string>)[r.key])
    case 'exists':
      return has
    case '!':
      return !has
    case 'gt':
    case 'lt': {
      if (!has || r.values.length !== 1) return false
      const actual = parseInt64((labels as Record<string, string>)[r.key])
      const bound = parseInt64(r.values[0])
      if (actual === undefined || bound === undefined) return false
      return r.operator === 'gt' ? actual > bound : actual < bound
    }
  }
}

const operatorText: Record<SelectorOperator, string> = {
  '=': '=',
  '==': '==',
  '!=': '!=',
  in: ' in ',
  notin: ' notin ',
  gt: '>',
  lt: '<',
  exists: '',
  '!': '',
}

/** Requirement.String: `!key`, `key`, `key=v`, `key in (a,b)`, with set values sorted. */
export function formatRequirement(r: Requirement): string {
  if (r.operator === 'exists') return r.key
  if (r.operator === '!') return `!${r.key}`
  const values = r.values.length === 1 ? r.values[0] : [...r.values].sort().join(',')
  const set = r.operator === 'in' || r.operator === 'notin'
  return `${r.key}${operatorText[r.operator]}${set ? `(${values})` : values}`
}

class RequirementsSelector implements Selector {
  readonly selectable = true
  constructor(readonly requirements: readonly Requirement[]) {}

  matches(labels: Labels): boolean {
    for (const r of this.requirements) if (!matchesRequirement(r, labels)) return false
    return true
  }

  empty(): boolean {
    return this.requirements.length === 0
  }

  toString(): string {
    return this.requirements.map(formatRequirement).join(',')
  }
}

const nothingSelector: Selector = {
  requirements: [],
  selectable: false,
  matches: () => false,
  empty: () => false,
  toString: () => '',
}

/** labels.Everything(): matches every object, including ones without labels. */
export const everything: Selector = new RequirementsSelector([])

/** labels.Nothing(): matches no object. */
export const nothing: Selector = nothingSelector

/** A selector over already-validated requirements, sorted stably by key as Selector.Add does. */
export function selectorOf(requirements: readonly Requirement[]): Selector {
  const sorted = [...requirements].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  return new RequirementsSelector(sorted)
}

/** labels.SelectorFromSet: `key=value` for each entry; an empty or missing set selects everything. */
export function selectorFromSet(set: Labels): Selector {
  if (set === undefined || Object.keys(set).length === 0) return everything
  return selectorOf(Object.keys(set).map((key) => ({ key, operator: '=' as const, values: [set[key]] })))
}

const expressionOperators: Record<string, SelectorOperator> = { In: 'in', NotIn: 'notin', Exists: 'exists', DoesNotExist: '!' }

/**
 * metav1.LabelSelectorAsSelector: null or undefined selects nothing, an empty selector selects
 * everything; otherwise matchLabels as `=` and matchExpressions by operator. The error is
 * upstream's text (`"Foo" is not a valid pod selector operator`, or a requirement's error).
 */
export function labelSelectorAsSelector(ls: LabelSelector | null | undefined): SelectorResult {
  if (ls === null || ls === undefined) return { ok: true, selector: nothing }
  const requirements: Requirement[] = []
  const matchLabels = ls.matchLabels ?? {}
  for (const key of Object.keys(matchLabels).sort()) {
    const r = newRequirement(key, '=', [matchLabels[key]])
    if (!r.ok) return r
    requirements.push(r.requirement)
  }
  for (const expr of ls.matchExpressions ?? []) {
    const operator = expressionOperators[expr.operator]
    if (operator === undefined) return { ok: false, error: `${goQuote(expr.operator)} is not a valid pod selector operator` }
    const r = newRequirement(expr.key, operator, expr.values ?? [])
    if (!r.ok) return r
    requirements.push(r.requirement)
  }
  return { ok: true, selector: requirements.length === 0 ? everything : selectorOf(requirements) }
}

/** metav1.FormatLabelSelector, as kubectl describe and -o wide print it: `<none>` if empty, `<error>` if invalid. */
export function formatLabelSelector(ls: LabelSelector | null | undefined): string {
  const result = labelSelectorAsSelector(ls)
  if (!result.ok) return '<error>'
  const text = result.selector.toString()
  return text.length === 0 ? '<none>' : text
}
