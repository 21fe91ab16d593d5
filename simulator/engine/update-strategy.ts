// What an update may change, per the generic registry: system metadata is the server's,
// status belongs to the status subresource, spec to the main resource. Pure.
// Mirrors k8s.io/apiserver pkg/registry/rest/update.go (BeforeUpdate), the PrepareForUpdate
// of the StatefulSet and Pod strategies, metav1.ResetObjectMetaForStatus and
// pkg/registry/generic/registry/store.go (ShouldDeleteDuringUpdate).
import type { KubeObject, ObjectMeta } from '../objects/meta'
import { deepEqual } from './deep-equal'
import { resourceFor } from './resources'
import { withField } from './with-field'

/** The server-owned metadata fields; undefined ones must be absent from stored metadata. */
export interface SystemFields {
  name: string
  namespace?: string
  uid: string
  resourceVersion: string
  creationTimestamp: string
  generation?: number
  deletionTimestamp?: string
  deletionGracePeriodSeconds?: number
}

const optionalSystemFields = ['namespace', 'generation', 'deletionTimestamp', 'deletionGracePeriodSeconds'] as const

/**
 * `meta` with its server-owned fields replaced by `system`'s; a field `system` leaves
 * undefined is absent from the result, so stored metadata serializes without it. The common
 * case is one copy; only input carrying stale optional fields pays for a filtering copy.
 */
export function withSystemFields(meta: Partial<ObjectMeta>, system: SystemFields): ObjectMeta {
  // A copy by keys, in the order a spread gives: metadata of every kind passes here, and a spread
  // of many shapes falls to V8's slow generic path.
  const out: Record<string, unknown> = {}
  for (const key in meta) out[key] = (meta as Record<string, unknown>)[key]
  out.name = system.name
  out.uid = system.uid
  out.resourceVersion = system.resourceVersion
  out.creationTimestamp = system.creationTimestamp
  let stale = false
  for (const key of optionalSystemFields) {
    const value = system[key]
    if (value !== undefined) out[key] = value
    else if (out[key] !== undefined) stale = true
  }
  if (!stale) return out as unknown as ObjectMeta
  const compacted: Record<string, unknown> = {}
  for (const key in out) {
    const keep = !(optionalSystemFields as readonly string[]).includes(key) || system[key as keyof SystemFields] !== undefined
    if (keep && out[key] !== undefined) compacted[key] = out[key]
  }
  return compacted as unknown as ObjectMeta
}

/**
 * The object an update of `current` with `obj` stores (before its new resourceVersion): name,
 * namespace, uid, resourceVersion, creationTimestamp and the deletion fields come from
 * `current`; so does status for kinds with a status subresource. Generation is `current`'s,
 * plus one if spec changed and the kind keeps generation.
 */
export function prepareUpdate(obj: KubeObject, current: KubeObject): KubeObject {
  const info = resourceFor(current.kind)
  const old = current.metadata
  let generation = old.generation
  if (info?.generation && !deepEqual(obj.spec, current.spec)) generation = (generation ?? 0) + 1
  const metadata = withSystemFields(obj.metadata, { ...old, generation })
  if (!info?.statusSubresource) return withField(obj, 'metadata', metadata)
  return withStatus(withField(obj, 'metadata', metadata), current.status)
}

/** A status-subresource update: everything but status stays as stored. */
export function prepareStatusUpdate(obj: KubeObject, current: KubeObject): KubeObject {
  return withStatus(current, obj.status)
}

function withStatus(obj: KubeObject, status: unknown): KubeObject {
  if (status !== undefined) return withField(obj, 'status', status)
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { status: _dropped, ...rest } = obj
  return rest as KubeObject
}

/** Whether storing `next` over `current` instead deletes it: the last finalizer went, and no grace period is running. */
export function shouldDeleteDuringUpdate(next: KubeObject, current: KubeObject): boolean {
  if ((next.metadata.finalizers ?? []).length > 0) return false
  if (current.metadata.deletionTimestamp === undefined) return false
  return (current.metadata.deletionGracePeriodSeconds ?? 0) === 0
}
