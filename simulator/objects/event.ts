// Wire shape of Event (core/v1), as kubectl describe and get events read them.
// Field names and order mirror kubernetes/api core/v1/types.go (v0.31.0); an optional field is one Go
// may omit (omitempty, pointer, list or map). The strict-decoding schema lives in
// engine/admission/schema-*.ts; these types cover what the simulator reads and writes.
import type { KubeObject, ObjectMeta } from './meta'
import type { ObjectReference } from './pv'

export interface Event extends KubeObject {
  kind: 'Event'
  apiVersion: 'v1'
  metadata: ObjectMeta
  involvedObject: ObjectReference
  reason?: string
  message?: string
  source?: EventSource
  firstTimestamp?: string
  lastTimestamp?: string
  count?: number
  type?: string
  eventTime?: string
  series?: EventSeries
  action?: string
  related?: ObjectReference
  reportingComponent: string
  reportingInstance: string
}

export interface EventSource {
  component?: string
  host?: string
}

export interface EventSeries {
  count?: number
  lastObservedTime?: string
}
