// Wire shape of Endpoints (core/v1) and EndpointSlice (discovery.k8s.io/v1).
// Field names and order mirror kubernetes/api core/v1/types.go and discovery/v1/types.go (v0.31.0); an optional field is one Go
// may omit (omitempty, pointer, list or map). The strict-decoding schema lives in
// engine/admission/schema-*.ts; these types cover what the simulator reads and writes.
import type { KubeObject, ObjectMeta } from './meta'
import type { ObjectReference } from './pv'

export interface Endpoints extends KubeObject {
  kind: 'Endpoints'
  apiVersion: 'v1'
  metadata: ObjectMeta
  subsets?: EndpointSubset[]
}

export interface EndpointSubset {
  addresses?: EndpointAddress[]
  notReadyAddresses?: EndpointAddress[]
  ports?: EndpointPort[]
}

export interface EndpointAddress {
  ip: string
  hostname?: string
  nodeName?: string
  targetRef?: ObjectReference
}

export interface EndpointPort {
  name?: string
  port: number
  protocol?: 'TCP' | 'UDP' | 'SCTP'
  appProtocol?: string
}

export interface EndpointSlice extends KubeObject {
  kind: 'EndpointSlice'
  apiVersion: 'discovery.k8s.io/v1'
  metadata: ObjectMeta
  addressType: string
  endpoints?: Endpoint[]
  ports?: EndpointSlicePort[]
}

/** discovery/v1 EndpointPort (named apart from core's EndpointPort); name defaults to "", protocol to TCP. */
export interface EndpointSlicePort {
  name?: string
  protocol?: 'TCP' | 'UDP' | 'SCTP'
  port?: number
  appProtocol?: string
}

export interface Endpoint {
  addresses?: string[]
  conditions?: EndpointConditions
  hostname?: string
  targetRef?: ObjectReference
  deprecatedTopology?: Record<string, string>
  nodeName?: string
  zone?: string
  hints?: EndpointHints
}

export interface EndpointConditions {
  ready?: boolean
  serving?: boolean
  terminating?: boolean
}

export interface EndpointHints {
  forZones?: ForZone[]
}

export interface ForZone {
  name: string
}
