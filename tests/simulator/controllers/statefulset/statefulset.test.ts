import { describe, expect, it } from 'vitest'
import { apply, fullCluster, getSet, patchSet, podNames, run, watchInvariants, webStatefulSet } from './cluster'
import type { ClusterRuntime } from '@/simulator/engine/cluster-runtime'

const policies = ['OrderedReady', 'Parallel'] as const
const setEvents = (rt: ClusterRuntime) =>
  rt.store.list('Event', { namespace: 'default' }).filter((e) => e.involvedObject.kind === 'StatefulSet').sort((a, b) => Number(a.metadata.resourceVersion) - Number(b.metadata.resourceVersion)).map((e) => e.message)
const revisionOf = (rt: ClusterRuntime, name: string) => rt.store.get({ kind: 'Pod', namespace: 'default', name })?.metadata.labels?.['controller-revision-hash']

describe.each(policies)('StatefulSet controller, podManagementPolicy %s', (policy) => {
  const ordered = policy === 'OrderedReady'

  it('creates pods with their claims, in order when OrderedReady, until all are Running and Ready', () => {
    const rt = fullCluster(1)
    const violations = watchInvariants(rt, ordered)
    apply(rt, webStatefulSet({ podManagementPolicy: policy }))
    run(rt, 120_000)
    expect(violations).toEqual([])
    expect(podNames(rt)).toEqual(['web-0', 'web-1', 'web-2'])
    const status = getSet(rt).status
    expect(status).toMatchObject({ replicas: 3, readyReplicas: 3, availableReplicas: 3, currentReplicas: 3, updatedReplicas: 3, observedGeneration: 1 })
    expect(status.currentRevision).toBe(status.updateRevision)
    expect(status.currentRevision).toMatch(/^web-[456789bcdf]+$/)
    const claims = rt.store.list('PersistentVolumeClaim', { namespace: 'default' })
    expect(claims.map((c) => [c.metadata.name, c.status.phase, c.metadata.labels])).toEqual([0, 1, 2].map((i) => [`www-web-${i}`, 'Bound', { app: 'nginx' }]))
    const pod = rt.store.get({ kind: 'Pod', namespace: 'default', name: 'web-1' })!
    expect(pod.metadata.labels).toEqual({ app: 'nginx', 'controller-revision-hash': status.currentRevision, 'statefulset.kubernetes.io/pod-name': 'web-1', 'apps.kubernetes.io/pod-index': '1' })
    expect(pod.spec).toMatchObject({ hostname: 'web-1', subdomain: 'nginx' })
    if (ordered) {
      expect(setEvents(rt)).toEqual([0, 1, 2].flatMap((i) => [`create Claim www-web-${i} Pod web-${i} in StatefulSet web success`, `create Pod web-${i} in StatefulSet web successful`]))
    }
  })

  it('scales down from the highest ordinal and keeps the claims', () => {
    const rt = fullCluster(2)
    apply(rt, webStatefulSet({ podManagementPolicy: policy }))
    run(rt, 120_000)
    // OrderedReady waits for web-2 to be gone before it starts deleting web-1.
    const web2AtWeb1Deletion: unknown[] = []
    rt.store.watch((e) => {
      const [from, to] = e.updated ?? []
      if (to?.metadata.name === 'web-1' && to.metadata.deletionTimestamp && !from?.metadata.deletionTimestamp) {
        web2AtWeb1Deletion.push(rt.store.get({ kind: 'Pod', namespace: 'default', name: 'web-2' }))
      }
    }, { kind: 'Pod' })
    patchSet(rt, (spec) => ({ ...spec, replicas: 1 }))
    run(rt, 120_000)
    if (ordered) expect(web2AtWeb1Deletion).toEqual([undefined])
    expect(podNames(rt)).toEqual(['web-0'])
    expect(rt.store.list('PersistentVolumeClaim', { namespace: 'default' })).toHaveLength(3)
    const deletes = setEvents(rt).filter((m) => m.startsWith('delete'))
    expect(deletes).toEqual(ordered ? ['delete Pod web-2 in StatefulSet web successful', 'delete Pod web-1 in StatefulSet web successful'] : expect.arrayContaining(['delete Pod web-2 in StatefulSet web successful', 'delete Pod web-1 in StatefulSet web successful']))
  })

  it('recreates a deleted pod with the same name and claim', () => {
    const rt = fullCluster(3)
    apply(rt, webStatefulSet({ podManagementPolicy: policy }))
    run(rt, 120_000)
    const before = rt.store.get({ kind: 'Pod', namespace: 'default', name: 'web-1' })!
    rt.api.delete({ kind: 'Pod', namespace: 'default', name: 'web-1' })
    run(rt, 120_000)
    const after = rt.store.get({ kind: 'Pod', namespace: 'default', name: 'web-1' })!
    expect(after.metadata.uid).not.toBe(before.metadata.uid)
    expect(after.spec.volumes.find((v: { name: string }) => v.name === 'www').persistentVolumeClaim.claimName).toBe('www-web-1')
    expect(getSet(rt).status.readyReplicas).toBe(3)
  })

  it('rolls out a new template in reverse ordinal order, one pod at a time', () => {
    const rt = fullCluster(4)
    apply(rt, webStatefulSet({ podManagementPolicy: policy }))
    run(rt, 120_000)
    const first = getSet(rt).status.currentRevision
    patchSet(rt, (spec) => ({ ...spec, template: { ...spec.template, spec: { ...spec.template.spec, containers: [{ ...spec.template.spec.containers[0], image: 'registry.k8s.io/nginx-slim:0.21' }] } } }))
    const order: string[] = []
    rt.store.watch((e) => e.added && order.push(e.added.metadata.name), { kind: 'Pod' })
    run(rt, 300_000)
    const status = getSet(rt).status
    expect(status.updateRevision).not.toBe(first)
    expect(status.currentRevision).toBe(status.updateRevision)
    expect(order).toEqual(['web-2', 'web-1', 'web-0'])
    expect([0, 1, 2].map((i) => revisionOf(rt, `web-${i}`))).toEqual([status.updateRevision, status.updateRevision, status.updateRevision])
    const revisions = rt.store.list('ControllerRevision', { namespace: 'default' }).map((r) => [r.metadata.name, r.revision])
    expect(revisions).toEqual(expect.arrayContaining([[first, 1], [status.updateRevision, 2]]))
  })

  it('updates only pods at or above the partition', () => {
    const rt = fullCluster(5)
    apply(rt, webStatefulSet({ podManagementPolicy: policy, updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 2 } } }))
    run(rt, 120_000)
    const first = getSet(rt).status.currentRevision
    patchSet(rt, (spec) => ({ ...spec, template: { ...spec.template, metadata: { labels: { app: 'nginx', track: 'canary' } } } }))
    run(rt, 120_000)
    const { updateRevision } = getSet(rt).status
    expect([0, 1, 2].map((i) => revisionOf(rt, `web-${i}`))).toEqual([first, first, updateRevision])
    rt.api.delete({ kind: 'Pod', namespace: 'default', name: 'web-0' })
    run(rt, 120_000)
    expect(revisionOf(rt, 'web-0')).toBe(first)
  })

  it('leaves pods alone on a template change under OnDelete, until they are deleted', () => {
    const rt = fullCluster(6)
    apply(rt, webStatefulSet({ podManagementPolicy: policy, updateStrategy: { type: 'OnDelete' } }))
    run(rt, 120_000)
    const first = getSet(rt).status.currentRevision
    patchSet(rt, (spec) => ({ ...spec, template: { ...spec.template, metadata: { labels: { app: 'nginx', v: '2' } } } }))
    run(rt, 60_000)
    const { updateRevision, currentRevision } = getSet(rt).status
    expect(currentRevision).toBe(first)
    expect([0, 1, 2].map((i) => revisionOf(rt, `web-${i}`))).toEqual([first, first, first])
    rt.api.delete({ kind: 'Pod', namespace: 'default', name: 'web-1' })
    run(rt, 120_000)
    expect(revisionOf(rt, 'web-1')).toBe(updateRevision)
  })

  it('moves pods when the start ordinal changes', () => {
    const rt = fullCluster(7)
    apply(rt, webStatefulSet({ podManagementPolicy: policy, replicas: 2 }))
    run(rt, 120_000)
    patchSet(rt, (spec) => ({ ...spec, ordinals: { start: 2 } }))
    run(rt, 240_000)
    expect(podNames(rt)).toEqual(['web-2', 'web-3'])
  })
})

