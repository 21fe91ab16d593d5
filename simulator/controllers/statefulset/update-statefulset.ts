// One reconcile pass over a StatefulSet's pods: create missing ones, replace failed ones,
// remove condemned ones highest ordinal first, then roll out the update revision in reverse
// ordinal order (one pod at a time, or with the MaxUnavailableStatefulSet gate up to
// maxUnavailable at once: max-unavailable.ts). OrderedReady waits for each pod to be Running and
// Ready before the next step; Parallel does not. Mirrors kubernetes/kubernetes
// pkg/controller/statefulset/stateful_set_control.go (updateStatefulSet, processReplica, processCondemned).
import type { ControllerContext } from '../../engine/controller'
import type { KubeObject } from '../../objects/meta'
import { getEndOrdinal, getOrdinal, getPodRevision, getStartOrdinal, isFailed, isRunningAndAvailable, isSucceeded, isTerminating } from './names'
import { updateClaimsForRetentionPolicy } from './claim-retention'
import { updateWithMaxUnavailable } from './max-unavailable'
import { createStatefulPod, deleteStatefulPod, newStatefulSetPod, recordRecreate } from './pod-control'
import { revisionTemplate, type Revisions } from './revisions'

/** What the pass is waiting for, so the controller can requeue (minReadySeconds). */
export interface PassResult {
  waitingForAvailability: boolean
  /** A create was refused (the name still taken by a terminating pod): retry with back-off. */
  failed?: boolean
}

/** isCurrentRevisionNeeded: new pods below the partition (or below currentReplicas) keep the current revision. */
function currentRevisionNeeded(set: KubeObject, ordinal: number): boolean {
  const strategy = set.spec.updateStrategy
  if (strategy?.type !== 'RollingUpdate') return false
  const partition: number | undefined = strategy.rollingUpdate?.partition
  const bound = getStartOrdinal(set) + (partition ?? set.status?.currentReplicas ?? 0)
  return ordinal < bound
}

/** One pass; `pods` are the set's members in ordinal order. */
export function updateStatefulSet(ctx: ControllerContext, set: KubeObject, pods: KubeObject[], revisions: Revisions): PassResult {
  const start = getStartOrdinal(set)
  const end = getEndOrdinal(set)
  const byOrdinal = new Map(pods.map((p) => [getOrdinal(p), p]))
  const condemned = pods.filter((p) => getOrdinal(p) < start || getOrdinal(p) >= end).sort((a, b) => getOrdinal(b) - getOrdinal(a))
  if (set.metadata.deletionTimestamp) return { waitingForAvailability: false }
  const monotonic = set.spec.podManagementPolicy !== 'Parallel'
  const minReady: number = set.spec.minReadySeconds ?? 0
  const available = (p: KubeObject) => isRunningAndAvailable(p, minReady, ctx.clock.now(), ctx.clock.parse)
  const waitingForAvailability = false

  for (let ordinal = start; ordinal < end; ordinal++) {
    const pod = byOrdinal.get(ordinal)
    if (pod && (isFailed(pod) || isSucceeded(pod)) && !isTerminating(pod)) {
      recordRecreate(ctx, set, pod)
      deleteStatefulPod(ctx, set, pod)
      if (monotonic) return { waitingForAvailability }
      continue
    }
    if (!pod) {
      const revision = currentRevisionNeeded(set, ordinal) ? revisions.current : revisions.update
      const template = revisionTemplate(revision)
      const created = createStatefulPod(ctx, set, newStatefulSetPod(set, template, revision.metadata.name, ordinal), ordinal)
      if (!created) return { waitingForAvailability, failed: true }
      if (monotonic) return { waitingForAvailability }
      continue
    }
    if (!isTerminating(pod)) updateClaimsForRetentionPolicy(ctx, set, pod)
    if (!monotonic) continue
    if (isTerminating(pod)) return { waitingForAvailability }
    if (!available(pod)) return { waitingForAvailability: minReady > 0 }
  }

  // `pods` comes in ordinal order.
  const firstUnhealthy = pods.find((p) => !available(p) || isTerminating(p))
  for (const target of condemned) {
    if (isTerminating(target)) {
      if (monotonic) return { waitingForAvailability }
      continue
    }
    if (monotonic && !available(target) && target !== firstUnhealthy) return { waitingForAvailability }
    updateClaimsForRetentionPolicy(ctx, set, target)
    deleteStatefulPod(ctx, set, target)
    if (monotonic) return { waitingForAvailability }
  }

  if (set.spec.updateStrategy?.type !== 'RollingUpdate') return { waitingForAvailability }
  if (ctx.featureGates.MaxUnavailableStatefulSet) {
    const replicas = Array.from({ length: end - start }, (_, i) => byOrdinal.get(start + i))
    return updateWithMaxUnavailable(ctx, set, replicas, revisions.update.metadata.name, available)
  }
  const partition: number = set.spec.updateStrategy.rollingUpdate?.partition ?? 0
  for (let ordinal = end - 1; ordinal >= start + partition; ordinal--) {
    const pod = byOrdinal.get(ordinal)
    if (!pod) return { waitingForAvailability }
    if (getPodRevision(pod) !== revisions.update.metadata.name && !isTerminating(pod)) {
      deleteStatefulPod(ctx, set, pod)
      return { waitingForAvailability }
    }
    if (isTerminating(pod) || !available(pod)) return { waitingForAvailability: minReady > 0 }
  }
  return { waitingForAvailability }
}
