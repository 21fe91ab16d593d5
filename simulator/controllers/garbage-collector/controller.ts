// The garbage collector: deletes objects whose owners are all gone, orphans dependents of an
// owner deleted with propagationPolicy Orphan, and deletes dependents first for Foreground.
// Mirrors kubernetes/kubernetes pkg/controller/garbagecollector (attemptToDeleteItem,
// orphanDependents, processDeletingDependentsItem), driven by watch events instead of a graph
// rebuilt from informers: the store's owner index (listOwnedBy) is the graph.
import type { Controller, ControllerContext } from '../../engine/controller'
import { createWorkQueue } from '../../engine/work-queue'
import type { KubeObject } from '../../objects/meta'
import { keyOf, withoutFinalizer } from '../../objects/meta'
import {
  classifyReferences,
  FOREGROUND_FINALIZER,
  hasFinalizer,
  isBeingDeleted,
  ORPHAN_FINALIZER,
  withoutOwnerReferences,
} from './owners'

/** Virtual ms between a change and the collector acting on it. */
const REACTION_MS = 20

export const garbageCollector: Controller = {
  name: 'garbage-collector',
  start(ctx) {
    const work = createWorkQueue({ queue: ctx.queue, name: 'garbage-collector', delayMs: REACTION_MS, sync: (uid) => sync(ctx, uid) })
    return ctx.store.watch((event) => {
      const obj = event.added ?? event.removed ?? event.updated[1]
      // The object itself may now be an owner to process (gone, orphaning, foreground)…
      if (event.removed || isBeingDeleted(obj)) work.add(obj.metadata.uid)
      // …and a dependent: its owners may be gone, or waiting for it in the foreground.
      for (const ref of obj.metadata.ownerReferences ?? []) work.add(ref.uid)
    })
  },
}

/** Processes everything that depends on the object with `uid`, whatever its state. */
function sync(ctx: ControllerContext, uid: string): void {
  const owner = ctx.store.getByUid(uid)
  if (!owner) {
    for (const dependent of ctx.store.listOwnedBy(uid)) collectIfOrphaned(ctx, dependent)
    return
  }
  if (!isBeingDeleted(owner)) return
  if (hasFinalizer(owner, ORPHAN_FINALIZER)) orphanDependents(ctx, owner)
  else if (hasFinalizer(owner, FOREGROUND_FINALIZER)) deleteDependentsFirst(ctx, owner)
}

/** attemptToDeleteItem: no solid owner left → delete in the background; some left → drop dangling refs. */
function collectIfOrphaned(ctx: ControllerContext, dependent: KubeObject): void {
  const { solid, dangling } = classifyReferences(dependent, (uid) => ctx.store.getByUid(uid))
  if (dangling.length === 0) return
  if (solid.length === 0) {
    if (!isBeingDeleted(dependent)) ctx.api.delete(keyOf(dependent), { propagationPolicy: 'Background' })
    return
  }
  ctx.store.update(withoutOwnerReferences(dependent, new Set(dangling.map((ref) => ref.uid))))
}

/** orphanDependents, then the `orphan` finalizer comes off so the owner can go. */
function orphanDependents(ctx: ControllerContext, owner: KubeObject): void {
  const uids = new Set([owner.metadata.uid])
  for (const dependent of ctx.store.listOwnedBy(owner.metadata.uid)) ctx.store.update(withoutOwnerReferences(dependent, uids))
  ctx.store.update(withoutFinalizer(owner, ORPHAN_FINALIZER))
}

/**
 * Foreground deletion: every dependent is deleted (in the foreground itself when it blocks its
 * owner); the owner's `foregroundDeletion` finalizer comes off once no blocking dependent remains.
 */
function deleteDependentsFirst(ctx: ControllerContext, owner: KubeObject): void {
  let blocked = false
  for (const dependent of ctx.store.listOwnedBy(owner.metadata.uid)) {
    const ref = dependent.metadata.ownerReferences?.find((r) => r.uid === owner.metadata.uid)
    const blocks = ref?.blockOwnerDeletion === true
    if (blocks) blocked = true
    if (!isBeingDeleted(dependent)) ctx.api.delete(keyOf(dependent), { propagationPolicy: blocks ? 'Foreground' : 'Background' })
  }
  if (!blocked) ctx.store.update(withoutFinalizer(owner, FOREGROUND_FINALIZER))
}
