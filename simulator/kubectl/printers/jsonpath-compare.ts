// Comparisons in jsonpath filters (`[?(@.status.phase=="Running")]`), with Go template semantics:
// operands must be of the same basic kind (int with uint allowed), else an error.
// mirrors kubernetes/client-go@v0.32 third_party/forked/golang/template/funcs.go (eq, ne, lt, le,
// gt, ge and basicKind).
import { compareGoStrings, GoScalar, isGoInt } from './go-format'

type Kind = 'bool' | 'int' | 'uint' | 'float' | 'string'

/** A failed comparison; the message is upstream's error text. */
export class ComparisonError extends Error {}

const errBadComparisonType = (): ComparisonError => new ComparisonError('invalid type for comparison')
const errBadComparison = (): ComparisonError => new ComparisonError('incompatible types for comparison')

function basicKind(v: unknown): [Kind, number | string | boolean] {
  if (typeof v === 'boolean') return ['bool', v]
  if (typeof v === 'string') return ['string', v]
  if (typeof v === 'number') return [isGoInt(v) ? 'int' : 'float', v]
  if (v instanceof GoScalar) return [v.kind === 'float64' ? 'float' : v.kind === 'uint8' ? 'uint' : 'int', v.value]
  throw errBadComparisonType()
}

/** template.Equal(a, b); throws ComparisonError. */
export function goEqual(a: unknown, b: unknown): boolean {
  const [k1, v1] = basicKind(a)
  const [k2, v2] = basicKind(b)
  if (k1 !== k2) {
    if ((k1 === 'int' && k2 === 'uint') || (k1 === 'uint' && k2 === 'int')) return v1 === v2
    throw errBadComparison()
  }
  return v1 === v2
}

/** template.Less(a, b); throws ComparisonError. */
export function goLess(a: unknown, b: unknown): boolean {
  const [k1, v1] = basicKind(a)
  const [k2, v2] = basicKind(b)
  if (k1 !== k2) {
    if ((k1 === 'int' && k2 === 'uint') || (k1 === 'uint' && k2 === 'int')) return (v1 as number) < (v2 as number)
    throw errBadComparison()
  }
  if (k1 === 'bool') throw errBadComparisonType()
  if (k1 === 'string') return compareGoStrings(v1 as string, v2 as string) < 0
  return (v1 as number) < (v2 as number)
}

/** The filter operators; anything else is `unrecognized filter operator <op>` (thrown). */
export function compareGo(operator: string, a: unknown, b: unknown): boolean {
  switch (operator) {
    case '<': return goLess(a, b)
    case '>': return !(goLess(a, b) || goEqual(a, b))
    case '==': return goEqual(a, b)
    case '!=': return !goEqual(a, b)
    case '<=': return goLess(a, b) || goEqual(a, b)
    case '>=': return !goLess(a, b)
  }
  throw new ComparisonError(`unrecognized filter operator ${operator}`)
}
