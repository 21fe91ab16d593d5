// Node, Namespace, Event, ConfigMap, Secret and PodDisruptionBudget rows.
// mirrors kubernetes/kubernetes pkg/printers/internalversion/printers.go (printNode, findNodeRoles,
// printNamespace, printEvent, formatEventSource, printConfigMap, printSecret, printPodDisruptionBudget).

import type { KubeObject } from '../../objects/meta'
import { translateTimestampSince } from '../printers/duration'
import type { TableRow } from '../printers/table'
import { ageColumn, column, nameColumn, wide } from './columns'

export const nodeColumns = [
  nameColumn, column('Status'), column('Roles'), ageColumn, column('Version'), wide('Internal-IP'), wide('External-IP'),
  wide('OS-Image'), wide('Kernel-Version'), wide('Container-Runtime'),
]

function nodeStatus(node: KubeObject): string {
  const ready = (node.status?.conditions ?? []).find((c: { type: string }) => c.type === 'Ready')
  const states = [ready ? (ready.status === 'True' ? 'Ready' : 'NotReady') : 'Unknown']
  if (node.spec?.unschedulable) states.push('SchedulingDisabled')
  return states.join(',')
}

function nodeRoles(node: KubeObject): string {
  const roles = new Set<string>()
  for (const [key, value] of Object.entries(node.metadata.labels ?? {})) {
    if (key.startsWith('node-role.kubernetes.io/')) roles.add(key.slice('node-role.kubernetes.io/'.length))
    else if (key === 'kubernetes.io/role' && value) roles.add(value)
  }
  return roles.size ? [...roles].sort().join(',') : '<none>'
}

export function nodeRow(node: KubeObject, nowMs: number): TableRow {
  const addresses: { type: string; address: string }[] = node.status?.addresses ?? []
  const address = (type: string) => addresses.find((a) => a.type === type)?.address ?? '<none>'
  const info = node.status?.nodeInfo ?? {}
  return {
    cells: [
      node.metadata.name, nodeStatus(node), nodeRoles(node), translateTimestampSince(node.metadata.creationTimestamp, nowMs),
      info.kubeletVersion ?? '', address('InternalIP'), address('ExternalIP'), info.osImage || '<unknown>',
      info.kernelVersion || '<unknown>', info.containerRuntimeVersion || '<unknown>',
    ],
    object: node,
  }
}

export const namespaceColumns = [nameColumn, column('Status'), ageColumn]

export function namespaceRow(ns: KubeObject, nowMs: number): TableRow {
  return { cells: [ns.metadata.name, ns.status?.phase ?? '', translateTimestampSince(ns.metadata.creationTimestamp, nowMs)], object: ns }
}

export const eventColumns = [
  column('Last Seen'), column('Type'), column('Reason'), column('Object'), wide('Subobject'), wide('Source'), column('Message'),
  wide('First Seen'), wide('Count', 'integer'), wide('Name'),
]

export function eventRow(ev: KubeObject, nowMs: number): TableRow {
  const first = ev.firstTimestamp ? translateTimestampSince(ev.firstTimestamp, nowMs) : translateTimestampSince(ev.eventTime, nowMs)
  let last = ev.lastTimestamp ? translateTimestampSince(ev.lastTimestamp, nowMs) : first
  let count = ev.count || 1
  if (ev.series) {
    last = translateTimestampSince(ev.series.lastObservedTime, nowMs)
    count = ev.series.count
  }
  const involved = ev.involvedObject ?? {}
  const target = involved.name ? `${String(involved.kind).toLowerCase()}/${involved.name}` : String(involved.kind ?? '').toLowerCase()
  const source = ev.source?.component ? [ev.source.component, ev.source.host].filter(Boolean).join(', ') : ev.reportingComponent ?? ''
  return {
    cells: [last, ev.type ?? '', ev.reason ?? '', target, involved.fieldPath ?? '', source, String(ev.message ?? '').trim(), first, count, ev.metadata.name],
    object: ev,
  }
}

export const configMapColumns = [nameColumn, column('Data', { type: 'integer' }), ageColumn]

export function configMapRow(cm: KubeObject, nowMs: number): TableRow {
  const size = Object.keys(cm.data ?? {}).length + Object.keys(cm.binaryData ?? {}).length
  return { cells: [cm.metadata.name, size, translateTimestampSince(cm.metadata.creationTimestamp, nowMs)], object: cm }
}

export const secretColumns = [nameColumn, column('Type'), column('Data', { type: 'integer' }), ageColumn]

export function secretRow(secret: KubeObject, nowMs: number): TableRow {
  return {
    cells: [secret.metadata.name, secret.type ?? 'Opaque', Object.keys(secret.data ?? {}).length, translateTimestampSince(secret.metadata.creationTimestamp, nowMs)],
    object: secret,
  }
}

export const pdbColumns = [nameColumn, column('Min Available'), column('Max Unavailable'), column('Allowed Disruptions', { type: 'integer' }), ageColumn]

export function pdbRow(pdb: KubeObject, nowMs: number): TableRow {
  return {
    cells: [
      pdb.metadata.name, pdb.spec?.minAvailable !== undefined ? String(pdb.spec.minAvailable) : 'N/A',
      pdb.spec?.maxUnavailable !== undefined ? String(pdb.spec.maxUnavailable) : 'N/A', pdb.status?.disruptionsAllowed ?? 0,
      translateTimestampSince(pdb.metadata.creationTimestamp, nowMs),
    ],
    object: pdb,
  }
}
