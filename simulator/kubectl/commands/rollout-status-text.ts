// The messages `kubectl rollout status` prints for a StatefulSet, one per observed change.
// mirrors kubernetes/kubectl pkg/polymorphichelpers/rollout_status.go (StatefulSetStatusViewer.Status).

import type { KubeObject } from '../../objects/meta'

export type RolloutStatus = { message: string; done: boolean } | { error: string }

export function statefulSetStatus(sts: KubeObject): RolloutStatus {
  const strategy = sts.spec.updateStrategy
  if (strategy?.type !== 'RollingUpdate') return { error: 'rollout status is only available for RollingUpdate strategy type' }
  const status = sts.status ?? {}
  if (!status.observedGeneration || (sts.metadata.generation ?? 0) > status.observedGeneration) {
    return { message: 'Waiting for statefulset spec update to be observed...\n', done: false }
  }
  const replicas = sts.spec.replicas ?? 1
  const ready = status.readyReplicas ?? 0
  if (replicas > 0 && ready < replicas) {
    return { message: `Waiting for ${replicas - ready} pods to be ready...\n`, done: false }
  }
  const rolling = strategy.rollingUpdate
  if (rolling && rolling.partition !== undefined && rolling.partition > 0) {
    const updated = status.updatedReplicas ?? 0
    const target = replicas - rolling.partition
    if (updated < target) {
      return { message: `Waiting for partitioned roll out to finish: ${updated} out of ${target} new pods have been updated...\n`, done: false }
    }
    return { message: `partitioned roll out complete: ${updated} new pods have been updated...\n`, done: true }
  }
  if (status.updateRevision !== status.currentRevision) {
    return { message: `waiting for statefulset rolling update to complete ${status.updatedReplicas ?? 0} pods at revision ${status.updateRevision}...\n`, done: false }
  }
  return { message: `statefulset rolling update complete ${status.currentReplicas ?? 0} pods at revision ${status.currentRevision}...\n`, done: true }
}
