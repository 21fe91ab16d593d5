import { describe, expect, it } from 'vitest'
import type { KubeObject } from '@/simulator/objects/meta'
import { createClock } from '@/simulator/engine/clock'
import { parseSelector } from '@/simulator/engine/label-parser'
import { createRandom } from '@/simulator/engine/random'
import { createStore, type NewObject, type StoreResult } from '@/simulator/engine/store'
import type { WatchEvent } from '@/simulator/engine/watch'

function setup(seed = 1) {
  const clock = createClock()
  const store = createStore({ clock, random: createRandom(seed), freeze: true })
  const events: WatchEvent[] = []
  store.watch((e) => events.push(e))
  return { clock, store, events }
}

function sts(name: string, spec: Record<string, unknown> = { replicas: 1 }): NewObject {
  return { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name, namespace: 'default' }, spec }
}

function pod(name: string, metadata: Record<string, unknown> = {}, spec: Record<string, unknown> = {}): NewObject {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default', ...metadata }, spec, status: { phase: 'Pending' } }
}

function stored(result: StoreResult): KubeObject {
  if (!result.ok) throw new Error(result.error.message)
  return result.object
}

function errorOf(result: StoreResult) {
  if (result.ok) throw new Error('expected an error')
  return result.error
}

const kindsOf = (events: WatchEvent[]) => events.map((e) => (e.added ? 'added' : e.updated ? 'updated' : 'removed'))

describe('store create', () => {
  it('assigns uid, resourceVersion, creationTimestamp and generation', () => {
    const { clock, store } = setup()
    clock.advanceTo(5_000)
    const web = stored(store.create(sts('web')))
    const p = stored(store.create(pod('web-0')))
    expect(web.metadata).toMatchObject({ name: 'web', namespace: 'default', resourceVersion: '1', generation: 1, creationTimestamp: '2024-09-02T10:00:05Z' })
    expect(web.metadata.uid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(p.metadata.resourceVersion).toBe('2')
    expect('generation' in p.metadata).toBe(false)
    expect(store.resourceVersion()).toBe('2')
  })

  it('derives uids and generated names from the seed', () => {
    const names = (seed: number) => {
      const { store } = setup(seed)
      const a = stored(store.create(sts('web')))
      const b = stored(store.create(pod('', { generateName: 'web-' })))
      return [a.metadata.uid, b.metadata.uid, b.metadata.name]
    }
    expect(names(3)).toEqual(names(3))
    expect(names(3)).not.toEqual(names(4))
    expect(names(3)[2]).toMatch(/^web-[bcdfghjklmnpqrstvwxz2456789]{5}$/)
  })

  it('ignores system fields the caller sends', () => {
    const { store } = setup()
    const input = pod('web-0', { uid: 'mine', resourceVersion: '99', deletionTimestamp: '2020-01-01T00:00:00Z', generation: 7 })
    const p = stored(store.create(input))
    expect(p.metadata.uid).not.toBe('mine')
    expect(p.metadata.resourceVersion).toBe('1')
    expect(p.metadata.deletionTimestamp).toBeUndefined()
    expect(p.metadata.generation).toBeUndefined()
  })

  it('returns AlreadyExists with the API text', () => {
    const { store, events } = setup()
    store.create(sts('web'))
    expect(errorOf(store.create(sts('web')))).toEqual({
      reason: 'AlreadyExists',
      code: 409,
      message: 'statefulsets.apps "web" already exists',
      details: { name: 'web', group: 'apps', kind: 'statefulsets' },
    })
    expect(events).toHaveLength(1)
  })

  it('drops the namespace of cluster-scoped kinds and requires it for namespaced ones', () => {
    const { store } = setup()
    const pv = stored(store.create({ apiVersion: 'v1', kind: 'PersistentVolume', metadata: { name: 'pv-1', namespace: 'default' }, spec: {} }))
    expect(pv.metadata.namespace).toBeUndefined()
    expect(store.get({ kind: 'PersistentVolume', namespace: 'default', name: 'pv-1' })).toBe(pv)
    expect(store.list('PersistentVolume', { namespace: 'other' })).toEqual([pv])
    expect(() => store.create({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'x' } })).toThrow(/needs a namespace/)
    expect(() => store.create({ apiVersion: 'v1', kind: 'Pod', metadata: { namespace: 'default' } })).toThrow(/neither name nor generateName/)
  })

  it('freezes stored objects when asked', () => {
    const { store } = setup()
    const web = stored(store.create(sts('web', { replicas: 1, template: { metadata: { labels: { app: 'web' } } } })))
    expect(() => {
      web.spec.template.metadata.labels.app = 'x'
    }).toThrow(TypeError)
  })
})

