// persistentVolumeClaimRetentionPolicy under both pod management policies and every combination
// of whenScaled and whenDeleted: which claims survive a scale-down and the set's deletion, with the
// creation invariants checked throughout (mirrors the upstream StatefulSetAutoDeletePVC scenarios
// in test/e2e/apps/statefulset.go and stateful_set_control_test.go).
import { describe, expect, it } from 'vitest'
import { apply, fullCluster, patchSet, run, watchInvariants, webStatefulSet } from './cluster'

const claims = (rt: ReturnType<typeof fullCluster>) =>
  rt.store.list('PersistentVolumeClaim', { namespace: 'default' }).filter((c) => !c.metadata.deletionTimestamp).map((c) => c.metadata.name).sort()

const policies = ['OrderedReady', 'Parallel'] as const
const retention = [
  { whenScaled: 'Retain', whenDeleted: 'Retain', afterScaleDown: ['www-web-0', 'www-web-1', 'www-web-2'], afterDelete: ['www-web-0', 'www-web-1', 'www-web-2'] },
  { whenScaled: 'Delete', whenDeleted: 'Retain', afterScaleDown: ['www-web-0'], afterDelete: ['www-web-0'] },
  { whenScaled: 'Retain', whenDeleted: 'Delete', afterScaleDown: ['www-web-0', 'www-web-1', 'www-web-2'], afterDelete: [] },
  { whenScaled: 'Delete', whenDeleted: 'Delete', afterScaleDown: ['www-web-0'], afterDelete: [] },
] as const

describe.each(policies)('retention policies, %s', (podManagementPolicy) => {
  it.each(retention)('whenScaled=$whenScaled whenDeleted=$whenDeleted', ({ whenScaled, whenDeleted, afterScaleDown, afterDelete }) => {
    const rt = fullCluster(11)
    const violations = watchInvariants(rt, podManagementPolicy === 'OrderedReady')
    apply(rt, webStatefulSet({ podManagementPolicy, persistentVolumeClaimRetentionPolicy: { whenScaled, whenDeleted } }))
    run(rt, 90_000)
    expect(claims(rt)).toEqual(['www-web-0', 'www-web-1', 'www-web-2'])
    patchSet(rt, (spec) => ({ ...spec, replicas: 1 }))
    run(rt, 90_000)
    expect(claims(rt)).toEqual(afterScaleDown)
    patchSet(rt, (spec) => ({ ...spec, replicas: 3 }))
    run(rt, 90_000)
    expect(claims(rt)).toEqual(['www-web-0', 'www-web-1', 'www-web-2'])
    patchSet(rt, (spec) => ({ ...spec, replicas: 1 }))
    run(rt, 90_000)
    const set = rt.store.get({ kind: 'StatefulSet', namespace: 'default', name: 'web' })!
    rt.api.delete({ kind: 'StatefulSet', namespace: 'default', name: set.metadata.name })
    run(rt, 90_000)
    expect(claims(rt)).toEqual(afterDelete)
    expect(violations).toEqual([])
  })

  it('changing the policy on a running set re-reconciles the claims', () => {
    const rt = fullCluster(12)
    apply(rt, webStatefulSet({ podManagementPolicy }))
    run(rt, 90_000)
    patchSet(rt, (spec) => ({ ...spec, persistentVolumeClaimRetentionPolicy: { whenScaled: 'Retain', whenDeleted: 'Delete' } }))
    run(rt, 5_000)
    const owners = rt.store.list('PersistentVolumeClaim', { namespace: 'default' }).map((c) => c.metadata.ownerReferences?.map((r) => r.kind))
    expect(owners).toEqual([['StatefulSet'], ['StatefulSet'], ['StatefulSet']])
  })
})
