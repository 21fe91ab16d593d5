// Wire shape of Namespace.
// Field names and order mirror kubernetes/api core/v1/types.go (v0.31.0); an optional field is one Go
// may omit (omitempty, pointer, list or map). The strict-decoding schema lives in
// engine/admission/schema-*.ts; these types cover what the simulator reads and writes.
import type { KubeObject, ObjectMeta } from './meta'

export interface Namespace extends KubeObject {
  kind: 'Namespace'
  apiVersion: 'v1'
  metadata: ObjectMeta
  spec?: NamespaceSpec
  status?: NamespaceStatus
}

export interface NamespaceSpec {
  finalizers?: string[]
}

export interface NamespaceStatus {
  phase?: string
  conditions?: NamespaceCondition[]
}

export interface NamespaceCondition {
  type: string
  status: 'True' | 'False' | 'Unknown'
  lastTransitionTime?: string
  reason?: string
  message?: string
}
