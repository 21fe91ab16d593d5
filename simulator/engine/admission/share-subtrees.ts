// Stored objects are immutable, and objects made from one template repeat most of their parts:
// every pod of a StatefulSet has the same tolerations, projected token volume, ports and
// owner reference. The stored form shares such parts between objects instead of holding a
// copy each. Encoding builds the stored form bottom-up and offers each struct, list and map it
// made of scalars and already-shared parts; a bounded table remembers candidates, and a
// candidate becomes shared when an equal one is offered again, so a part seen once costs
// nothing lasting.

const ids = new WeakMap<object, number>()
const table = new Map<string, object>()
const TABLE_LIMIT = 4096
let nextId = 1

/** Whether `value` can be part of a shared subtree: a scalar, or itself shared. */
export function isShareable(value: unknown): boolean {
  return typeof value !== 'object' || value === null || ids.has(value)
}

/** An unambiguous text for a part: scalars typed and length-prefixed, shared parts by id. */
export function partKey(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return `s${value.length}:${value}`
    case 'object':
      return value === null ? 'n' : `#${ids.get(value)};`
    case 'number':
      return `d${value};`
    case 'boolean':
      return value ? 't' : 'f'
    default:
      return 'u'
  }
}

/**
 * The shared copy of `made` (whose parts are all shareable and whose text is `key`), or `made`
 * itself when it is the first of its kind seen.
 */
export function shareMade<T extends object>(made: T, key: string): T {
  const found = table.get(key)
  if (found === undefined) {
    if (table.size >= TABLE_LIMIT) table.clear()
    table.set(key, made)
    return made
  }
  if (!ids.has(found)) ids.set(found, nextId++)
  return found as T
}
