// Sharing equal immutable values kept by many stored objects (an event's source, a message
// repeated for every pod) so each is held once. Bounded: when full it starts over, which only
// costs later values their sharing, never correctness.

export interface Interner<T> {
  /** The value kept for `key`, if any. */
  find(key: string): T | undefined
  /** Keeps `value` for `key` (starting over first when full); returns it. */
  keep(key: string, value: T): T
}

export function createInterner<T>(limit = 1024): Interner<T> {
  const kept = new Map<string, T>()
  return {
    find: (key) => kept.get(key),
    keep(key, value) {
      if (kept.size >= limit) kept.clear()
      kept.set(key, value)
      return value
    },
  }
}
