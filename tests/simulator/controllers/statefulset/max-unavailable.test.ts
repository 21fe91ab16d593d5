// spec.updateStrategy.rollingUpdate.maxUnavailable behind the MaxUnavailableStatefulSet gate:
// with the gate on, a rolling update replaces up to maxUnavailable pods at once, highest ordinal
// first, never below the partition; with the gate off (v1.31's default) the field is dropped and
// pods are replaced one at a time. Every scenario runs under both pod management policies, with
// the unavailable-pod budget checked on every pod change (mirrors upstream
// TestStatefulSetControlRollingUpdateWithMaxUnavailable in stateful_set_control_test.go).
import { describe, expect, it } from 'vitest'
import { getStatefulSetMaxUnavailable } from '@/simulator/controllers/statefulset/max-unavailable'
import type { ClusterRuntime } from '@/simulator/engine/cluster-runtime'
import type { KubeObject } from '@/simulator/objects/meta'
import { apply, fullCluster, getSet, patchSet, run, watchInvariants, webStatefulSet } from './cluster'

const policies = ['OrderedReady', 'Parallel'] as const
const retention = [
  { whenScaled: 'Retain', whenDeleted: 'Retain' },
  { whenScaled: 'Delete', whenDeleted: 'Retain' },
  { whenScaled: 'Retain', whenDeleted: 'Delete' },
  { whenScaled: 'Delete', whenDeleted: 'Delete' },
] as const
const GATE_ON = { MaxUnavailableStatefulSet: true }

const pod = (rt: ClusterRuntime, ordinal: number) => rt.store.get({ kind: 'Pod', namespace: 'default', name: `web-${ordinal}` })
const healthy = (p: KubeObject | undefined) =>
  !!p && !p.metadata.deletionTimestamp && p.status?.phase === 'Running' && (p.status?.conditions ?? []).some((c: { type: string; status: string }) => c.type === 'Ready' && c.status === 'True')
const revisionOf = (p: KubeObject | undefined) => p?.metadata.labels?.['controller-revision-hash']
const ordinalOf = (p: KubeObject) => Number(p.metadata.name.slice('web-'.length))

interface Rollout {
  /** Budget violations, each naming the virtual time and the pods that were down. */
  violations: string[]
  /** The most pods of ordinals [0, replicas) unavailable (missing, terminating or not ready) at once. */
  maxDown: number
  /** Pods deleted, in order: when, which ordinal, and the revision it ran. */
  deletions: { at: number; ordinal: number; revision: string | undefined }[]
}

/** Watches every pod change from now on: at most `budget` of the `replicas` pods may be down at once. */
function watchRollout(rt: ClusterRuntime, replicas: number, budget: number): Rollout {
  const rollout: Rollout = { violations: [], maxDown: 0, deletions: [] }
  rt.store.watch((e) => {
    const [from, to] = e.updated ?? []
    if (to?.metadata.deletionTimestamp && !from?.metadata.deletionTimestamp) rollout.deletions.push({ at: rt.clock.now(), ordinal: ordinalOf(to), revision: revisionOf(to) })
    if (e.removed && !e.removed.metadata.deletionTimestamp) rollout.deletions.push({ at: rt.clock.now(), ordinal: ordinalOf(e.removed), revision: revisionOf(e.removed) })
    const down = Array.from({ length: replicas }, (_, i) => i).filter((i) => !healthy(pod(rt, i)))
    rollout.maxDown = Math.max(rollout.maxDown, down.length)
    if (down.length > budget) rollout.violations.push(`t=${rt.clock.now()}ms: ${down.length} pods down (${down.map((i) => `web-${i}`).join(', ')}), budget ${budget}`)
  }, { kind: 'Pod' })
  return rollout
}

function newImage(rt: ClusterRuntime): void {
  patchSet(rt, (spec) => ({ ...spec, template: { ...spec.template, spec: { ...spec.template.spec, containers: [{ ...spec.template.spec.containers[0], image: 'registry.k8s.io/nginx-slim:0.21' }] } } }))
}

