import { describe, expect, it } from 'vitest'
import { fitErrorMessage } from '@/simulator/controllers/scheduler/fit-error'
import { scheduler } from '@/simulator/controllers/scheduler/scheduler'
import { createClusterRuntime, type ClusterRuntime } from '@/simulator/engine/cluster-runtime'
import { defaultClusterObjects } from '@/simulator/engine/default-cluster'
import type { KubeObject } from '@/simulator/objects/meta'

function cluster(): ClusterRuntime {
  return createClusterRuntime({ seed: 5, objects: defaultClusterObjects(), controllers: [scheduler], freeze: true })
}

function pod(name: string, spec: Record<string, unknown> = {}, metadata: Record<string, unknown> = {}) {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name, ...metadata }, spec: { containers: [{ name: 'c', image: 'nginx', ...(spec.container as object) }], ...spec, container: undefined } }
}

function create(rt: ClusterRuntime, obj: object): KubeObject {
  const result = rt.api.create(JSON.parse(JSON.stringify(obj)))
  if (!result.ok) throw new Error(result.error.message)
  return result.object
}

const get = (rt: ClusterRuntime, kind: string, name: string) => rt.store.get({ kind, namespace: 'default', name })!
const eventsFor = (rt: ClusterRuntime, name: string) =>
  rt.store.list('Event', { namespace: 'default' }).filter((e) => e.involvedObject.name === name).map((e) => `${e.type} ${e.reason} ${e.message}`)

describe('scheduler', () => {
  it('spreads pods over the workers, never the tainted control plane, and records Scheduled', () => {
    const rt = cluster()
    for (const i of [0, 1, 2, 3]) create(rt, pod(`p${i}`))
    rt.settle(10_000)
    const nodes = [0, 1, 2, 3].map((i) => get(rt, 'Pod', `p${i}`).spec.nodeName)
    expect(nodes.filter((n) => n === 'kind-worker')).toHaveLength(2)
    expect(nodes.filter((n) => n === 'kind-worker2')).toHaveLength(2)
    expect(get(rt, 'Pod', 'p0').status.conditions).toEqual([expect.objectContaining({ type: 'PodScheduled', status: 'True' })])
    expect(eventsFor(rt, 'p0')).toEqual([`Normal Scheduled Successfully assigned default/p0 to ${nodes[0]}`])
  })

  it('explains why no node fits, as upstream formats it', () => {
    const rt = cluster()
    create(rt, pod('big', { container: { resources: { requests: { cpu: '64' } } } }))
    rt.settle(10_000)
    expect(get(rt, 'Pod', 'big').spec.nodeName).toBeUndefined()
    expect(eventsFor(rt, 'big')).toEqual([
      'Warning FailedScheduling 0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Insufficient cpu. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.',
    ])
    expect(get(rt, 'Pod', 'big').status.conditions[0]).toMatchObject({ type: 'PodScheduled', status: 'False', reason: 'Unschedulable' })
  })

  it('honours nodeSelector and tolerations', () => {
    const rt = cluster()
    create(rt, pod('pinned', { nodeSelector: { 'kubernetes.io/hostname': 'kind-worker2' } }))
    create(rt, pod('cp', {
      nodeSelector: { 'kubernetes.io/hostname': 'kind-control-plane' },
      tolerations: [{ key: 'node-role.kubernetes.io/control-plane', operator: 'Exists', effect: 'NoSchedule' }],
    }))
    create(rt, pod('nowhere', { nodeSelector: { disk: 'ssd' } }))
    rt.settle(10_000)
    expect(get(rt, 'Pod', 'pinned').spec.nodeName).toBe('kind-worker2')
    expect(get(rt, 'Pod', 'cp').spec.nodeName).toBe('kind-control-plane')
    expect(eventsFor(rt, 'nowhere')[0]).toBe(
      "Warning FailedScheduling 0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 node(s) didn't match Pod's node affinity/selector. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.",
    )
  })

  it('retries when a node becomes schedulable again', () => {
    const rt = cluster()
    for (const name of ['kind-worker', 'kind-worker2']) {
      const node = rt.store.get({ kind: 'Node', namespace: '', name })!
      rt.store.update({ ...node, spec: { ...node.spec, unschedulable: true } })
    }
    create(rt, pod('waiting'))
    rt.settle(10_000)
    expect(eventsFor(rt, 'waiting')[0]).toContain('2 node(s) were unschedulable')
    const node = rt.store.get({ kind: 'Node', namespace: '', name: 'kind-worker' })!
    rt.store.update({ ...node, spec: { ...node.spec, unschedulable: false } })
    rt.settle(10_000)
    expect(get(rt, 'Pod', 'waiting').spec.nodeName).toBe('kind-worker')
  })

  it('waits for a missing claim, then for a WaitForFirstConsumer claim to bind on the node it chose', () => {
    const rt = cluster()
    create(rt, pod('web-0', { volumes: [{ name: 'www', persistentVolumeClaim: { claimName: 'www-web-0' } }] }))
    rt.settle(10_000)
    expect(eventsFor(rt, 'web-0')).toEqual([
      'Warning FailedScheduling 0/3 nodes are available: persistentvolumeclaim "www-web-0" not found. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.',
    ])
    create(rt, { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'www-web-0' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } })
    rt.settle(10_000)
    const claim = get(rt, 'PersistentVolumeClaim', 'www-web-0')
    const selected = claim.metadata.annotations?.['volume.kubernetes.io/selected-node']
    expect(['kind-worker', 'kind-worker2']).toContain(selected)
    expect(get(rt, 'Pod', 'web-0').spec.nodeName).toBeUndefined()
    // What the provisioner and binder would do: a volume pinned to the selected node, bound to the claim.
    create(rt, {
      apiVersion: 'v1',
      kind: 'PersistentVolume',
      metadata: { name: 'pvc-1' },
      spec: {
        capacity: { storage: '1Gi' },
        accessModes: ['ReadWriteOnce'],
        hostPath: { path: '/var/local-path-provisioner/pvc-1' },
        storageClassName: 'standard',
        nodeAffinity: { required: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'In', values: [selected] }] }] } },
      },
    })
    rt.api.updateStatus({ ...claim, status: { phase: 'Bound' } })
    rt.store.update({ ...get(rt, 'PersistentVolumeClaim', 'www-web-0'), spec: { ...claim.spec, volumeName: 'pvc-1' } })
    rt.settle(10_000)
    expect(get(rt, 'Pod', 'web-0').spec.nodeName).toBe(selected)
  })

  it('counts reasons per node in the histogram', () => {
    const taint = { reason: 'node(s) had untolerated taint {a: b}', unresolvable: true }
    const cpu = { reason: 'Insufficient cpu', unresolvable: false }
    const memory = { reason: 'Insufficient memory', unresolvable: false }
    expect(fitErrorMessage(4, [[taint], [cpu, memory], [cpu], [memory]])).toBe(
      '0/4 nodes are available: 1 node(s) had untolerated taint {a: b}, 2 Insufficient cpu, 2 Insufficient memory. preemption: 0/4 nodes are available: 1 Preemption is not helpful for scheduling, 3 No preemption victims found for incoming pod.',
    )
  })
})
