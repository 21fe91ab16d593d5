// The StatefulSet controller: on any change to a set or its pods, one reconcile pass, then the
// status, then revision history clean-up. Mirrors kubernetes/kubernetes
// pkg/controller/statefulset/stateful_set.go (sync, getPodsForStatefulSet, adoptOrphanRevisions)
// and stateful_set_control.go (performUpdate).
import type { Controller, ControllerContext } from '../../engine/controller'
import { labelSelectorAsSelector } from '../../engine/labels'
import { createWorkQueue, type WorkQueue } from '../../engine/work-queue'
import type { KubeObject } from '../../objects/meta'
import { getOrdinal, isMemberOf } from './names'
import { getStatefulSetRevisions, truncateHistory } from './revisions'
import { computeStatus } from './status'
import { updateStatefulSet } from './update-statefulset'

const REACTION_MS = 10

export const statefulSetController: Controller = {
  name: 'statefulset-controller',
  start(ctx) {
    // Sets that may have orphans to adopt: scanning the namespace's pods is only worth it then.
    const mayAdopt = new Set<string>()
    // Consecutive failed syncs per set, for the rate-limited requeue.
    const failures = new Map<string, number>()
    const work: WorkQueue = createWorkQueue({ queue: ctx.queue, name: 'statefulset', delayMs: REACTION_MS, sync: (key) => sync(ctx, key, work, mayAdopt, failures) })
    const keyOfSet = (set: KubeObject) => `${set.metadata.namespace}/${set.metadata.name}`
    const enqueue = (set: KubeObject | undefined) => set && work.addAfter(keyOfSet(set), syncDelay(set))
    const onSet = ctx.store.watch((e) => {
      if (e.added) mayAdopt.add(keyOfSet(e.added))
      enqueue(e.added ?? e.removed ?? e.updated[1])
    }, { kind: 'StatefulSet' })
    const onPod = ctx.store.watch((e) => {
      const pod = e.added ?? e.removed ?? e.updated[1]
      const owner = pod.metadata.ownerReferences?.find((r) => r.controller)
      if (owner) return void (owner.kind === 'StatefulSet' && enqueue(ctx.store.getByUid(owner.uid)))
      if (e.removed) return
      for (const set of ctx.store.list('StatefulSet', { namespace: pod.metadata.namespace })) {
        if (!selects(set, pod)) continue
        mayAdopt.add(keyOfSet(set))
        enqueue(set)
      }
    }, { kind: 'Pod' })
    return () => {
      onSet()
      onPod()
    }
  },
}

/**
 * Virtual ms from a change to the sync it causes: the reaction delay plus 1 ms per 10 replicas,
 * as a sync of a large set takes longer and coalesces more pod events (a real controller's pass
 * over 1,000 pods is not instant either).
 */
function syncDelay(set: KubeObject): number {
  return REACTION_MS + Math.floor((set.spec?.replicas ?? 1) / 10)
}

function selects(set: KubeObject, pod: KubeObject): boolean {
  const selector = labelSelectorAsSelector(set.spec?.selector)
  return selector.ok && !selector.selector.empty() && selector.selector.matches(pod.metadata.labels ?? {})
}

/** ClaimPods' adoption half: member pods without a controller that the selector matches get this set as owner. */
function adoptOrphans(ctx: ControllerContext, set: KubeObject): void {
  const namespace = set.metadata.namespace ?? 'default'
  for (const pod of ctx.store.list('Pod', { namespace })) {
    const orphan = !pod.metadata.ownerReferences?.some((r) => r.controller)
    if (!orphan || pod.metadata.deletionTimestamp || !isMemberOf(set, pod) || !selects(set, pod)) continue
    const ref = { apiVersion: 'apps/v1', kind: 'StatefulSet', name: set.metadata.name, uid: set.metadata.uid, controller: true, blockOwnerDeletion: true }
    ctx.store.update({ ...pod, metadata: { ...pod.metadata, ownerReferences: [...(pod.metadata.ownerReferences ?? []), ref] } })
  }
}

/** Pods in ordinal order; each ordinal is read once, not at every comparison. */
function byOrdinal(pods: KubeObject[]): KubeObject[] {
  const keyed = pods.map((pod) => ({ pod, ordinal: getOrdinal(pod) }))
  keyed.sort((a, b) => a.ordinal - b.ordinal)
  return keyed.map((k) => k.pod)
}

function owned(ctx: ControllerContext, set: KubeObject, kind: string): KubeObject[] {
  return ctx.store.listOwnedBy(set.metadata.uid).filter((o) => o.kind === kind)
}

function sync(ctx: ControllerContext, key: string, work: WorkQueue, mayAdopt: Set<string>, failures: Map<string, number>): void {
  const [namespace, name] = key.split('/')
  const set = ctx.store.get({ kind: 'StatefulSet', namespace, name })
  if (!set) return
  if (mayAdopt.delete(key)) adoptOrphans(ctx, set)
  const pods = byOrdinal(owned(ctx, set, 'Pod').filter((p) => isMemberOf(set, p)))
  const history = owned(ctx, set, 'ControllerRevision').sort((a, b) => a.revision - b.revision)
  const revisions = getStatefulSetRevisions(ctx, set, history)
  if (!revisions) return
  const pass = updateStatefulSet(ctx, set, pods, revisions)
  const after = owned(ctx, set, 'Pod').filter((p) => isMemberOf(set, p))
  const status = computeStatus({
    set,
    pods: after,
    currentRevision: revisions.current.metadata.name,
    updateRevision: revisions.update.metadata.name,
    collisionCount: revisions.collisionCount,
    nowMs: ctx.clock.now(),
    parse: ctx.clock.parse,
  })
  const latest = ctx.store.get({ kind: 'StatefulSet', namespace, name })
  if (latest) ctx.api.updateStatus({ ...latest, status })
  const live = [status.currentRevision as string, status.updateRevision as string]
  truncateHistory(ctx, set, owned(ctx, set, 'ControllerRevision').sort((a, b) => a.revision - b.revision), after, live)
  if (pass.waitingForAvailability) work.addAfter(key, (set.spec.minReadySeconds ?? 0) * 1000)
  if (pass.failed) work.addAfter(key, failureBackOff(failures, key))
  else failures.delete(key)
}

/**
 * AddRateLimited with client-go's per-item exponential limiter: 5 ms doubling per consecutive
 * failure of the same key, up to 1000 s; a successful sync forgets the key.
 */
function failureBackOff(failures: Map<string, number>, key: string): number {
  const n = failures.get(key) ?? 0
  failures.set(key, n + 1)
  return Math.min(5 * 2 ** n, 1_000_000)
}
