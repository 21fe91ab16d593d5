// Shared object shapes: every stored object is plain JSON in the Kubernetes wire shape
// (apiVersion, kind, metadata, spec, status), so printers, YAML output and lesson checks
// can read any field by its upstream path.

export interface OwnerReference {
  apiVersion: string
  kind: string
  name: string
  uid: string
  controller?: boolean
  blockOwnerDeletion?: boolean
}

export interface ObjectMeta {
  name: string
  /** Absent for cluster-scoped kinds (Node, PersistentVolume, StorageClass, Namespace). */
  namespace?: string
  uid: string
  resourceVersion: string
  generation?: number
  /** RFC 3339 with second precision, e.g. "2024-09-02T10:00:00Z". */
  creationTimestamp: string
  deletionTimestamp?: string
  deletionGracePeriodSeconds?: number
  labels?: Record<string, string>
  annotations?: Record<string, string>
  ownerReferences?: OwnerReference[]
  finalizers?: string[]
  generateName?: string
}

/** Any stored object. Kind-specific modules narrow `spec` and `status`. */
export interface KubeObject {
  apiVersion: string
  kind: string
  metadata: ObjectMeta
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  spec?: any
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  status?: any
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  [field: string]: any
}

/** Identifies an object in the store: kind plus namespace (empty for cluster scope) plus name. */
export interface ObjectKey {
  kind: string
  namespace: string
  name: string
}

export function keyOf(obj: Pick<KubeObject, 'kind' | 'metadata'>): ObjectKey {
  return { kind: obj.kind, namespace: obj.metadata.namespace ?? '', name: obj.metadata.name }
}

export function keyString(key: ObjectKey): string {
  return `${key.kind}/${key.namespace}/${key.name}`
}

/** `obj` without `finalizer`; the same object if it did not carry it. */
export function withoutFinalizer<T extends KubeObject>(obj: T, finalizer: string): T {
  const { finalizers = [], ...rest } = obj.metadata
  if (!finalizers.includes(finalizer)) return obj
  const kept = finalizers.filter((f) => f !== finalizer)
  return { ...obj, metadata: kept.length > 0 ? { ...rest, finalizers: kept } : rest }
}
