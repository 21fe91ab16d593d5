// Sharing equal immutable values kept by many stored objects (an event's source, a message
// repeated for every pod) so each is held once. Bounded: when full it starts over, which only
// costs later values their sharing, never correctness.

export interface Interner<T> {
  /** The value kept for `key`, made by `make` the first time (or again after the interner filled up). */
  get(key: string, make: () => T): T
}

export function createInterner<T>(limit = 1024): Interner<T> {
  const kept = new Map<string, T>()
  return {
    get(key, make) {
      let value = kept.get(key)
      if (value === undefined) {
        if (kept.size >= limit) kept.clear()
        value = make()
        kept.set(key, value)
      }
      return value
    },
  }
}
