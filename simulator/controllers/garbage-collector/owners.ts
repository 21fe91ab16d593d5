// Pure questions the garbage collector asks about owner references.
// Mirrors kubernetes/kubernetes pkg/controller/garbagecollector/garbagecollector.go
// (classifyReferences, the orphan and foreground finalizer handling).
import type { KubeObject, OwnerReference } from '../../objects/meta'

export const ORPHAN_FINALIZER = 'orphan'
export const FOREGROUND_FINALIZER = 'foregroundDeletion'

export interface ClassifiedReferences {
  /** Owners that exist with the referenced uid. */
  solid: OwnerReference[]
  /** Owners that are gone (or were replaced by another object of the same name). */
  dangling: OwnerReference[]
}

/** Splits `dependent`'s owner references by whether the owner still exists; `lookup` finds by uid. */
export function classifyReferences(dependent: KubeObject, lookup: (uid: string) => KubeObject | undefined): ClassifiedReferences {
  const solid: OwnerReference[] = []
  const dangling: OwnerReference[] = []
  for (const ref of dependent.metadata.ownerReferences ?? []) {
    const owner = lookup(ref.uid)
    if (owner && owner.kind === ref.kind && owner.metadata.name === ref.name) solid.push(ref)
    else dangling.push(ref)
  }
  return { solid, dangling }
}

/** `obj` without the owner references whose uid is in `uids`; the same object if none matched. */
export function withoutOwnerReferences(obj: KubeObject, uids: ReadonlySet<string>): KubeObject {
  const refs = obj.metadata.ownerReferences ?? []
  const kept = refs.filter((ref) => !uids.has(ref.uid))
  if (kept.length === refs.length) return obj
  const metadata = { ...obj.metadata }
  if (kept.length > 0) metadata.ownerReferences = kept
  else delete metadata.ownerReferences
  return { ...obj, metadata }
}

export const isBeingDeleted = (obj: KubeObject) => obj.metadata.deletionTimestamp !== undefined
export const hasFinalizer = (obj: KubeObject, finalizer: string) => (obj.metadata.finalizers ?? []).includes(finalizer)
