import { describe, expect, it } from 'vitest'
import { nslookupBusybox128, resolve } from '@/simulator/controllers/dns/resolve'
import { endpointsController } from '@/simulator/controllers/endpoints/controller'
import { createKubelet } from '@/simulator/controllers/kubelet/kubelet'
import { scheduler } from '@/simulator/controllers/scheduler/scheduler'
import { createClusterRuntime, type ClusterRuntime } from '@/simulator/engine/cluster-runtime'
import { defaultClusterObjects } from '@/simulator/engine/default-cluster'

const headless = {
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name: 'nginx', labels: { app: 'nginx' } },
  spec: { clusterIP: 'None', selector: { app: 'nginx' }, ports: [{ port: 80, name: 'web' }] },
}

const pod = (name: string, image = 'registry.k8s.io/nginx-slim:0.24') => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, labels: { app: 'nginx' } },
  spec: { hostname: name, subdomain: 'nginx', containers: [{ name: 'nginx', image, ports: [{ containerPort: 80, name: 'web' }] }] },
})

function cluster(objects: object[]): ClusterRuntime {
  const rt = createClusterRuntime({ seed: 21, objects: defaultClusterObjects(), controllers: [scheduler, createKubelet(), endpointsController], freeze: true })
  for (const obj of objects) {
    const result = rt.api.create(obj)
    if (!result.ok) throw new Error(result.error.message)
  }
  rt.advance(60_000)
  return rt
}

const ipOf = (rt: ClusterRuntime, name: string) => rt.store.get({ kind: 'Pod', namespace: 'default', name })!.status.podIP

describe('endpoints and cluster DNS', () => {
  it('lists ready pods of a headless Service with their hostnames', () => {
    const rt = cluster([headless, pod('web-0'), pod('web-1')])
    const endpoints = rt.store.get({ kind: 'Endpoints', namespace: 'default', name: 'nginx' })!
    expect(endpoints.metadata.labels).toEqual({ app: 'nginx', 'service.kubernetes.io/headless': '' })
    const addresses = endpoints.subsets[0].addresses
    expect(addresses.map((a: { hostname: string }) => a.hostname).sort()).toEqual(['web-0', 'web-1'])
    expect(endpoints.subsets[0].ports).toEqual([{ name: 'web', port: 80, protocol: 'TCP' }])
  })

  it('resolves pod names through the headless Service, as busybox nslookup prints them', () => {
    const rt = cluster([headless, pod('web-0'), pod('web-1')])
    expect(nslookupBusybox128(rt.store, 'web-0.nginx', 'default')).toEqual({
      stdout: `Server:    10.96.0.10\nAddress 1: 10.96.0.10 kube-dns.kube-system.svc.cluster.local\n\nName:      web-0.nginx\nAddress 1: ${ipOf(rt, 'web-0')}\n`,
      stderr: '',
      exitCode: 0,
    })
    const service = resolve(rt.store, 'nginx', 'default')!
    expect(service.addresses.map((a) => a.name).sort()).toEqual(['web-0.nginx.default.svc.cluster.local', 'web-1.nginx.default.svc.cluster.local'])
  })

  it('does not resolve a pod that is not ready, nor any pod once the Service is gone', () => {
    const rt = cluster([headless, pod('web-0'), pod('web-1', 'nginx:nope')])
    expect(resolve(rt.store, 'web-1.nginx', 'default')).toBeUndefined()
    expect(nslookupBusybox128(rt.store, 'web-1.nginx', 'default')).toMatchObject({ stderr: "nslookup: can't resolve 'web-1.nginx'\n", exitCode: 1 })
    rt.api.delete({ kind: 'Service', namespace: 'default', name: 'nginx' })
    rt.advance(1000)
    expect(resolve(rt.store, 'web-0.nginx', 'default')).toBeUndefined()
    expect(rt.store.get({ kind: 'Endpoints', namespace: 'default', name: 'nginx' })).toBeUndefined()
  })

  it('resolves a ClusterIP Service to its cluster IP, from any namespace by its qualified name', () => {
    const rt = cluster([])
    expect(resolve(rt.store, 'kubernetes', 'default')).toEqual({ fqdn: 'kubernetes.default.svc.cluster.local', addresses: [{ ip: '10.96.0.1', name: 'kubernetes.default.svc.cluster.local' }] })
    expect(resolve(rt.store, 'kube-dns.kube-system', 'default')?.addresses[0].ip).toBe('10.96.0.10')
    expect(resolve(rt.store, 'kube-dns', 'default')).toBeUndefined()
  })
})
