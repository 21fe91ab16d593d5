import { describe, expect, it } from 'vitest'
import type { KubeObject } from '@/simulator/objects/meta'
import { createClock } from '@/simulator/engine/clock'
import { planDeletion, type DeleteOptions, type DeletionPlan } from '@/simulator/engine/deletion'

const clock = createClock()
clock.advanceTo(10_000)
const ctx = { now: clock.now(), timestamp: clock.timestamp, parse: (t: string) => clock.parse(t) }

function object(kind: string, metadata: Partial<KubeObject['metadata']> = {}, spec: Record<string, unknown> = {}, status = {}): KubeObject {
  return {
    apiVersion: 'v1',
    kind,
    metadata: { name: 'x', namespace: 'default', uid: 'u', resourceVersion: '5', creationTimestamp: '2024-09-02T10:00:00Z', ...metadata },
    spec,
    status,
  }
}

function summary(plan: DeletionPlan): string {
  if (plan.action === 'unchanged') return 'unchanged'
  const o = plan.action === 'mark' ? plan.object : plan.marked
  if (o === undefined) return 'remove'
  const m = o.metadata
  return `${plan.action} ts=${m.deletionTimestamp} grace=${m.deletionGracePeriodSeconds} finalizers=${(m.finalizers ?? []).join('|')} gen=${m.generation ?? '-'}`
}

const scheduled = { nodeName: 'node-1', terminationGracePeriodSeconds: 30 }
const deleting = (grace: number, finalizers?: string[]) => ({ deletionTimestamp: '2024-09-02T10:00:20Z', deletionGracePeriodSeconds: grace, finalizers })

describe('planDeletion', () => {
  it.each<[string, KubeObject, DeleteOptions, string]>([
    ['plain object', object('ConfigMap'), {}, 'remove'],
    ['object with a finalizer', object('PersistentVolumeClaim', { finalizers: ['kubernetes.io/pvc-protection'] }), {}, 'mark ts=2024-09-02T10:00:10Z grace=0 finalizers=kubernetes.io/pvc-protection gen=-'],
    ['StatefulSet, foreground', object('StatefulSet', { generation: 3 }), { propagationPolicy: 'Foreground' }, 'mark ts=2024-09-02T10:00:10Z grace=0 finalizers=foregroundDeletion gen=4'],
    ['StatefulSet, orphan', object('StatefulSet', { generation: 3 }), { propagationPolicy: 'Orphan' }, 'mark ts=2024-09-02T10:00:10Z grace=0 finalizers=orphan gen=4'],
    ['background drops an orphan finalizer', object('StatefulSet', { finalizers: ['orphan'] }), { propagationPolicy: 'Background' }, 'remove'],
    ['scheduled Pod, default grace', object('Pod', {}, scheduled), {}, 'mark ts=2024-09-02T10:00:40Z grace=30 finalizers= gen=-'],
    ['scheduled Pod, requested grace', object('Pod', {}, scheduled), { gracePeriodSeconds: 3 }, 'mark ts=2024-09-02T10:00:13Z grace=3 finalizers= gen=-'],
    ['scheduled Pod, negative grace means 1', object('Pod', {}, scheduled), { gracePeriodSeconds: -5 }, 'mark ts=2024-09-02T10:00:11Z grace=1 finalizers= gen=-'],
    ['scheduled Pod, force', object('Pod', {}, scheduled), { gracePeriodSeconds: 0 }, 'remove ts=2024-09-02T10:00:10Z grace=0 finalizers= gen=-'],
    ['unscheduled Pod', object('Pod', {}, { terminationGracePeriodSeconds: 30 }), {}, 'remove ts=2024-09-02T10:00:10Z grace=0 finalizers= gen=-'],
    ['succeeded Pod', object('Pod', {}, scheduled, { phase: 'Succeeded' }), {}, 'remove ts=2024-09-02T10:00:10Z grace=0 finalizers= gen=-'],
    ['terminating Pod, same request', object('Pod', deleting(30), scheduled), {}, 'unchanged'],
    ['terminating Pod, longer grace', object('Pod', deleting(30), scheduled), { gracePeriodSeconds: 60 }, 'unchanged'],
    ['terminating Pod, shorter grace', object('Pod', deleting(30), scheduled), { gracePeriodSeconds: 10 }, 'mark ts=2024-09-02T10:00:00Z grace=10 finalizers= gen=-'],
    ['terminating Pod, force', object('Pod', deleting(30), scheduled), { gracePeriodSeconds: 0 }, 'remove ts=2024-09-02T09:59:50Z grace=0 finalizers= gen=-'],
    ['finalized object deleted again', object('ConfigMap', deleting(0, ['a'])), {}, 'mark ts=2024-09-02T10:00:10Z grace=0 finalizers=a gen=-'],
    ['finalized object deleted again, orphaning', object('ConfigMap', { ...deleting(0, ['a']), deletionTimestamp: '2024-09-02T10:00:05Z' }), { propagationPolicy: 'Orphan' }, 'mark ts=2024-09-02T10:00:05Z grace=0 finalizers=a|orphan gen=-'],
    ['object marked without finalizers', object('ConfigMap', deleting(0)), {}, 'remove'],
  ])('%s', (_name, obj, options, expected) => {
    expect(summary(planDeletion(obj, options, ctx))).toBe(expected)
  })
})
