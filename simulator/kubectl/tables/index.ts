// The server-side Table for `kubectl get`: column definitions and one row per object, by kind.
// mirrors kubernetes/kubernetes pkg/printers/internalversion/printers.go (AddHandlers).

import type { KubeObject } from '../../objects/meta'
import { translateTimestampSince } from '../printers/duration'
import type { Table, TableColumnDefinition, TableRow } from '../printers/table'
import * as cluster from './cluster'
import { ageColumn, nameColumn } from './columns'
import * as network from './network'
import { podColumns, podRow } from './pod'
import * as storage from './storage'
import * as workloads from './workloads'

type RowFor = (object: KubeObject, nowMs: number) => TableRow

const handlers: Record<string, [TableColumnDefinition[], RowFor]> = {
  Pod: [podColumns, podRow],
  StatefulSet: [workloads.statefulSetColumns, workloads.statefulSetRow],
  ControllerRevision: [workloads.controllerRevisionColumns, workloads.controllerRevisionRow],
  PersistentVolumeClaim: [storage.pvcColumns, storage.pvcRow],
  PersistentVolume: [storage.pvColumns, storage.pvRow],
  StorageClass: [storage.storageClassColumns, storage.storageClassRow],
  Service: [network.serviceColumns, network.serviceRow],
  Endpoints: [network.endpointsColumns, network.endpointsRow],
  EndpointSlice: [network.endpointSliceColumns, network.endpointSliceRow],
  Node: [cluster.nodeColumns, cluster.nodeRow],
  Namespace: [cluster.namespaceColumns, cluster.namespaceRow],
  Event: [cluster.eventColumns, cluster.eventRow],
  ConfigMap: [cluster.configMapColumns, cluster.configMapRow],
  Secret: [cluster.secretColumns, cluster.secretRow],
  PodDisruptionBudget: [cluster.pdbColumns, cluster.pdbRow],
}

/** The default table (NAME, AGE) the API server gives kinds without a printer. */
const fallback: [TableColumnDefinition[], RowFor] = [
  [nameColumn, ageColumn],
  (o, nowMs) => ({ cells: [o.metadata.name, translateTimestampSince(o.metadata.creationTimestamp, nowMs)], object: o }),
]

/** Converts `objects` (all of one kind) to a Table as the API server's table convertor does. */
export function convertToTable(objects: readonly KubeObject[], options: { nowMs: number }): Table {
  const kind = objects[0]?.kind
  const [columns, row] = (kind && handlers[kind]) || fallback
  return { columnDefinitions: columns, rows: objects.map((o) => row(o, options.nowMs)) }
}

/** The column definitions for `kind` (a watch prints them before the first row arrives). */
export function columnsFor(kind: string): TableColumnDefinition[] {
  return (handlers[kind] ?? fallback)[0]
}
