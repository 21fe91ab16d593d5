// `kubectl get --sort-by=<jsonpath>`: a stable sort on one field, numbers numerically, strings
// byte-wise, timestamps in time order; objects lacking the field sort first.
// mirrors kubernetes/kubectl pkg/cmd/get/sorter.go (RuntimeSort, isLess).

import type { KubeObject } from '../../objects/meta'
import { relaxedJSONPathExpression } from '../printers/custom-columns'
import { compareGoStrings } from '../printers/go-format'
import { JSONPath } from '../printers/jsonpath'

export type Sorted = { ok: true; objects: KubeObject[] } | { ok: false; error: string }

export function sortObjects(objects: readonly KubeObject[], field: string): Sorted {
  const expression = relaxedJSONPathExpression(field)
  if (!expression.ok) return expression
  const parser = new JSONPath('sorting')
  parser.allowMissingKeys = true
  const error = parser.parse(expression.value)
  if (error !== undefined) return { ok: false, error }
  const keyed = objects.map((object) => {
    const found = parser.findResults(object)
    return { object, value: found.results[0]?.[0] }
  })
  const sorted = [...keyed].sort((a, b) => compareValues(a.value, b.value))
  return { ok: true, objects: sorted.map((k) => k.object) }
}

function compareValues(a: unknown, b: unknown): number {
  if (a === undefined || a === null) return b === undefined || b === null ? 0 : -1
  if (b === undefined || b === null) return 1
  if (typeof a === 'number' && typeof b === 'number') return a - b
  return compareGoStrings(String(a), String(b))
}
