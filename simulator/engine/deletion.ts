// What a DELETE does to a stored object: remove it now, or mark it (deletionTimestamp,
// deletionGracePeriodSeconds, garbage-collector finalizers) and keep it until the kubelet or
// the finalizers' owners finish. Pure: the store applies the plan.
// Mirrors k8s.io/apiserver pkg/registry/rest/delete.go (BeforeDelete),
// pkg/registry/generic/registry/store.go (Delete, deletionFinalizersForGarbageCollection,
// markAsDeleting) and kubernetes pkg/registry/core/pod/strategy.go (CheckGracefulDelete).
import type { KubeObject, ObjectMeta } from '../objects/meta'

export type PropagationPolicy = 'Orphan' | 'Background' | 'Foreground'

export const FINALIZER_ORPHAN_DEPENDENTS = 'orphan'
export const FINALIZER_DELETE_DEPENDENTS = 'foregroundDeletion'

export interface DeleteOptions {
  /** Seconds before a graceful (Pod) deletion completes; negative means 1; unset means the object's default. */
  gracePeriodSeconds?: number
  propagationPolicy?: PropagationPolicy
  preconditions?: { uid?: string; resourceVersion?: string }
}

/**
 * `remove`: delete from storage now; when `marked` is set the registry first writes it (a
 * graceful deletion with a zero period), so watchers see MODIFIED then DELETED.
 * `mark`: store `object` (deletion fields and finalizers set) and keep it.
 * `unchanged`: a graceful deletion is already pending with an equal or shorter period.
 */
export type DeletionPlan =
  | { action: 'remove'; marked?: KubeObject }
  | { action: 'mark'; object: KubeObject }
  | { action: 'unchanged' }

export interface DeletionContext {
  /** Virtual now, in ms. */
  now: number
  /** RFC 3339 text for a virtual time. */
  timestamp: (ms: number) => string
  /** Virtual time of an RFC 3339 text. */
  parse: (text: string) => number | undefined
}

/** The grace period a Pod deletion gets (podStrategy.CheckGracefulDelete). */
function podGracePeriod(pod: KubeObject, requested: number | undefined): number {
  let period: number = requested ?? pod.spec?.terminationGracePeriodSeconds ?? 0
  if (!pod.spec?.nodeName) period = 0
  if (pod.status?.phase === 'Failed' || pod.status?.phase === 'Succeeded') period = 0
  return period
}

/** deletionFinalizersForGarbageCollection: the finalizers after applying the policy. */
function gcFinalizers(current: readonly string[], policy: PropagationPolicy | undefined): readonly string[] {
  const orphan = policy === undefined ? current.includes(FINALIZER_ORPHAN_DEPENDENTS) : policy === 'Orphan'
  const foreground = policy === undefined ? current.includes(FINALIZER_DELETE_DEPENDENTS) : policy === 'Foreground'
  const next = current.filter((f) => f !== FINALIZER_ORPHAN_DEPENDENTS && f !== FINALIZER_DELETE_DEPENDENTS)
  if (orphan) next.push(FINALIZER_ORPHAN_DEPENDENTS)
  if (foreground) next.push(FINALIZER_DELETE_DEPENDENTS)
  const unchanged = new Set(next).size === new Set(current).size && next.every((f) => current.includes(f))
  return unchanged ? current : next
}

/** rest.BeforeDelete: the graceful period, or 'pending' if a graceful deletion already covers the request. */
function beforeDelete(obj: KubeObject, requested: number | undefined, meta: ObjectMeta, ctx: DeletionContext): number | 'pending' | undefined {
  const current = obj.metadata.deletionGracePeriodSeconds ?? 0
  if (obj.metadata.deletionTimestamp !== undefined) {
    if (current === 0) return undefined
    if (requested === undefined || requested >= current) return 'pending'
    const at = (ctx.parse(obj.metadata.deletionTimestamp) ?? ctx.now) - current * 1000 + requested * 1000
    meta.deletionTimestamp = ctx.timestamp(at)
    meta.deletionGracePeriodSeconds = requested
    return requested
  }
  if (obj.kind !== 'Pod') return undefined
  const period = podGracePeriod(obj, requested)
  meta.deletionTimestamp = ctx.timestamp(ctx.now + period * 1000)
  meta.deletionGracePeriodSeconds = period
  if ((meta.generation ?? 0) > 0) meta.generation = (meta.generation as number) + 1
  return period
}

/** markAsDeleting: a non-graceful deletion held by finalizers. */
function markAsDeleting(obj: KubeObject, meta: ObjectMeta, ctx: DeletionContext): void {
  const existing = obj.metadata.deletionTimestamp
  if (existing === undefined && (meta.generation ?? 0) > 0) meta.generation = (meta.generation as number) + 1
  if (existing === undefined || (ctx.parse(existing) ?? 0) > ctx.now) meta.deletionTimestamp = ctx.timestamp(ctx.now)
  meta.deletionGracePeriodSeconds = 0
}

/**
 * Decides what deleting `obj` with `options` does (Store.Delete). Pods delete gracefully: the
 * kubelet finishes with a second, zero-period delete. Other kinds are removed at once unless
 * finalizers (including the `orphan` / `foregroundDeletion` ones the policy adds) hold them;
 * then deletionTimestamp is now and deletionGracePeriodSeconds 0. A kept generation is bumped
 * when deletionTimestamp is first set. A negative grace period counts as 1.
 */
export function planDeletion(obj: KubeObject, options: DeleteOptions, ctx: DeletionContext): DeletionPlan {
  const requested = options.gracePeriodSeconds === undefined ? undefined : options.gracePeriodSeconds < 0 ? 1 : options.gracePeriodSeconds
  const meta: ObjectMeta = { ...obj.metadata }
  const period = beforeDelete(obj, requested, meta, ctx)
  if (period === 'pending') return { action: 'unchanged' }
  const current = obj.metadata.finalizers ?? []
  const finalizers = gcFinalizers(current, options.propagationPolicy)
  if (finalizers !== current) meta.finalizers = [...finalizers]
  const pendingFinalizers = finalizers.length > 0
  if (period === undefined) {
    if (!pendingFinalizers) return { action: 'remove' }
    markAsDeleting(obj, meta, ctx)
    return { action: 'mark', object: { ...obj, metadata: meta } }
  }
  const marked = { ...obj, metadata: meta }
  return pendingFinalizers || period > 0 ? { action: 'mark', object: marked } : { action: 'remove', marked }
}
