import { describe, expect, it } from 'vitest'
import { createClusterRuntime } from '@/simulator/engine/cluster-runtime'
import type { Controller } from '@/simulator/engine/controller'
import { defaultClusterObjects } from '@/simulator/engine/default-cluster'
import { nanosHex } from '@/simulator/engine/event-recorder'
import { createWorkQueue } from '@/simulator/engine/work-queue'
import type { KubeObject } from '@/simulator/objects/meta'

const pod = (name: string) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name },
  spec: { containers: [{ name: 'c', image: 'nginx' }] },
})

function boot(controllers: Controller[] = []) {
  return createClusterRuntime({ seed: 1, objects: defaultClusterObjects(), controllers, freeze: true })
}

describe('cluster runtime', () => {
  it('starts from a kind-like default cluster', () => {
    const rt = boot()
    expect(rt.rejected).toEqual([])
    expect(rt.store.list('Node').map((n) => n.metadata.name)).toEqual(['kind-control-plane', 'kind-worker', 'kind-worker2'])
    expect(rt.store.get({ kind: 'Node', namespace: '', name: 'kind-worker' })!.status.conditions.at(-1)).toMatchObject({ type: 'Ready', status: 'True' })
    expect(rt.store.get({ kind: 'Service', namespace: 'kube-system', name: 'kube-dns' })!.spec.clusterIP).toBe('10.96.0.10')
    expect(rt.store.get({ kind: 'StorageClass', namespace: '', name: 'standard' })!.volumeBindingMode).toBe('WaitForFirstConsumer')
  })

  it('is deterministic for a seed', () => {
    const uids = () => {
      const rt = boot()
      const created = rt.api.create(pod('p'))
      return created.ok ? created.object.metadata.uid : ''
    }
    expect(uids()).toBe(uids())
  })

  it('admits writes through the API server and reports rejections as values', () => {
    const rt = boot()
    const bad = rt.api.create({ ...pod('p'), spec: { containers: [{ name: 'c', image: 'nginx', volumeMount: [] }] } })
    expect(bad).toMatchObject({ ok: false, error: { reason: 'BadRequest' } })
    expect(!bad.ok && bad.error.message).toContain('strict decoding error: unknown field "spec.containers[0].volumeMount"')
    expect(rt.api.update(pod('missing'))).toMatchObject({ ok: false, error: { reason: 'NotFound', message: 'pods "missing" not found' } })
  })

  it('aggregates repeated events into one Event with a count', () => {
    const rt = boot()
    const created = rt.api.create(pod('p'))
    if (!created.ok) throw new Error(created.error.message)
    rt.events.record(created.object, 'Warning', 'BackOff', 'Back-off', { component: 'kubelet', host: 'kind-worker' })
    rt.advance(10_000)
    rt.events.record(created.object, 'Warning', 'BackOff', 'Back-off', { component: 'kubelet', host: 'kind-worker' })
    const events = rt.store.list('Event', { namespace: 'default' })
    expect(events).toHaveLength(1)
    expect(events[0]).toMatchObject({
      count: 2,
      firstTimestamp: '2024-09-02T10:00:00Z',
      lastTimestamp: '2024-09-02T10:00:10Z',
      involvedObject: { kind: 'Pod', name: 'p' },
      source: { component: 'kubelet', host: 'kind-worker' },
    })
    expect(events[0].metadata.name).toMatch(/^p\.[0-9a-f]+$/)
  })

  it('forgets an event once 4096 newer distinct events pushed it out of the correlator, as client-go does', () => {
    const rt = boot()
    const created = rt.api.create(pod('p'))
    if (!created.ok) throw new Error(created.error.message)
    const source = { component: 'kubelet', host: 'kind-worker' }
    rt.events.record(created.object, 'Warning', 'BackOff', 'Back-off', source)
    for (let i = 0; i < 4095; i++) rt.events.record(created.object, 'Normal', 'Note', `note ${i}`, source)
    // Still remembered: the repeat is counted on the first Event.
    rt.events.record(created.object, 'Warning', 'BackOff', 'Back-off', source)
    const backOffs = () => rt.store.list('Event', { namespace: 'default' }).filter((e) => e.reason === 'BackOff')
    expect(backOffs().map((e) => e.count)).toEqual([2])
    for (let i = 4095; i < 8191; i++) rt.events.record(created.object, 'Normal', 'Note', `note ${i}`, source)
    rt.events.record(created.object, 'Warning', 'BackOff', 'Back-off', source)
    expect(backOffs().map((e) => e.count).sort()).toEqual([1, 2])
  })

  it('gives controllers a work queue that turns a burst of changes into one sync', () => {
    const synced: string[] = []
    const counter: Controller = {
      name: 'counter',
      start(ctx) {
        const work = createWorkQueue({ queue: ctx.queue, name: 'counter', delayMs: 10, sync: (key) => synced.push(`${ctx.clock.now()} ${key}`) })
        return ctx.store.watch((e) => {
          const obj = (e.added ?? e.removed ?? e.updated?.[1]) as KubeObject
          work.add(obj.metadata.name)
        }, { kind: 'Pod' })
      },
    }
    const rt = boot([counter])
    rt.api.create(pod('a'))
    rt.api.create(pod('b'))
    rt.api.delete({ kind: 'Pod', namespace: 'default', name: 'a' })
    rt.advance(5)
    expect(synced).toEqual([])
    rt.advance(100)
    expect(synced).toEqual(['10 a', '10 b'])
    expect(rt.settle(60_000).idle).toBe(true)
  })
})

describe('event names', () => {
  it('spell the nanosecond timestamp in hex exactly as 64-bit arithmetic does', () => {
    const cases: [number, number][] = [[0, 0], [0, 999_999], [1, 0], [1_048_575, 123], [1_048_576, 999_999], [Date.UTC(2024, 8, 2, 10), 0], [Date.UTC(2024, 8, 2, 10) + 12_345, 999_999], [2 ** 45 + 7, 500_000]]
    for (let i = 0; i < 200; i++) cases.push([Math.floor(Date.UTC(2024, 0, 1) + i * 7_919_113.7), (i * 7_907) % 1_000_000])
    for (const [ms, extra] of cases) expect(nanosHex(ms, extra)).toBe((BigInt(ms) * 1_000_000n + BigInt(extra)).toString(16))
  })
})
