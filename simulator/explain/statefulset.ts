// Why a StatefulSet is where it is: one sentence naming the controller rule that holds it (or
// moves it) now, for the cluster view. It reads the same state the controller does and follows
// the order of upstream's UpdateStatefulSet: replicas first (create, then delete), then the
// rolling update. mirrors pkg/controller/statefulset/stateful_set_control.go

import type { KubeObject } from '../objects/meta'
import { getEndOrdinal, getOrdinal, getPodName, getPodRevision, getStartOrdinal, isMemberOf, isRunningAndReady, isTerminating } from '../controllers/statefulset/names'

/** The sentence for `set`, or null when it is settled with nothing to explain. */
export function explainStatefulSet(set: KubeObject, allPods: readonly KubeObject[]): string | null {
  const pods = allPods.filter((p) => p.metadata.namespace === set.metadata.namespace && isMemberOf(set, p)).sort((a, b) => getOrdinal(a) - getOrdinal(b))
  const byOrdinal = new Map(pods.map((p) => [getOrdinal(p), p]))
  const start = getStartOrdinal(set)
  const end = getEndOrdinal(set)
  const ordered = set.spec.podManagementPolicy !== 'Parallel'
  const policy = ordered ? 'OrderedReady' : 'Parallel'
  if (set.metadata.deletionTimestamp) return `${set.metadata.name} is being deleted: the garbage collector removes its pods, in no particular order`
  for (let ordinal = start; ordinal < end; ordinal++) {
    const pod = byOrdinal.get(ordinal)
    const name = getPodName(set, ordinal)
    if (!pod) {
      const blocker = ordered ? pods.find((p) => getOrdinal(p) < ordinal && (!isRunningAndReady(p) || isTerminating(p))) : undefined
      return blocker
        ? `${name} not created yet: ${blocker.metadata.name} is not Running and Ready (${policy} creates one ordinal at a time)`
        : `${name} is being created (${policy})`
    }
    if (ordered && isTerminating(pod)) return `waiting for ${pod.metadata.name} to finish terminating before anything else (${policy})`
    if (ordered && !isRunningAndReady(pod)) return `waiting for ${pod.metadata.name} to be Running and Ready before going on (${policy})`
  }
  const condemned = pods.filter((p) => getOrdinal(p) >= end || getOrdinal(p) < start).sort((a, b) => getOrdinal(b) - getOrdinal(a))
  if (condemned.length) {
    const first = condemned[0]
    return isTerminating(first)
      ? `scaling down: ${first.metadata.name} is terminating${ordered && condemned.length > 1 ? `; ${condemned[1].metadata.name} goes after it (highest ordinal first)` : ''}`
      : `scaling down: ${first.metadata.name} is removed first (highest ordinal first)`
  }
  const update: string | undefined = set.status?.updateRevision
  const strategy = set.spec.updateStrategy?.type ?? 'RollingUpdate'
  const stale = pods.filter((p) => update && getPodRevision(p) !== update)
  if (!stale.length) return null
  if (strategy === 'OnDelete') return `OnDelete: ${stale.map((p) => p.metadata.name).join(', ')} keep${stale.length === 1 ? 's' : ''} the old revision until you delete ${stale.length === 1 ? 'it' : 'them'}`
  const partition: number = set.spec.updateStrategy?.rollingUpdate?.partition ?? 0
  const rolling = stale.filter((p) => getOrdinal(p) >= start + partition).sort((a, b) => getOrdinal(b) - getOrdinal(a))
  if (!rolling.length) return `partition ${partition}: pods below ordinal ${start + partition} keep the old revision`
  const next = rolling[0]
  return isTerminating(next)
    ? `rolling update: ${next.metadata.name} is being replaced (highest ordinal first)`
    : `rolling update: ${next.metadata.name} is replaced next (highest ordinal first, one at a time)`
}