describe('store reads', () => {
  it('lists in etcd key order: namespace (as "ns/"), then name bytewise', () => {
    const { store } = setup()
    for (const [ns, name] of [['b', 'web-2'], ['a', 'web-10'], ['a-b', 'web-1'], ['a', 'web-2'], ['a', 'web-1']]) {
      store.create({ apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: ns } })
    }
    const keys = store.list('Pod').map((p) => `${p.metadata.namespace}/${p.metadata.name}`)
    expect(keys).toEqual(['a-b/web-1', 'a/web-1', 'a/web-10', 'a/web-2', 'b/web-2'])
    expect(store.list('Pod', { namespace: 'a' }).map((p) => p.metadata.name)).toEqual(['web-1', 'web-10', 'web-2'])
    expect(store.list('Pod', { namespace: 'none' })).toEqual([])
    expect(store.list('Service')).toEqual([])
    expect(store.count('Pod')).toBe(5)
    expect(store.kinds()).toEqual(['Pod'])
  })

  it('filters lists by label selector', () => {
    const { store } = setup()
    store.create(pod('a', { labels: { app: 'web', tier: 'fe' } }))
    store.create(pod('b', { labels: { app: 'web' } }))
    store.create(pod('c', { labels: { app: 'db' } }))
    store.create(pod('d'))
    const select = (text: string) => {
      const parsed = parseSelector(text)
      if (!parsed.ok) throw new Error(parsed.error)
      return store.list('Pod', { namespace: 'default', labelSelector: parsed.selector }).map((p) => p.metadata.name)
    }
    expect(select('app=web')).toEqual(['a', 'b'])
    expect(select('app!=web')).toEqual(['c', 'd'])
    expect(select('!tier')).toEqual(['b', 'c', 'd'])
    expect(select('')).toEqual(['a', 'b', 'c', 'd'])
  })

  it('indexes by uid and by owner uid, following ownerReference changes', () => {
    const { store } = setup()
    const web = stored(store.create(sts('web')))
    const ref = { apiVersion: 'apps/v1', kind: 'StatefulSet', name: 'web', uid: web.metadata.uid, controller: true }
    const p0 = stored(store.create(pod('web-0', { ownerReferences: [ref] })))
    stored(store.create(pod('web-1', { ownerReferences: [ref] })))
    store.create(pod('other'))
    expect(store.getByUid(web.metadata.uid)).toBe(web)
    expect(store.listOwnedBy(web.metadata.uid).map((p) => p.metadata.name)).toEqual(['web-0', 'web-1'])
    const orphaned = stored(store.update({ ...p0, metadata: { ...p0.metadata, ownerReferences: [] } }))
    expect(store.listOwnedBy(web.metadata.uid).map((p) => p.metadata.name)).toEqual(['web-1'])
    store.delete({ kind: 'Pod', namespace: 'default', name: 'web-1' })
    expect(store.listOwnedBy(web.metadata.uid)).toEqual([])
    expect(store.getByUid(orphaned.metadata.uid)).toBe(orphaned)
  })
})

