// Wire shape of ConfigMap.
// Field names and order mirror kubernetes/api core/v1/types.go (v0.31.0); an optional field is one Go
// may omit (omitempty, pointer, list or map). The strict-decoding schema lives in
// engine/admission/schema-*.ts; these types cover what the simulator reads and writes.
import type { KubeObject, ObjectMeta } from './meta'

export interface ConfigMap extends KubeObject {
  kind: 'ConfigMap'
  apiVersion: 'v1'
  metadata: ObjectMeta
  immutable?: boolean
  data?: Record<string, string>
  binaryData?: Record<string, string>
}
