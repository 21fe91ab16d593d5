// StatefulSet and ControllerRevision rows.
// mirrors kubernetes/kubernetes pkg/printers/internalversion/printers.go
// (printStatefulSet, printControllerRevision, layoutContainerCells).

import type { KubeObject } from '../../objects/meta'
import { translateTimestampSince } from '../printers/duration'
import type { TableRow } from '../printers/table'
import { ageColumn, column, nameColumn, wide } from './columns'

export const statefulSetColumns = [nameColumn, column('Ready'), ageColumn, wide('Containers'), wide('Images')]

export function statefulSetRow(sts: KubeObject, nowMs: number): TableRow {
  const containers: { name: string; image: string }[] = sts.spec?.template?.spec?.containers ?? []
  return {
    cells: [
      sts.metadata.name,
      `${sts.status?.readyReplicas ?? 0}/${sts.spec?.replicas ?? 0}`,
      translateTimestampSince(sts.metadata.creationTimestamp, nowMs),
      containers.map((c) => c.name).join(','),
      containers.map((c) => c.image).join(','),
    ],
    object: sts,
  }
}

export const controllerRevisionColumns = [nameColumn, column('Controller'), column('Revision', { type: 'integer' }), ageColumn]

export function controllerRevisionRow(revision: KubeObject, nowMs: number): TableRow {
  const owner = revision.metadata.ownerReferences?.find((o) => o.controller)
  let controller = '<none>'
  if (owner) {
    const group = owner.apiVersion.includes('/') ? owner.apiVersion.split('/')[0] : ''
    controller = `${owner.kind.toLowerCase()}${group ? `.${group}` : ''}/${owner.name}`
  }
  return {
    cells: [revision.metadata.name, controller, revision.revision ?? 0, translateTimestampSince(revision.metadata.creationTimestamp, nowMs)],
    object: revision,
  }
}
