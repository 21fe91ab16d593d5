// Wire shape of Secret: `data` holds base64 text; `stringData` is merged into it by the API server.
// Field names and order mirror kubernetes/api core/v1/types.go (v0.31.0); an optional field is one Go
// may omit (omitempty, pointer, list or map). The strict-decoding schema lives in
// engine/admission/schema-*.ts; these types cover what the simulator reads and writes.
import type { KubeObject, ObjectMeta } from './meta'

export interface Secret extends KubeObject {
  kind: 'Secret'
  apiVersion: 'v1'
  metadata: ObjectMeta
  immutable?: boolean
  data?: Record<string, string>
  stringData?: Record<string, string>
  type?: string
}
