// Wire shape of StatefulSet (apps/v1).
// Field names and order mirror kubernetes/api apps/v1/types.go (v0.31.0); an optional field is one Go
// may omit (omitempty, pointer, list or map). The strict-decoding schema lives in
// engine/admission/schema-*.ts; these types cover what the simulator reads and writes.
import type { KubeObject, ObjectMeta } from './meta'
import type { IntOrString, LabelSelector, PodTemplateSpec, TemplateMeta } from './pod'
import type { PersistentVolumeClaimSpec, PersistentVolumeClaimStatus } from './pvc'

export interface StatefulSet extends KubeObject {
  kind: 'StatefulSet'
  apiVersion: 'apps/v1'
  metadata: ObjectMeta
  spec?: StatefulSetSpec
  status?: StatefulSetStatus
}

export interface StatefulSetSpec {
  replicas?: number
  selector?: LabelSelector
  template: PodTemplateSpec
  volumeClaimTemplates?: PersistentVolumeClaimTemplate[]
  serviceName: string
  podManagementPolicy?: 'OrderedReady' | 'Parallel'
  updateStrategy?: StatefulSetUpdateStrategy
  revisionHistoryLimit?: number
  minReadySeconds?: number
  persistentVolumeClaimRetentionPolicy?: StatefulSetPersistentVolumeClaimRetentionPolicy
  ordinals?: StatefulSetOrdinals
}

export interface StatefulSetUpdateStrategy {
  type?: 'RollingUpdate' | 'OnDelete'
  rollingUpdate?: RollingUpdateStatefulSetStrategy
}

export interface RollingUpdateStatefulSetStrategy {
  partition?: number
  maxUnavailable?: IntOrString
}

export interface StatefulSetPersistentVolumeClaimRetentionPolicy {
  whenDeleted?: 'Retain' | 'Delete'
  whenScaled?: 'Retain' | 'Delete'
}

export interface StatefulSetOrdinals {
  start: number
}

export interface StatefulSetStatus {
  observedGeneration?: number
  replicas: number
  readyReplicas?: number
  currentReplicas?: number
  updatedReplicas?: number
  currentRevision?: string
  updateRevision?: string
  collisionCount?: number
  conditions?: StatefulSetCondition[]
  availableReplicas: number
}

export interface StatefulSetCondition {
  type: string
  status: 'True' | 'False' | 'Unknown'
  lastTransitionTime?: string
  reason?: string
  message?: string
}

/** A claim template: a PersistentVolumeClaim without identity; reads back as apiVersion v1, kind PersistentVolumeClaim. */
export interface PersistentVolumeClaimTemplate {
  kind?: 'PersistentVolumeClaim'
  apiVersion?: 'v1'
  metadata?: TemplateMeta
  spec?: PersistentVolumeClaimSpec
  status?: PersistentVolumeClaimStatus
}
