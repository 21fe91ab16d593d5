// Wire shape of Pod volumes and the volume sources StatefulSet workloads use.
// Field names and order mirror kubernetes/api core/v1/types.go (v0.31.0); an optional field is one Go
// may omit (omitempty, pointer, list or map). The strict-decoding schema lives in
// engine/admission/schema-*.ts; these types cover what the simulator reads and writes.
import type { ObjectFieldSelector, ResourceFieldSelector } from './container'
import type { LocalObjectReference, Quantity } from './pod'

export interface Volume {
  name: string
  hostPath?: HostPathVolumeSource
  emptyDir?: EmptyDirVolumeSource
  gcePersistentDisk?: Record<string, unknown>
  awsElasticBlockStore?: Record<string, unknown>
  gitRepo?: Record<string, unknown>
  secret?: SecretVolumeSource
  nfs?: NFSVolumeSource
  iscsi?: Record<string, unknown>
  glusterfs?: Record<string, unknown>
  persistentVolumeClaim?: PersistentVolumeClaimVolumeSource
  rbd?: Record<string, unknown>
  flexVolume?: Record<string, unknown>
  cinder?: Record<string, unknown>
  cephfs?: Record<string, unknown>
  flocker?: Record<string, unknown>
  downwardAPI?: DownwardAPIVolumeSource
  fc?: Record<string, unknown>
  azureFile?: Record<string, unknown>
  configMap?: ConfigMapVolumeSource
  vsphereVolume?: Record<string, unknown>
  quobyte?: Record<string, unknown>
  azureDisk?: Record<string, unknown>
  photonPersistentDisk?: Record<string, unknown>
  projected?: ProjectedVolumeSource
  portworxVolume?: Record<string, unknown>
  scaleIO?: Record<string, unknown>
  storageos?: Record<string, unknown>
  csi?: CSIVolumeSource
  ephemeral?: Record<string, unknown>
  image?: Record<string, unknown>
}

export interface PersistentVolumeClaimVolumeSource {
  claimName: string
  readOnly?: boolean
}

export interface EmptyDirVolumeSource {
  medium?: string
  sizeLimit?: Quantity
}

export interface HostPathVolumeSource {
  path: string
  type?: string
}

export interface ConfigMapVolumeSource {
  name?: string
  items?: KeyToPath[]
  defaultMode?: number
  optional?: boolean
}

export interface SecretVolumeSource {
  secretName?: string
  items?: KeyToPath[]
  defaultMode?: number
  optional?: boolean
}

export interface KeyToPath {
  key: string
  path: string
  mode?: number
}

export interface DownwardAPIVolumeSource {
  items?: DownwardAPIVolumeFile[]
  defaultMode?: number
}

export interface DownwardAPIVolumeFile {
  path: string
  fieldRef?: ObjectFieldSelector
  resourceFieldRef?: ResourceFieldSelector
  mode?: number
}

export interface ProjectedVolumeSource {
  sources?: VolumeProjection[]
  defaultMode?: number
}

export interface VolumeProjection {
  secret?: SecretProjection
  downwardAPI?: DownwardAPIProjection
  configMap?: ConfigMapProjection
  serviceAccountToken?: ServiceAccountTokenProjection
  clusterTrustBundle?: Record<string, unknown>
}

export interface ServiceAccountTokenProjection {
  audience?: string
  expirationSeconds?: number
  path: string
}

export interface ConfigMapProjection {
  name?: string
  items?: KeyToPath[]
  optional?: boolean
}

export interface SecretProjection {
  name?: string
  items?: KeyToPath[]
  optional?: boolean
}

export interface DownwardAPIProjection {
  items?: DownwardAPIVolumeFile[]
}

export interface NFSVolumeSource {
  server: string
  path: string
  readOnly?: boolean
}

export interface CSIVolumeSource {
  driver: string
  readOnly?: boolean
  fsType?: string
  volumeAttributes?: Record<string, string>
  nodePublishSecretRef?: LocalObjectReference
}
