// Wire shape of PodDisruptionBudget (policy/v1), used by the zookeeper tutorial.
// Field names and order mirror kubernetes/api policy/v1/types.go (v0.31.0); an optional field is one Go
// may omit (omitempty, pointer, list or map). The strict-decoding schema lives in
// engine/admission/schema-*.ts; these types cover what the simulator reads and writes.
import type { KubeObject, ObjectMeta } from './meta'
import type { IntOrString, LabelSelector } from './pod'

export interface PodDisruptionBudget extends KubeObject {
  kind: 'PodDisruptionBudget'
  apiVersion: 'policy/v1'
  metadata: ObjectMeta
  spec?: PodDisruptionBudgetSpec
  status?: PodDisruptionBudgetStatus
}

export interface PodDisruptionBudgetSpec {
  minAvailable?: IntOrString
  selector?: LabelSelector
  maxUnavailable?: IntOrString
  unhealthyPodEvictionPolicy?: string
}

export interface PodDisruptionBudgetStatus {
  observedGeneration?: number
  disruptedPods?: Record<string, string>
  disruptionsAllowed: number
  currentHealthy: number
  desiredHealthy: number
  expectedPods: number
  conditions?: Record<string, unknown>[]
}