/** Deleted ordinals grouped by the virtual instant of their deletion. */
function batches(rollout: Rollout): number[][] {
  const groups = new Map<number, number[]>()
  for (const d of rollout.deletions) groups.set(d.at, [...(groups.get(d.at) ?? []), d.ordinal])
  return [...groups.values()]
}

describe('getStatefulSetMaxUnavailable (intstr.GetScaledValueFromIntOrPercent, rounding down, at least 1)', () => {
  it.each([
    [undefined, 5, 1],
    [null, 5, 1],
    [2, 5, 2],
    [7, 5, 7],
    ['50%', 5, 2],
    ['40%', 5, 2],
    ['100%', 5, 5],
    ['10%', 5, 1],
    ['67%', 3, 2],
    ['1%', 0, 1],
    ['abc', 5, undefined],
    ['2', 5, undefined],
  ])('maxUnavailable %j of %i replicas is %j', (value, replicas, expected) => {
    expect(getStatefulSetMaxUnavailable(value, replicas)).toBe(expected)
  })
})

describe.each(policies)('MaxUnavailableStatefulSet on, podManagementPolicy %s', (podManagementPolicy) => {
  const ordered = podManagementPolicy === 'OrderedReady'

  it.each(retention)('maxUnavailable 2 replaces at most two pods at a time, highest ordinals first (whenScaled=$whenScaled whenDeleted=$whenDeleted)', (policy) => {
    const rt = fullCluster(31, GATE_ON)
    const creation = watchInvariants(rt, ordered)
    apply(rt, webStatefulSet({ replicas: 5, podManagementPolicy, persistentVolumeClaimRetentionPolicy: policy, updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 2 } } }))
    run(rt, 120_000)
    expect(getSet(rt).spec.updateStrategy).toEqual({ type: 'RollingUpdate', rollingUpdate: { partition: 0, maxUnavailable: 2 } })
    const first = getSet(rt).status.currentRevision
    const rollout = watchRollout(rt, 5, 2)
    newImage(rt)
    run(rt, 300_000)
    expect(rollout.violations).toEqual([])
    expect(creation).toEqual([])
    const status = getSet(rt).status
    expect(status).toMatchObject({ replicas: 5, readyReplicas: 5, updatedReplicas: 5, currentRevision: status.updateRevision })
    expect(rollout.maxDown).toBe(2)
    expect(rollout.deletions.map((d) => d.ordinal)).toEqual([4, 3, 2, 1, 0])
    expect(rollout.deletions.every((d) => d.revision === first)).toBe(true)
    // OrderedReady reaches the update only when every pod is available again, so pods go in batches.
    if (ordered) expect(batches(rollout)).toEqual([[4, 3], [2, 1], [0]])
    expect(rt.store.list('PersistentVolumeClaim', { namespace: 'default' }).map((c) => c.metadata.name)).toEqual([0, 1, 2, 3, 4].map((i) => `www-web-${i}`))
  })

  it('scales a percentage to the replicas and rounds it down (50% of 5 is 2)', () => {
    const rt = fullCluster(32, GATE_ON)
    apply(rt, webStatefulSet({ replicas: 5, podManagementPolicy, updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '50%' } } }))
    run(rt, 120_000)
    expect(getSet(rt).spec.updateStrategy.rollingUpdate).toEqual({ partition: 0, maxUnavailable: '50%' })
    const rollout = watchRollout(rt, 5, 2)
    newImage(rt)
    run(rt, 300_000)
    expect(rollout.violations).toEqual([])
    expect(rollout.maxDown).toBe(2)
    expect(rollout.deletions.map((d) => d.ordinal)).toEqual([4, 3, 2, 1, 0])
    if (ordered) expect(batches(rollout)).toEqual([[4, 3], [2, 1], [0]])
    expect(getSet(rt).status.updatedReplicas).toBe(5)
  })

  it('never goes below the partition, even with budget to spare', () => {
    const rt = fullCluster(33, GATE_ON)
    apply(rt, webStatefulSet({ replicas: 5, podManagementPolicy, updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 3, maxUnavailable: 3 } } }))
    run(rt, 120_000)
    const first = getSet(rt).status.currentRevision
    const rollout = watchRollout(rt, 5, 3)
    newImage(rt)
    run(rt, 300_000)
    expect(rollout.violations).toEqual([])
    expect(batches(rollout)).toEqual([[4, 3]])
    const { updateRevision, currentRevision } = getSet(rt).status
    expect(currentRevision).toBe(first)
    expect([0, 1, 2, 3, 4].map((i) => revisionOf(pod(rt, i)))).toEqual([first, first, first, updateRevision, updateRevision])
  })

  it('counts pods that never become ready against the budget, so a broken update stops after one batch', () => {
    const rt = fullCluster(37, GATE_ON)
    apply(rt, webStatefulSet({ replicas: 5, podManagementPolicy, updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 2 } } }))
    run(rt, 120_000)
    const first = getSet(rt).status.currentRevision
    const rollout = watchRollout(rt, 5, 2)
    patchSet(rt, (spec) => ({ ...spec, template: { ...spec.template, spec: { ...spec.template.spec, containers: [{ ...spec.template.spec.containers[0], image: 'nginx:nope' }] } } }))
    run(rt, 300_000)
    expect(rollout.violations).toEqual([])
    expect(batches(rollout)).toEqual([[4, 3]])
    const { updateRevision } = getSet(rt).status
    // OrderedReady recreates web-3 first and waits for it, so web-4 is never recreated.
    expect([0, 1, 2, 3, 4].map((i) => revisionOf(pod(rt, i)))).toEqual([first, first, first, updateRevision, ordered ? undefined : updateRevision])
    expect(getSet(rt).status.readyReplicas).toBe(3)
  })

  it('defaults maxUnavailable to 1 and then replaces one pod at a time', () => {
    const rt = fullCluster(34, GATE_ON)
    apply(rt, webStatefulSet({ podManagementPolicy }))
    run(rt, 120_000)
    expect(getSet(rt).spec.updateStrategy).toEqual({ type: 'RollingUpdate', rollingUpdate: { partition: 0, maxUnavailable: 1 } })
    const rollout = watchRollout(rt, 3, 1)
    newImage(rt)
    run(rt, 300_000)
    expect(rollout.violations).toEqual([])
    expect(rollout.maxDown).toBe(1)
    expect(batches(rollout)).toEqual([[2], [1], [0]])
    expect(getSet(rt).status.updatedReplicas).toBe(3)
  })
})

