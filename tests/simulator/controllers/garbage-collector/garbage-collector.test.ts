import { describe, expect, it } from 'vitest'
import { garbageCollector } from '@/simulator/controllers/garbage-collector/controller'
import { createClusterRuntime, type ClusterRuntime } from '@/simulator/engine/cluster-runtime'
import type { Controller } from '@/simulator/engine/controller'
import { defaultClusterObjects } from '@/simulator/engine/default-cluster'
import type { KubeObject, OwnerReference } from '@/simulator/objects/meta'
import { keyOf } from '@/simulator/objects/meta'

/** Test stand-in for the kubelet: removes a terminating pod one virtual second later. */
const podFinisher: Controller = {
  name: 'test-pod-finisher',
  start(ctx) {
    return ctx.store.watch(
      (e) => {
        const pod = e.updated?.[1]
        if (!pod?.metadata.deletionTimestamp || e.updated?.[0].metadata.deletionTimestamp) return
        ctx.queue.scheduleAfter(1000, () => void ctx.api.delete(keyOf(pod), { gracePeriodSeconds: 0 }), 'finish pod')
      },
      { kind: 'Pod' },
    )
  },
}

function cluster(): ClusterRuntime {
  return createClusterRuntime({ seed: 3, objects: defaultClusterObjects(), controllers: [garbageCollector, podFinisher], freeze: true })
}

function create(rt: ClusterRuntime, obj: object): KubeObject {
  const result = rt.api.create(obj)
  if (!result.ok) throw new Error(result.error.message)
  return result.object
}

const ownerRef = (owner: KubeObject, controller = true): OwnerReference => ({
  apiVersion: owner.apiVersion,
  kind: owner.kind,
  name: owner.metadata.name,
  uid: owner.metadata.uid,
  ...(controller ? { controller: true, blockOwnerDeletion: true } : {}),
})

function statefulSetWithPods(rt: ClusterRuntime, scheduled: boolean) {
  const set = create(rt, {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { name: 'web' },
    spec: { serviceName: 'nginx', selector: { matchLabels: { app: 'nginx' } }, template: { metadata: { labels: { app: 'nginx' } }, spec: { containers: [{ name: 'nginx', image: 'nginx' }] } } },
  })
  for (const i of [0, 1, 2]) {
    create(rt, {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: `web-${i}`, labels: { app: 'nginx' }, ownerReferences: [ownerRef(set)] },
      spec: { containers: [{ name: 'nginx', image: 'nginx' }], ...(scheduled ? { nodeName: 'kind-worker' } : {}) },
    })
  }
  create(rt, {
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: { name: 'www-web-0' },
    spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
  })
  return set
}

const names = (rt: ClusterRuntime, kind: string) => rt.store.list(kind, { namespace: 'default' }).map((o) => o.metadata.name)
const setKey = { kind: 'StatefulSet', namespace: 'default', name: 'web' }

describe('garbage collector', () => {
  it('deletes the pods of a StatefulSet deleted in the background, all at once, and keeps its claims', () => {
    const rt = cluster()
    statefulSetWithPods(rt, true)
    rt.api.delete(setKey)
    expect(rt.store.get(setKey)).toBeUndefined()
    rt.advance(100)
    const terminating = rt.store.list('Pod', { namespace: 'default' }).filter((p) => p.metadata.deletionTimestamp)
    expect(terminating.map((p) => p.metadata.name)).toEqual(['web-0', 'web-1', 'web-2'])
    rt.settle(60_000)
    expect(names(rt, 'Pod')).toEqual([])
    expect(names(rt, 'PersistentVolumeClaim')).toEqual(['www-web-0'])
  })

  it('orphans the pods when the StatefulSet is deleted with propagationPolicy Orphan', () => {
    const rt = cluster()
    statefulSetWithPods(rt, true)
    rt.api.delete(setKey, { propagationPolicy: 'Orphan' })
    expect(rt.store.get(setKey)?.metadata.finalizers).toEqual(['orphan'])
    rt.settle(60_000)
    expect(rt.store.get(setKey)).toBeUndefined()
    const pods = rt.store.list('Pod', { namespace: 'default' })
    expect(pods.map((p) => [p.metadata.name, p.metadata.ownerReferences, p.metadata.deletionTimestamp])).toEqual([
      ['web-0', undefined, undefined],
      ['web-1', undefined, undefined],
      ['web-2', undefined, undefined],
    ])
  })

  it('keeps a StatefulSet deleted in the foreground until its blocking pods are gone', () => {
    const rt = cluster()
    statefulSetWithPods(rt, true)
    rt.api.delete(setKey, { propagationPolicy: 'Foreground' })
    rt.advance(500)
    const set = rt.store.get(setKey)
    expect(set?.metadata.deletionTimestamp).toBeDefined()
    expect(set?.metadata.finalizers).toEqual(['foregroundDeletion'])
    expect(rt.store.list('Pod', { namespace: 'default' }).every((p) => p.metadata.deletionTimestamp)).toBe(true)
    rt.settle(60_000)
    expect(rt.store.get(setKey)).toBeUndefined()
    expect(names(rt, 'Pod')).toEqual([])
  })

  it('deletes a dependent only when its last owner is gone, dropping dangling references meanwhile', () => {
    const rt = cluster()
    const a = create(rt, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a' } })
    const b = create(rt, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'b' } })
    create(rt, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'shared', ownerReferences: [ownerRef(a, false), ownerRef(b, false)] } })
    rt.api.delete(keyOf(a))
    rt.settle(60_000)
    const shared = rt.store.get({ kind: 'ConfigMap', namespace: 'default', name: 'shared' })
    expect(shared?.metadata.ownerReferences?.map((r) => r.name)).toEqual(['b'])
    rt.api.delete(keyOf(b))
    rt.settle(60_000)
    expect(names(rt, 'ConfigMap')).toEqual([])
  })

  it('collects an object created with an owner that does not exist', () => {
    const rt = cluster()
    create(rt, {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'stray', ownerReferences: [{ apiVersion: 'v1', kind: 'ConfigMap', name: 'ghost', uid: '00000000-0000-4000-8000-000000000000' }] },
    })
    rt.settle(60_000)
    expect(names(rt, 'ConfigMap')).toEqual([])
  })

  it('leaves objects without owners and objects with live owners alone', () => {
    const rt = cluster()
    statefulSetWithPods(rt, false)
    rt.settle(60_000)
    expect(names(rt, 'Pod')).toEqual(['web-0', 'web-1', 'web-2'])
    expect(rt.settle(60_000).idle).toBe(true)
  })
})