describe('store update', () => {
  it('rejects a stale resourceVersion with the Conflict text and accepts an empty one', () => {
    const { store } = setup()
    const v1 = stored(store.create(sts('web')))
    const v2 = stored(store.update({ ...v1, spec: { replicas: 2 } }))
    expect(errorOf(store.update({ ...v1, spec: { replicas: 3 } }))).toMatchObject({
      reason: 'Conflict',
      code: 409,
      message:
        'Operation cannot be fulfilled on statefulsets.apps "web": the object has been modified; please apply your changes to the latest version and try again',
    })
    const unconditional = stored(store.update({ ...v1, metadata: { ...v1.metadata, resourceVersion: '' }, spec: { replicas: 4 } }))
    expect(unconditional.spec.replicas).toBe(4)
    expect(Number(unconditional.metadata.resourceVersion)).toBeGreaterThan(Number(v2.metadata.resourceVersion))
  })

  it('rejects a different uid as a failed storage precondition', () => {
    const { store } = setup()
    const p = stored(store.create(pod('web-0')))
    const stale = { ...p, metadata: { ...p.metadata, uid: 'old-uid', resourceVersion: '' } }
    expect(errorOf(store.update(stale)).message).toBe(
      `Operation cannot be fulfilled on pods "web-0": StorageError: invalid object, Code: 4, Key: /registry/pods/default/web-0, ` +
        `ResourceVersion: 0, AdditionalErrorMsg: Precondition failed: UID in precondition: old-uid, UID in object meta: ${p.metadata.uid}`,
    )
  })

  it('returns NotFound for a missing object', () => {
    const { store } = setup()
    const ghost = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web-5', namespace: 'default', uid: '', resourceVersion: '', creationTimestamp: '' } }
    expect(errorOf(store.update(ghost))).toEqual({
      reason: 'NotFound',
      code: 404,
      message: 'pods "web-5" not found',
      details: { name: 'web-5', group: '', kind: 'pods' },
    })
    expect(errorOf(store.delete({ kind: 'StatefulSet', namespace: 'default', name: 'db' })).message).toBe('statefulsets.apps "db" not found')
  })

  it.each<[string, { spec?: object; labels?: Record<string, string> }, number]>([
    ['a spec change bumps generation', { spec: { replicas: 2 } }, 2],
    ['a label change does not', { labels: { a: 'b' } }, 1],
    ['an equal spec in a new object does not', { spec: { replicas: 1 } }, 1],
  ])('%s', (_name, change, generation) => {
    const { store } = setup()
    const v1 = stored(store.create(sts('web')))
    const next = { ...v1, spec: change.spec ?? v1.spec, metadata: { ...v1.metadata, labels: change.labels } }
    expect(stored(store.update(next)).metadata.generation).toBe(generation)
  })

  it('keeps server fields and the stored status on a main-resource update', () => {
    const { store } = setup()
    const v1 = stored(store.create({ ...sts('web'), status: { replicas: 0 } }))
    const edited = {
      ...v1,
      metadata: { ...v1.metadata, creationTimestamp: '2000-01-01T00:00:00Z', generation: 40 },
      spec: { replicas: 5 },
      status: { replicas: 5 },
    }
    const v2 = stored(store.update(edited))
    expect(v2.metadata.creationTimestamp).toBe(v1.metadata.creationTimestamp)
    expect(v2.metadata.generation).toBe(2)
    expect(v2.status).toEqual({ replicas: 0 })
  })

  it('updates status alone without bumping generation', () => {
    const { store } = setup()
    const v1 = stored(store.create(sts('web')))
    const v2 = stored(store.updateStatus({ ...v1, spec: { replicas: 9 }, status: { replicas: 1, observedGeneration: 1 } }))
    expect(v2.spec).toEqual({ replicas: 1 })
    expect(v2.status).toEqual({ replicas: 1, observedGeneration: 1 })
    expect(v2.metadata.generation).toBe(1)
    expect(v2.metadata.resourceVersion).toBe('2')
  })

  it('writes nothing for an update that changes nothing', () => {
    const { store, events } = setup()
    const v1 = stored(store.create(sts('web')))
    const same = stored(store.update({ ...v1, spec: { replicas: 1 } }))
    expect(same).toBe(v1)
    expect(stored(store.updateStatus({ ...v1 }))).toBe(v1)
    expect(store.resourceVersion()).toBe('1')
    expect(events).toHaveLength(1)
  })
})