describe.each(policies)('MaxUnavailableStatefulSet off (the v1.31 default), podManagementPolicy %s', (podManagementPolicy) => {
  it('drops maxUnavailable on create, and the update still replaces one pod at a time', () => {
    const rt = fullCluster(35)
    const creation = watchInvariants(rt, podManagementPolicy === 'OrderedReady')
    apply(rt, webStatefulSet({ replicas: 5, podManagementPolicy, updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 2 } } }))
    run(rt, 120_000)
    expect(getSet(rt).spec.updateStrategy).toEqual({ type: 'RollingUpdate', rollingUpdate: { partition: 0 } })
    const rollout = watchRollout(rt, 5, 1)
    newImage(rt)
    run(rt, 300_000)
    expect(rollout.violations).toEqual([])
    expect(creation).toEqual([])
    expect(rollout.maxDown).toBe(1)
    expect(batches(rollout)).toEqual([[4], [3], [2], [1], [0]])
    expect(getSet(rt).status.updatedReplicas).toBe(5)
  })

  it('drops maxUnavailable added by an update', () => {
    const rt = fullCluster(36)
    apply(rt, webStatefulSet({ podManagementPolicy }))
    patchSet(rt, (spec) => ({ ...spec, updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 1, maxUnavailable: 2 } } }))
    expect(getSet(rt).spec.updateStrategy).toEqual({ type: 'RollingUpdate', rollingUpdate: { partition: 1 } })
  })
})
