// apiequality.Semantic.DeepEqual over wire objects: nil and empty lists/maps are equal,
// quantities compare by value. Mirrors kubernetes/apimachinery pkg/api/equality/semantic.go
// and third_party/forked/golang/reflect/deep_equal.go.
import { encodeObject } from './encode'
import { structOf } from './schema'

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => deepEqual(v, b[i]))
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) || Array.isArray(b)) return false
  const ka = Object.keys(a)
  const kb = Object.keys(b)
  const ra = a as Record<string, unknown>
  const rb = b as Record<string, unknown>
  return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(rb, k) && deepEqual(ra[k], rb[k]))
}

/** Whether two values of the struct type `typeId` (e.g. `core.PersistentVolumeClaimSpec`) are semantically equal. */
export function semanticEqual(typeId: string, a: unknown, b: unknown): boolean {
  const type = structOf(typeId)
  return deepEqual(encodeObject(type, a, { semantic: true }), encodeObject(type, b, { semantic: true }))
}