describe('StatefulSet controller, OrderedReady specifics', () => {
  it('stops at a pod that never becomes ready (a broken image), and Parallel does not', () => {
    for (const policy of policies) {
      const rt = fullCluster(8)
      apply(rt, webStatefulSet({ podManagementPolicy: policy, template: { metadata: { labels: { app: 'nginx' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:nope' }] } } }))
      run(rt, 120_000)
      expect(podNames(rt)).toEqual(policy === 'OrderedReady' ? ['web-0'] : ['web-0', 'web-1', 'web-2'])
      expect(getSet(rt).status.readyReplicas).toBe(0)
    }
  })

  it('reports a pod the API server rejects as FailedCreate, after creating its claim', () => {
    const rt = fullCluster(9)
    apply(rt, webStatefulSet({ template: { metadata: { labels: { app: 'nginx' } }, spec: { containers: [{ name: 'nginx', image: 'nginx', volumeMounts: [{ name: 'data', mountPath: '/data' }] }] } } }))
    run(rt, 5_000)
    expect(podNames(rt)).toEqual([])
    expect(rt.store.get({ kind: 'PersistentVolumeClaim', namespace: 'default', name: 'www-web-0' })).toBeDefined()
    expect(setEvents(rt)).toContain('create Pod web-0 in StatefulSet web failed error: Pod "web-0" is invalid: spec.containers[0].volumeMounts[0].name: Not found: "data"')
  })
})
