// Which pods back a Service, as the endpoints controllers publish them: ready addresses,
// not-ready addresses, and the hostname a pod gets under a headless Service it is the
// subdomain of. Pure. Mirrors kubernetes/kubernetes pkg/controller/endpoint/endpoints_controller.go
// (syncService, podToEndpointAddressForService) and pkg/api/v1/endpoints (RepackSubsets).
import type { KubeObject } from '../../objects/meta'

export interface EndpointAddress {
  ip: string
  hostname?: string
  nodeName?: string
  targetRef: { kind: 'Pod'; namespace: string; name: string; uid: string }
}

export interface EndpointPort {
  name?: string
  port: number
  protocol: string
}

const isReady = (pod: KubeObject) => (pod.status?.conditions ?? []).some((c: { type: string; status: string }) => c.type === 'Ready' && c.status === 'True')

/** The pod's container port a Service port targets (by number, or by port name). */
function targetPort(pod: KubeObject, servicePort: { port: number; targetPort?: number | string }): number | undefined {
  const target = servicePort.targetPort ?? servicePort.port
  if (typeof target === 'number') return target
  for (const c of pod.spec?.containers ?? []) {
    const named = (c.ports ?? []).find((p: { name?: string }) => p.name === target)
    if (named) return named.containerPort
  }
  return undefined
}

/** The address `pod` gets in `service`'s endpoints; the hostname only for its own headless subdomain. */
export function endpointAddress(service: KubeObject, pod: KubeObject): EndpointAddress {
  const headlessSubdomain = service.spec?.clusterIP === 'None' && pod.spec?.subdomain === service.metadata.name && !!pod.spec?.hostname
  return {
    ip: pod.status.podIP,
    ...(headlessSubdomain ? { hostname: pod.spec.hostname } : {}),
    ...(pod.spec?.nodeName ? { nodeName: pod.spec.nodeName } : {}),
    targetRef: { kind: 'Pod', namespace: pod.metadata.namespace ?? 'default', name: pod.metadata.name, uid: pod.metadata.uid },
  }
}

/**
 * The subsets of `service`'s Endpoints over the `pods` its selector matches: pods without an IP
 * or being deleted are left out; ready ones (or all, with publishNotReadyAddresses) are addresses.
 */
export function endpointSubsets(service: KubeObject, pods: readonly KubeObject[]): object[] {
  const ports: { name?: string; port: number; protocol?: string; targetPort?: number | string }[] = service.spec?.ports ?? []
  const live = pods.filter((p) => p.status?.podIP && !p.metadata.deletionTimestamp)
  const publishAll = service.spec?.publishNotReadyAddresses === true
  const ready = live.filter((p) => publishAll || isReady(p)).map((p) => endpointAddress(service, p))
  const notReady = live.filter((p) => !publishAll && !isReady(p)).map((p) => endpointAddress(service, p))
  if (ready.length + notReady.length === 0) return []
  const port = ports[0]
  const resolved = port ? targetPort(live[0], port) : undefined
  const endpointPorts: EndpointPort[] = port && resolved !== undefined ? [{ ...(port.name ? { name: port.name } : {}), port: resolved, protocol: port.protocol ?? 'TCP' }] : []
  const byIP = (a: EndpointAddress, b: EndpointAddress) => (a.ip < b.ip ? -1 : a.ip > b.ip ? 1 : 0)
  return [
    {
      ...(ready.length ? { addresses: ready.sort(byIP) } : {}),
      ...(notReady.length ? { notReadyAddresses: notReady.sort(byIP) } : {}),
      ...(endpointPorts.length ? { ports: endpointPorts } : {}),
    },
  ]
}
