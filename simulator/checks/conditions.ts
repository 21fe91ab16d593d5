// Field conditions of checks: test a value at a path, and say in words what is there.
import type { FieldCondition } from './schema'
import { operatorsOf } from './operators'
import { readFieldPath } from './field-path'

/** True when the value at `condition.path` in `object` satisfies the condition's operator. */
export function testCondition(object: unknown, condition: FieldCondition): boolean {
  const value = readFieldPath(object, condition.path)
  const [op] = operatorsOf(condition)
  switch (op) {
    case 'equals':
      return sameValue(value, condition.equals)
    case 'notEquals':
      return !sameValue(value, condition.notEquals)
    case 'exists':
      return (value !== undefined && value !== null) === condition.exists
    case 'matches':
      return typeof value === 'string' && new RegExp(condition.matches as string).test(value)
    case 'in':
      return (condition.in ?? []).some((v) => sameValue(value, v))
    case 'atLeast':
      return typeof value === 'number' && value >= (condition.atLeast as number)
    case 'atMost':
      return typeof value === 'number' && value <= (condition.atMost as number)
    case 'contains':
      if (typeof value === 'string') return typeof condition.contains === 'string' && value.includes(condition.contains)
      return Array.isArray(value) && value.some((v) => sameValue(v, condition.contains) || isSubset(condition.contains, v))
    default:
      return false
  }
}

/** "… .status.readyReplicas is 2 (want 3)"; with no object, only the wanted part. */
export function describeCondition(object: unknown, condition: FieldCondition): string {
  const value = readFieldPath(object, condition.path)
  const [op] = operatorsOf(condition)
  const want = {
    equals: () => show(condition.equals),
    notEquals: () => `not ${show(condition.notEquals)}`,
    exists: () => (condition.exists ? 'set' : 'unset'),
    matches: () => `matching /${condition.matches}/`,
    in: () => `one of ${(condition.in ?? []).map(show).join(', ')}`,
    atLeast: () => `at least ${condition.atLeast}`,
    atMost: () => `at most ${condition.atMost}`,
    contains: () => `containing ${show(condition.contains)}`,
  }[op]()
  if (object === undefined) return `(want ${want})`
  return `${condition.path} is ${value === undefined ? 'unset' : show(value)} (want ${want})`
}

function show(value: unknown): string {
  if (typeof value === 'string') return value === '' ? '""' : value
  const text = JSON.stringify(value)
  return text.length > 60 ? `${text.slice(0, 57)}…` : text
}

/** YAML numbers and strings compare loosely ("3" equals 3): lesson authors write either. */
function sameValue(actual: unknown, wanted: unknown): boolean {
  if (typeof actual === 'number' && typeof wanted === 'string') return String(actual) === wanted
  if (typeof actual === 'string' && typeof wanted === 'number') return actual === String(wanted)
  if (typeof actual === 'object' && actual !== null) return JSON.stringify(actual) === JSON.stringify(wanted)
  return actual === wanted
}

/** `part`'s fields all appear in `whole` with the same values (a list item like {name: www}). */
function isSubset(part: unknown, whole: unknown): boolean {
  if (typeof part !== 'object' || part === null || typeof whole !== 'object' || whole === null) return false
  return Object.entries(part).every(([k, v]) => {
    const w = (whole as Record<string, unknown>)[k]
    return typeof v === 'object' && v !== null ? isSubset(v, w) : sameValue(w, v)
  })
}
