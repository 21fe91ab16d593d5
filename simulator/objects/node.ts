// Wire shape of Node.
// Field names and order mirror kubernetes/api core/v1/types.go (v0.31.0); an optional field is one Go
// may omit (omitempty, pointer, list or map). The strict-decoding schema lives in
// engine/admission/schema-*.ts; these types cover what the simulator reads and writes.
import type { KubeObject, ObjectMeta } from './meta'
import type { Quantity } from './pod'

export interface Node extends KubeObject {
  kind: 'Node'
  apiVersion: 'v1'
  metadata: ObjectMeta
  spec?: NodeSpec
  status?: NodeStatus
}

export interface NodeSpec {
  podCIDR?: string
  podCIDRs?: string[]
  providerID?: string
  unschedulable?: boolean
  taints?: Taint[]
  configSource?: Record<string, unknown>
  externalID?: string
}

export interface Taint {
  key: string
  value?: string
  effect: 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute'
  timeAdded?: string
}

export interface NodeStatus {
  capacity?: Record<string, Quantity>
  allocatable?: Record<string, Quantity>
  phase?: string
  conditions?: NodeCondition[]
  addresses?: NodeAddress[]
  daemonEndpoints?: NodeDaemonEndpoints
  nodeInfo?: NodeSystemInfo
  images?: ContainerImage[]
  volumesInUse?: string[]
  volumesAttached?: AttachedVolume[]
  config?: Record<string, unknown>
  runtimeHandlers?: Record<string, unknown>[]
  features?: Record<string, unknown>
}

export interface NodeCondition {
  type: string
  status: 'True' | 'False' | 'Unknown'
  lastHeartbeatTime?: string
  lastTransitionTime?: string
  reason?: string
  message?: string
}

export interface NodeAddress {
  type: string
  address: string
}

export interface NodeDaemonEndpoints {
  kubeletEndpoint?: DaemonEndpoint
}

export interface DaemonEndpoint {
  Port: number
}

export interface NodeSystemInfo {
  machineID: string
  systemUUID: string
  bootID: string
  kernelVersion: string
  osImage: string
  containerRuntimeVersion: string
  kubeletVersion: string
  kubeProxyVersion: string
  operatingSystem: string
  architecture: string
}

export interface ContainerImage {
  names?: string[]
  sizeBytes?: number
}

export interface AttachedVolume {
  name: string
  devicePath: string
}
