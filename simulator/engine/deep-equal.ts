// Structural equality over JSON-shaped values, as the store needs it to detect no-op
// updates and spec changes. Shared subtrees short-circuit on identity, so comparing an
// object with a lightly edited copy of itself costs only the edited path.

/**
 * Whether `a` and `b` serialize to the same JSON: a key holding `undefined` counts as absent,
 * key order is ignored, array order is not. Functions, dates and class instances are not
 * expected and compare by their own enumerable keys.
 */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  const aIsArray = Array.isArray(a)
  if (aIsArray !== Array.isArray(b)) return false
  if (aIsArray) return arraysEqual(a as unknown[], b as unknown[])
  return recordsEqual(a as Record<string, unknown>, b as Record<string, unknown>)
}

function arraysEqual(a: unknown[], b: unknown[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false
  return true
}

function recordsEqual(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  let definedInA = 0
  for (const key in a) {
    const value = a[key]
    if (value === undefined) continue
    definedInA++
    if (!deepEqual(value, b[key])) return false
  }
  let definedInB = 0
  for (const key in b) if (b[key] !== undefined) definedInB++
  return definedInA === definedInB
}
