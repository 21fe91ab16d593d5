// A StatefulSet's status from its pods and revisions. Pure.
// Mirrors kubernetes/kubernetes pkg/controller/statefulset/stateful_set_control.go
// (computeReplicaStatus, completeRollingUpdate).
import type { KubeObject } from '../../objects/meta'
import { getPodRevision, isRunningAndAvailable, isRunningAndReady, isTerminating } from './names'

export interface StatusInput {
  set: KubeObject
  pods: readonly KubeObject[]
  currentRevision: string
  updateRevision: string
  collisionCount: number
  nowMs: number
  parse: (t: string) => number | undefined
}

export function computeStatus({ set, pods, currentRevision, updateRevision, collisionCount, nowMs, parse }: StatusInput): Record<string, unknown> {
  const minReady: number = set.spec?.minReadySeconds ?? 0
  const live = pods.filter((p) => !isTerminating(p))
  const status = {
    observedGeneration: set.metadata.generation,
    replicas: pods.length,
    readyReplicas: pods.filter(isRunningAndReady).length,
    currentReplicas: live.filter((p) => getPodRevision(p) === currentRevision).length,
    updatedReplicas: live.filter((p) => getPodRevision(p) === updateRevision).length,
    currentRevision,
    updateRevision,
    collisionCount,
    availableReplicas: pods.filter((p) => isRunningAndAvailable(p, minReady, nowMs, parse)).length,
  }
  // completeRollingUpdate: once every pod runs the update revision and is ready, it becomes current.
  const rolling = set.spec?.updateStrategy?.type === 'RollingUpdate'
  if (rolling && status.updatedReplicas === status.replicas && status.readyReplicas === status.replicas) {
    return { ...status, currentRevision: updateRevision, currentReplicas: status.updatedReplicas }
  }
  return status
}
