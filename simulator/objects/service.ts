// Wire shape of Service.
// Field names and order mirror kubernetes/api core/v1/types.go (v0.31.0); an optional field is one Go
// may omit (omitempty, pointer, list or map). The strict-decoding schema lives in
// engine/admission/schema-*.ts; these types cover what the simulator reads and writes.
import type { KubeObject, ObjectMeta } from './meta'
import type { IntOrString } from './pod'

export interface Service extends KubeObject {
  kind: 'Service'
  apiVersion: 'v1'
  metadata: ObjectMeta
  spec?: ServiceSpec
  status?: ServiceStatus
}

export interface ServiceSpec {
  ports?: ServicePort[]
  selector?: Record<string, string>
  clusterIP?: string
  clusterIPs?: string[]
  type?: 'ClusterIP' | 'NodePort' | 'LoadBalancer' | 'ExternalName'
  externalIPs?: string[]
  sessionAffinity?: string
  loadBalancerIP?: string
  loadBalancerSourceRanges?: string[]
  externalName?: string
  externalTrafficPolicy?: string
  healthCheckNodePort?: number
  publishNotReadyAddresses?: boolean
  sessionAffinityConfig?: SessionAffinityConfig
  ipFamilies?: string[]
  ipFamilyPolicy?: string
  allocateLoadBalancerNodePorts?: boolean
  loadBalancerClass?: string
  internalTrafficPolicy?: string
  trafficDistribution?: string
}

export interface ServicePort {
  name?: string
  protocol?: 'TCP' | 'UDP' | 'SCTP'
  appProtocol?: string
  port: number
  targetPort?: IntOrString
  nodePort?: number
}

export interface SessionAffinityConfig {
  clientIP?: ClientIPConfig
}

export interface ClientIPConfig {
  timeoutSeconds?: number
}

export interface ServiceStatus {
  loadBalancer?: LoadBalancerStatus
  conditions?: Record<string, unknown>[]
}

export interface LoadBalancerStatus {
  ingress?: LoadBalancerIngress[]
}

export interface LoadBalancerIngress {
  ip?: string
  hostname?: string
  ipMode?: string
  ports?: PortStatus[]
}

export interface PortStatus {
  port: number
  protocol: 'TCP' | 'UDP' | 'SCTP'
  error?: string
}
