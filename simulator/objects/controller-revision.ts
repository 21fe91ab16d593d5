// Wire shape of ControllerRevision (apps/v1): a snapshot of a StatefulSet pod template.
// Field names and order mirror kubernetes/api apps/v1/types.go (v0.31.0); an optional field is one Go
// may omit (omitempty, pointer, list or map). The strict-decoding schema lives in
// engine/admission/schema-*.ts; these types cover what the simulator reads and writes.
import type { KubeObject, ObjectMeta } from './meta'

export interface ControllerRevision extends KubeObject {
  kind: 'ControllerRevision'
  apiVersion: 'apps/v1'
  metadata: ObjectMeta
  data?: unknown
  revision: number
}
