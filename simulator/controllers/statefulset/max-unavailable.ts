// The rolling update with the MaxUnavailableStatefulSet gate on: several pods at once, highest
// ordinal first, with pods that are already unhealthy counted against the budget.
// Mirrors kubernetes/kubernetes pkg/controller/statefulset/stateful_set_control.go
// (updateStatefulSetAfterInvariantEstablished, 1.31), stateful_set_utils.go
// (getStatefulSetMaxUnavailable) and apimachinery pkg/util/intstr (GetScaledValueFromIntOrPercent).
import type { ControllerContext } from '../../engine/controller'
import type { KubeObject } from '../../objects/meta'
import { getPodRevision, isHealthy, isRunningAndReady, isTerminating } from './names'
import { deleteStatefulPod } from './pod-control'
import type { PassResult } from './update-statefulset'

/**
 * getStatefulSetMaxUnavailable: how many of `replicas` pods may be down at once. An int is taken
 * as it is; a percent string (`50%`) is scaled to `replicas` and rounded down; unset means 1; the
 * result is never below 1. Undefined for a string that is not a percent (validation rejects
 * those, as GetScaledValueFromIntOrPercent would).
 */
export function getStatefulSetMaxUnavailable(maxUnavailable: unknown, replicas: number): number | undefined {
  let value: number
  if (maxUnavailable === undefined || maxUnavailable === null) value = 1
  else if (typeof maxUnavailable === 'number') value = maxUnavailable
  else if (typeof maxUnavailable === 'string' && /^[+-]?[0-9]+%$/.test(maxUnavailable)) {
    value = Math.floor((Number(maxUnavailable.slice(0, -1)) * replicas) / 100)
  } else return undefined
  return Math.max(value, 1)
}

/**
 * updateStatefulSetAfterInvariantEstablished. `replicas` holds the pod of each ordinal in range
 * (undefined where none exists yet), lowest first. Pods missing, terminating, or not Running and
 * Ready count as unavailable; when fewer than maxUnavailable are, the difference is deleted from
 * the pods not on `updateRevision` and not terminating, from the highest ordinal down to the
 * partition. Under OrderedReady this is reached only when every pod is available, so pods are
 * replaced in batches; under Parallel a window of maxUnavailable pods slides down the ordinals.
 * `available` (minReadySeconds) only decides whether to requeue for the status; 1.31's count
 * ignores it. `failed` when maxUnavailable cannot be resolved (the sync is retried).
 */
export function updateWithMaxUnavailable(
  ctx: ControllerContext,
  set: KubeObject,
  replicas: readonly (KubeObject | undefined)[],
  updateRevision: string,
  available: (pod: KubeObject) => boolean,
): PassResult {
  const minReady: number = set.spec.minReadySeconds ?? 0
  const waitingForAvailability = minReady > 0 && replicas.some((p) => p !== undefined && isRunningAndReady(p) && !available(p))
  const rolling = set.spec.updateStrategy.rollingUpdate
  const updateMin: number = rolling?.partition ?? 0
  const maxUnavailable = rolling ? getStatefulSetMaxUnavailable(rolling.maxUnavailable, set.spec.replicas ?? 1) : 1
  if (maxUnavailable === undefined) return { waitingForAvailability, failed: true }
  const unavailablePods = replicas.filter((p) => p === undefined || !isHealthy(p)).length
  if (unavailablePods >= maxUnavailable) return { waitingForAvailability }
  const podsToDelete = maxUnavailable - unavailablePods
  let deletedPods = 0
  for (let target = replicas.length - 1; target >= updateMin && deletedPods < podsToDelete; target--) {
    const pod = replicas[target]
    if (pod === undefined || getPodRevision(pod) === updateRevision || isTerminating(pod)) continue
    deleteStatefulPod(ctx, set, pod)
    deletedPods++
  }
  return { waitingForAvailability }
}
