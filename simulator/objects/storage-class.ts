// Wire shape of StorageClass (storage.k8s.io/v1).
// Field names and order mirror kubernetes/api storage/v1/types.go (v0.31.0); an optional field is one Go
// may omit (omitempty, pointer, list or map). The strict-decoding schema lives in
// engine/admission/schema-*.ts; these types cover what the simulator reads and writes.
import type { KubeObject, ObjectMeta } from './meta'

export interface StorageClass extends KubeObject {
  kind: 'StorageClass'
  apiVersion: 'storage.k8s.io/v1'
  metadata: ObjectMeta
  provisioner: string
  parameters?: Record<string, string>
  reclaimPolicy?: 'Retain' | 'Delete' | 'Recycle'
  mountOptions?: string[]
  allowVolumeExpansion?: boolean
  volumeBindingMode?: 'Immediate' | 'WaitForFirstConsumer'
  allowedTopologies?: TopologySelectorTerm[]
}

export interface TopologySelectorTerm {
  matchLabelExpressions?: TopologySelectorLabelRequirement[]
}

export interface TopologySelectorLabelRequirement {
  key: string
  values?: string[]
}
