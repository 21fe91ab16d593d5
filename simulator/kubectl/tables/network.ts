// Service, Endpoints and EndpointSlice rows.
// mirrors kubernetes/kubernetes pkg/printers/internalversion/printers.go
// (printService, makePortString, printEndpoints, formatEndpoints, printEndpointSlice).

import type { KubeObject } from '../../objects/meta'
import { translateTimestampSince } from '../printers/duration'
import { formatLabels, type TableRow } from '../printers/table'
import { ageColumn, column, nameColumn, wide } from './columns'

export const serviceColumns = [nameColumn, column('Type'), column('Cluster-IP'), column('External-IP'), column('Port(s)'), ageColumn, wide('Selector')]

interface ServicePort {
  port: number
  protocol?: string
  nodePort?: number
}

function externalIPs(svc: KubeObject): string {
  const type = svc.spec?.type ?? 'ClusterIP'
  const external: string[] = svc.spec?.externalIPs ?? []
  if (type === 'ClusterIP' || type === 'NodePort') return external.length ? external.join(',') : '<none>'
  if (type === 'ExternalName') return svc.spec?.externalName ?? '<none>'
  const ingress: { ip?: string; hostname?: string }[] = svc.status?.loadBalancer?.ingress ?? []
  const all = [...ingress.map((i) => i.ip || i.hostname || ''), ...external].filter(Boolean)
  return all.length ? all.join(',') : '<pending>'
}

function ports(svc: KubeObject): string {
  const list: ServicePort[] = svc.spec?.ports ?? []
  if (list.length === 0) return '<none>'
  return list.map((p) => (p.nodePort ? `${p.port}:${p.nodePort}/${p.protocol ?? 'TCP'}` : `${p.port}/${p.protocol ?? 'TCP'}`)).join(',')
}

export function serviceRow(svc: KubeObject, nowMs: number): TableRow {
  const selector = svc.spec?.selector
  return {
    cells: [
      svc.metadata.name, svc.spec?.type ?? 'ClusterIP', svc.spec?.clusterIP || '<none>', externalIPs(svc), ports(svc),
      translateTimestampSince(svc.metadata.creationTimestamp, nowMs), selector && Object.keys(selector).length ? formatLabels(selector) : '<none>',
    ],
    object: svc,
  }
}

export const endpointsColumns = [nameColumn, column('Endpoints'), ageColumn]

/** formatEndpoints: `ip:port` pairs, at most three, then ` + N more...`; `<none>` when empty. */
function formatEndpoints(ep: KubeObject): string {
  const pairs: string[] = []
  let count = 0
  for (const subset of ep.subsets ?? []) {
    for (const address of subset.addresses ?? []) {
      for (const port of subset.ports?.length ? subset.ports : [undefined]) {
        count++
        if (pairs.length < 3) pairs.push(port ? `${address.ip}:${port.port}` : address.ip)
      }
    }
  }
  if (count === 0) return '<none>'
  return count > 3 ? `${pairs.join(',')} + ${count - 3} more...` : pairs.join(',')
}

export function endpointsRow(ep: KubeObject, nowMs: number): TableRow {
  return { cells: [ep.metadata.name, formatEndpoints(ep), translateTimestampSince(ep.metadata.creationTimestamp, nowMs)], object: ep }
}

export const endpointSliceColumns = [nameColumn, column('AddressType'), column('Ports'), column('Endpoints'), ageColumn]

export function endpointSliceRow(slice: KubeObject, nowMs: number): TableRow {
  const ports: { port?: number }[] = slice.ports ?? []
  const addresses: string[] = (slice.endpoints ?? []).flatMap((e: { addresses: string[] }) => e.addresses)
  const shown = addresses.slice(0, 3).join(',')
  return {
    cells: [
      slice.metadata.name, slice.addressType ?? '', ports.length ? ports.map((p) => p.port ?? '').join(',') : '<unset>',
      addresses.length ? (addresses.length > 3 ? `${shown} + ${addresses.length - 3} more...` : shown) : '<unset>',
      translateTimestampSince(slice.metadata.creationTimestamp, nowMs),
    ],
    object: slice,
  }
}
