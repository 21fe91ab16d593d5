// `kubectl get -o yaml|json` hides metadata.managedFields unless --show-managed-fields.
// mirrors kubernetes/cli-runtime pkg/printers/managedfields.go (OmitManagedFieldsPrinter).

interface WithMetadata {
  metadata?: Record<string, unknown>
  items?: unknown[]
}

function withoutManagedFields<T>(obj: T): T {
  const meta = (obj as WithMetadata)?.metadata
  if (!meta || typeof meta !== 'object' || !('managedFields' in meta)) return obj
  const rest = { ...meta }
  delete rest.managedFields
  return { ...obj, metadata: rest }
}

/**
 * A copy of `obj` without metadata.managedFields; for a list (an object with `items`), each item
 * loses its managedFields instead. `obj` itself is never modified.
 */
export function omitManagedFields<T>(obj: T): T {
  const items = (obj as WithMetadata)?.items
  if (Array.isArray(items)) return { ...obj, items: items.map(withoutManagedFields) }
  return withoutManagedFields(obj)
}
