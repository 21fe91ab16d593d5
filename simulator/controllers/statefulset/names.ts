// Identity helpers of a StatefulSet's pods and claims. Pure.
// Mirrors kubernetes/kubernetes pkg/controller/statefulset/stateful_set_utils.go.
import type { KubeObject } from '../../objects/meta'

export const POD_NAME_LABEL = 'statefulset.kubernetes.io/pod-name'
export const POD_INDEX_LABEL = 'apps.kubernetes.io/pod-index'
export const REVISION_LABEL = 'controller-revision-hash'

const statefulPodRegex = /^(.*)-([0-9]+)$/

/** getPodName: the name of set's child Pod with an ordinal index of ordinal. */
export const getPodName = (set: KubeObject, ordinal: number) => `${set.metadata.name}-${ordinal}`

const parsedNames = new Map<string, { parent: string; ordinal: number }>()

/** getParentNameAndOrdinal: the parent set name and ordinal of a pod name, or ordinal -1. Memoized: names repeat. */
export function getParentNameAndOrdinal(pod: KubeObject): { parent: string; ordinal: number } {
  const name = pod.metadata.name
  let parsed = parsedNames.get(name)
  if (!parsed) {
    const match = statefulPodRegex.exec(name)
    const ordinal = match ? Number(match[2]) : -1
    parsed = match && Number.isSafeInteger(ordinal) ? { parent: match[1], ordinal } : { parent: '', ordinal: -1 }
    if (parsedNames.size > 100_000) parsedNames.clear()
    parsedNames.set(name, parsed)
  }
  return parsed
}

export const getOrdinal = (pod: KubeObject) => getParentNameAndOrdinal(pod).ordinal

/** isMemberOf: the pod's name says it belongs to set. */
export const isMemberOf = (set: KubeObject, pod: KubeObject) => getParentNameAndOrdinal(pod).parent === set.metadata.name

/** getPersistentVolumeClaimName: `<template>-<set>-<ordinal>`. */
export const getPersistentVolumeClaimName = (set: KubeObject, claim: string, ordinal: number) => `${claim}-${set.metadata.name}-${ordinal}`

export const getStartOrdinal = (set: KubeObject): number => set.spec?.ordinals?.start ?? 0

/** One past the last ordinal the set wants. */
export const getEndOrdinal = (set: KubeObject): number => getStartOrdinal(set) + (set.spec?.replicas ?? 1)

export const getPodRevision = (pod: KubeObject): string => pod.metadata.labels?.[REVISION_LABEL] ?? ''

export const isTerminating = (pod: KubeObject) => pod.metadata.deletionTimestamp !== undefined
export const isFailed = (pod: KubeObject) => pod.status?.phase === 'Failed'
export const isSucceeded = (pod: KubeObject) => pod.status?.phase === 'Succeeded'

function readyCondition(pod: KubeObject): { status: string; lastTransitionTime?: string } | undefined {
  return (pod.status?.conditions ?? []).find((c: { type: string }) => c.type === 'Ready')
}

/** isRunningAndReady: phase Running and the Ready condition True. */
export const isRunningAndReady = (pod: KubeObject) => pod.status?.phase === 'Running' && readyCondition(pod)?.status === 'True'

/** isHealthy: running and ready, and not terminating. Ignores minReadySeconds, as 1.31 does. */
export const isHealthy = (pod: KubeObject) => isRunningAndReady(pod) && !isTerminating(pod)

/**
 * isRunningAndAvailable: running, ready, and ready for at least minReadySeconds at `nowMs`
 * (`parse` reads a condition's RFC 3339 time as virtual ms).
 */
export function isRunningAndAvailable(pod: KubeObject, minReadySeconds: number, nowMs: number, parse: (t: string) => number | undefined): boolean {
  if (!isRunningAndReady(pod)) return false
  if (minReadySeconds <= 0) return true
  const since = parse(readyCondition(pod)?.lastTransitionTime ?? '')
  return since !== undefined && since + minReadySeconds * 1000 <= nowMs
}
