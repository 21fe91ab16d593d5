// Wire shape of PersistentVolume.
// Field names and order mirror kubernetes/api core/v1/types.go (v0.31.0); an optional field is one Go
// may omit (omitempty, pointer, list or map). The strict-decoding schema lives in
// engine/admission/schema-*.ts; these types cover what the simulator reads and writes.
import type { KubeObject, ObjectMeta } from './meta'
import type { NodeSelector, Quantity } from './pod'
import type { HostPathVolumeSource, NFSVolumeSource } from './volume'

export interface PersistentVolume extends KubeObject {
  kind: 'PersistentVolume'
  apiVersion: 'v1'
  metadata: ObjectMeta
  spec?: PersistentVolumeSpec
  status?: PersistentVolumeStatus
}

export interface PersistentVolumeSpec {
  capacity?: Record<string, Quantity>
  gcePersistentDisk?: Record<string, unknown>
  awsElasticBlockStore?: Record<string, unknown>
  hostPath?: HostPathVolumeSource
  glusterfs?: Record<string, unknown>
  nfs?: NFSVolumeSource
  rbd?: Record<string, unknown>
  iscsi?: Record<string, unknown>
  cinder?: Record<string, unknown>
  cephfs?: Record<string, unknown>
  fc?: Record<string, unknown>
  flocker?: Record<string, unknown>
  flexVolume?: Record<string, unknown>
  azureFile?: Record<string, unknown>
  vsphereVolume?: Record<string, unknown>
  quobyte?: Record<string, unknown>
  azureDisk?: Record<string, unknown>
  photonPersistentDisk?: Record<string, unknown>
  portworxVolume?: Record<string, unknown>
  scaleIO?: Record<string, unknown>
  local?: LocalVolumeSource
  storageos?: Record<string, unknown>
  csi?: CSIPersistentVolumeSource
  accessModes?: ('ReadWriteOnce' | 'ReadOnlyMany' | 'ReadWriteMany' | 'ReadWriteOncePod')[]
  claimRef?: ObjectReference
  persistentVolumeReclaimPolicy?: 'Retain' | 'Delete' | 'Recycle'
  storageClassName?: string
  mountOptions?: string[]
  volumeMode?: 'Filesystem' | 'Block'
  nodeAffinity?: VolumeNodeAffinity
  volumeAttributesClassName?: string
}

export interface ObjectReference {
  kind?: string
  namespace?: string
  name?: string
  uid?: string
  apiVersion?: string
  resourceVersion?: string
  fieldPath?: string
}

export interface VolumeNodeAffinity {
  required?: NodeSelector
}

export interface LocalVolumeSource {
  path: string
  fsType?: string
}

export interface CSIPersistentVolumeSource {
  driver: string
  volumeHandle: string
  readOnly?: boolean
  fsType?: string
  volumeAttributes?: Record<string, string>
  controllerPublishSecretRef?: SecretReference
  nodeStageSecretRef?: SecretReference
  nodePublishSecretRef?: SecretReference
  controllerExpandSecretRef?: SecretReference
  nodeExpandSecretRef?: SecretReference
}

export interface SecretReference {
  name?: string
  namespace?: string
}

export interface PersistentVolumeStatus {
  phase?: 'Pending' | 'Available' | 'Bound' | 'Released' | 'Failed'
  message?: string
  reason?: string
  lastPhaseTransitionTime?: string
}