describe('store delete', () => {
  it('removes an object without finalizers at once', () => {
    const { store, events } = setup()
    const web = stored(store.create(sts('web')))
    const result = store.delete({ kind: 'StatefulSet', namespace: 'default', name: 'web' })
    expect(result).toEqual({ ok: true, object: web, removed: true })
    expect(store.get({ kind: 'StatefulSet', namespace: 'default', name: 'web' })).toBeUndefined()
    expect(events.at(-1)).toEqual({ removed: web, resourceVersion: '2' })
  })

  it('marks an object with finalizers, and removing the last finalizer removes it', () => {
    const { clock, store, events } = setup()
    stored(store.create({ ...sts('web'), metadata: { name: 'web', namespace: 'default', finalizers: ['example.com/a', 'example.com/b'] } }))
    clock.advanceTo(7_000)
    const marked = stored(store.delete({ kind: 'StatefulSet', namespace: 'default', name: 'web' }))
    expect(marked.metadata).toMatchObject({ deletionTimestamp: '2024-09-02T10:00:07Z', deletionGracePeriodSeconds: 0, generation: 2 })
    const labelled = stored(store.update({ ...marked, metadata: { ...marked.metadata, labels: { x: 'y' }, deletionTimestamp: undefined } }))
    expect(labelled.metadata.deletionTimestamp).toBe('2024-09-02T10:00:07Z')
    const one = stored(store.update({ ...labelled, metadata: { ...labelled.metadata, finalizers: ['example.com/b'] } }))
    expect(store.get({ kind: 'StatefulSet', namespace: 'default', name: 'web' })).toBe(one)
    const last = store.update({ ...one, metadata: { ...one.metadata, finalizers: [] } })
    expect(last).toEqual({ ok: true, object: one, removed: true })
    expect(kindsOf(events)).toEqual(['added', 'updated', 'updated', 'updated', 'removed'])
    expect(store.count()).toBe(0)
  })

  it.each([
    ['Foreground', ['foregroundDeletion']],
    ['Orphan', ['orphan']],
  ] as const)('adds the %s finalizer and keeps the object', (policy, finalizers) => {
    const { store } = setup()
    store.create(sts('web'))
    const marked = stored(store.delete({ kind: 'StatefulSet', namespace: 'default', name: 'web' }, { propagationPolicy: policy }))
    expect(marked.metadata.finalizers).toEqual(finalizers)
    expect(marked.metadata.deletionGracePeriodSeconds).toBe(0)
  })

  it('deletes a scheduled Pod gracefully and removes it on the zero-period delete', () => {
    const { clock, store, events } = setup()
    store.create(pod('web-0', {}, { nodeName: 'node-1', terminationGracePeriodSeconds: 30 }))
    clock.advanceTo(1_000)
    const key = { kind: 'Pod', namespace: 'default', name: 'web-0' }
    const terminating = stored(store.delete(key))
    expect(terminating.metadata).toMatchObject({ deletionTimestamp: '2024-09-02T10:00:31Z', deletionGracePeriodSeconds: 30 })
    expect(store.delete(key)).toEqual({ ok: true, object: terminating, removed: false })
    clock.advanceTo(11_000)
    const shorter = stored(store.delete(key, { gracePeriodSeconds: 5 }))
    expect(shorter.metadata).toMatchObject({ deletionTimestamp: '2024-09-02T10:00:06Z', deletionGracePeriodSeconds: 5 })
    const gone = store.delete(key, { gracePeriodSeconds: 0 })
    expect(gone.ok && gone.removed).toBe(true)
    expect(kindsOf(events)).toEqual(['added', 'updated', 'updated', 'updated', 'removed'])
  })

  it('removes an unscheduled Pod at once, after writing its deletion mark', () => {
    const { store, events } = setup()
    store.create(pod('web-0', {}, { terminationGracePeriodSeconds: 30 }))
    const result = store.delete({ kind: 'Pod', namespace: 'default', name: 'web-0' })
    expect(result.ok && result.removed).toBe(true)
    expect(result.ok && result.object.metadata.deletionGracePeriodSeconds).toBe(0)
    expect(kindsOf(events)).toEqual(['added', 'updated', 'removed'])
  })

  it('keeps a graceful Pod with finalizers after its grace period until the finalizers go', () => {
    const { store } = setup()
    store.create(pod('web-0', { finalizers: ['example.com/x'] }, { nodeName: 'node-1', terminationGracePeriodSeconds: 30 }))
    const key = { kind: 'Pod', namespace: 'default', name: 'web-0' }
    const marked = stored(store.delete(key))
    const unfinalized = stored(store.update({ ...marked, metadata: { ...marked.metadata, finalizers: [] } }))
    expect(store.get(key)).toBe(unfinalized)
    const forced = store.delete(key, { gracePeriodSeconds: 0 })
    expect(forced.ok && forced.removed).toBe(true)
  })

  it('checks delete preconditions with the BeforeDelete texts', () => {
    const { store } = setup()
    const p = stored(store.create(pod('web-0')))
    const key = { kind: 'Pod', namespace: 'default', name: 'web-0' }
    expect(errorOf(store.delete(key, { preconditions: { uid: 'x' } })).message).toBe(
      `Operation cannot be fulfilled on Pod "web-0": the UID in the precondition (x) does not match the UID in record (${p.metadata.uid}). ` +
        'The object might have been deleted and then recreated',
    )
    expect(errorOf(store.delete(key, { preconditions: { resourceVersion: '9' } })).message).toBe(
      'Operation cannot be fulfilled on Pod "web-0": the ResourceVersion in the precondition (9) does not match the ResourceVersion in record (1). ' +
        'The object might have been modified',
    )
    expect(store.delete(key, { preconditions: { uid: p.metadata.uid, resourceVersion: '1' } }).ok).toBe(true)
  })
})

