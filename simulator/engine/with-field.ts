// `{ ...obj, [key]: value }` for the store's write path. Objects of every kind pass through the
// same few lines there, and V8 answers a spread of that many shapes on its slow generic path;
// copying key by key gives the same object (same keys, same order) several times faster.

/** A shallow copy of `obj` with `key` set to `value` (kept in place if `obj` has it, else last). */
export function withField<T extends object>(obj: T, key: string, value: unknown): T {
  const out: Record<string, unknown> = {}
  for (const k in obj) out[k] = (obj as Record<string, unknown>)[k]
  out[key] = value
  return out as T
}
