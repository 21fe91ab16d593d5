// Wire shape of PersistentVolumeClaim.
// Field names and order mirror kubernetes/api core/v1/types.go (v0.31.0); an optional field is one Go
// may omit (omitempty, pointer, list or map). The strict-decoding schema lives in
// engine/admission/schema-*.ts; these types cover what the simulator reads and writes.
import type { KubeObject, ObjectMeta } from './meta'
import type { LabelSelector, Quantity } from './pod'

export interface PersistentVolumeClaim extends KubeObject {
  kind: 'PersistentVolumeClaim'
  apiVersion: 'v1'
  metadata: ObjectMeta
  spec?: PersistentVolumeClaimSpec
  status?: PersistentVolumeClaimStatus
}

export interface PersistentVolumeClaimSpec {
  accessModes?: ('ReadWriteOnce' | 'ReadOnlyMany' | 'ReadWriteMany' | 'ReadWriteOncePod')[]
  selector?: LabelSelector
  resources?: VolumeResourceRequirements
  volumeName?: string
  storageClassName?: string
  volumeMode?: 'Filesystem' | 'Block'
  dataSource?: TypedLocalObjectReference
  dataSourceRef?: TypedObjectReference
  volumeAttributesClassName?: string
}

export interface VolumeResourceRequirements {
  limits?: Record<string, Quantity>
  requests?: Record<string, Quantity>
}

export interface TypedLocalObjectReference {
  apiGroup?: string
  kind: string
  name: string
}

export interface TypedObjectReference {
  apiGroup?: string
  kind: string
  name: string
  namespace?: string
}

export interface PersistentVolumeClaimStatus {
  phase?: 'Pending' | 'Bound' | 'Lost'
  accessModes?: ('ReadWriteOnce' | 'ReadOnlyMany' | 'ReadWriteMany' | 'ReadWriteOncePod')[]
  capacity?: Record<string, Quantity>
  conditions?: PersistentVolumeClaimCondition[]
  allocatedResources?: Record<string, Quantity>
  allocatedResourceStatuses?: Record<string, string>
  currentVolumeAttributesClassName?: string
  modifyVolumeStatus?: Record<string, unknown>
}

export interface PersistentVolumeClaimCondition {
  type: string
  status: 'True' | 'False' | 'Unknown'
  lastProbeTime?: string
  lastTransitionTime?: string
  reason?: string
  message?: string
}