describe('store watch', () => {
  it('sends added, updated [from, to] and removed with resourceVersions', () => {
    const { store, events } = setup()
    const v1 = stored(store.create(sts('web')))
    const v2 = stored(store.update({ ...v1, spec: { replicas: 2 } }))
    store.delete({ kind: 'StatefulSet', namespace: 'default', name: 'web' })
    expect(events).toEqual([
      { added: v1, resourceVersion: '1' },
      { updated: [v1, v2], resourceVersion: '2' },
      { removed: v2, resourceVersion: '3' },
    ])
  })

  it('filters by kind and stops after unsubscribe', () => {
    const { store } = setup()
    const pods: WatchEvent[] = []
    const stop = store.watch((e) => pods.push(e), { kind: 'Pod' })
    store.create(sts('web'))
    store.create(pod('web-0'))
    stop()
    stop()
    store.create(pod('web-1'))
    expect(pods.map((e) => e.added?.metadata.name)).toEqual(['web-0'])
  })

  it('delivers changes made by listeners after the current change, to everyone, in order', () => {
    const { store } = setup()
    const seenByLate: string[] = []
    store.watch((e) => {
      if (e.added?.kind === 'Pod') store.create({ apiVersion: 'v1', kind: 'Event', metadata: { name: `${e.added.metadata.name}.1`, namespace: 'default' } })
    })
    store.watch((e) => seenByLate.push(`${e.resourceVersion}:${e.added?.kind}`))
    store.create(pod('web-0'))
    expect(seenByLate).toEqual(['1:Pod', '2:Event'])
  })
})

describe('store at scale', () => {
  it('holds 10,000 owned pods with claims and lists them in order', () => {
    const { store } = setup()
    const web = stored(store.create(sts('web')))
    const ref = { apiVersion: 'apps/v1', kind: 'StatefulSet', name: 'web', uid: web.metadata.uid, controller: true }
    for (let i = 0; i < 10_000; i++) {
      store.create({ apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: `data-web-${i}`, namespace: 'default' }, spec: {} })
      store.create(pod(`web-${i}`, { ownerReferences: [ref], labels: { app: 'web' } }))
    }
    expect(store.listOwnedBy(web.metadata.uid)).toHaveLength(10_000)
    const names = store.list('Pod', { namespace: 'default' }).map((p) => p.metadata.name)
    expect(names.slice(0, 4)).toEqual(['web-0', 'web-1', 'web-10', 'web-100'])
    expect([...names].sort()).toEqual(names)
    expect(store.count()).toBe(20_001)
  })
})
