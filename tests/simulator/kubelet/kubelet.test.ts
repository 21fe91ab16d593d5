import { describe, expect, it } from 'vitest'
import { garbageCollector } from '@/simulator/controllers/garbage-collector/controller'
import { createKubelet } from '@/simulator/controllers/kubelet/kubelet'
import { scheduler } from '@/simulator/controllers/scheduler/scheduler'
import { externalProvisioner } from '@/simulator/controllers/volume/provisioner'
import { storageProtection } from '@/simulator/controllers/volume/protection'
import { pvController } from '@/simulator/controllers/volume/pv-controller'
import { createClusterRuntime, type ClusterRuntime } from '@/simulator/engine/cluster-runtime'
import { defaultClusterObjects } from '@/simulator/engine/default-cluster'

function cluster(): ClusterRuntime {
  const controllers = [scheduler, pvController, externalProvisioner(), storageProtection, garbageCollector, createKubelet()]
  return createClusterRuntime({ seed: 11, objects: defaultClusterObjects(), controllers, freeze: true })
}

function pod(name: string, containers: object[], extra: Record<string, unknown> = {}) {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name }, spec: { containers, ...extra } }
}

function create(rt: ClusterRuntime, obj: object) {
  const result = rt.api.create(obj)
  if (!result.ok) throw new Error(result.error.message)
}

const get = (rt: ClusterRuntime, name: string) => rt.store.get({ kind: 'Pod', namespace: 'default', name })
const reasons = (rt: ClusterRuntime, name: string) =>
  rt.store.list('Event', { namespace: 'default' }).filter((e) => e.involvedObject.name === name).map((e) => e.reason)

describe('kubelet', () => {
  it('pulls, creates and starts a container, then reports the pod Running and Ready with an IP', () => {
    const rt = cluster()
    create(rt, pod('web', [{ name: 'nginx', image: 'registry.k8s.io/nginx-slim:0.24' }]))
    rt.advance(200)
    expect(get(rt, 'web')!.status.containerStatuses[0].state).toEqual({ waiting: { reason: 'ContainerCreating' } })
    rt.advance(60_000)
    const status = get(rt, 'web')!.status
    expect(status.phase).toBe('Running')
    expect(status.conditions.find((c: { type: string }) => c.type === 'Ready').status).toBe('True')
    expect(status.podIP).toMatch(/^10\.244\.[12]\.\d+$/)
    expect(status.containerStatuses[0]).toMatchObject({ ready: true, started: true, restartCount: 0, image: 'registry.k8s.io/nginx-slim:0.24' })
    expect(reasons(rt, 'web')).toEqual(['Scheduled', 'Pulling', 'Pulled', 'Created', 'Started'])
  })

  it('finds an image already present on the node for a second pod', () => {
    const rt = cluster()
    const onWorker = { nodeSelector: { 'kubernetes.io/hostname': 'kind-worker' } }
    create(rt, pod('a', [{ name: 'nginx', image: 'nginx:1.14.2' }], onWorker))
    rt.advance(60_000)
    create(rt, pod('b', [{ name: 'nginx', image: 'nginx:1.14.2' }], onWorker))
    rt.advance(60_000)
    const pulled = rt.store.list('Event', { namespace: 'default' }).filter((e) => e.involvedObject.name === 'b' && e.reason === 'Pulled')
    expect(pulled.map((e) => e.message)).toEqual(['Container image "nginx:1.14.2" already present on machine'])
  })

  it('backs off pulling an image tag that does not exist', () => {
    const rt = cluster()
    create(rt, pod('bad', [{ name: 'nginx', image: 'nginx:nope' }]))
    rt.advance(5_000)
    expect(get(rt, 'bad')!.status.containerStatuses[0].state.waiting.reason).toMatch(/ErrImagePull|ImagePullBackOff/)
    rt.advance(60_000)
    expect(get(rt, 'bad')!.status.phase).toBe('Pending')
    expect(new Set(reasons(rt, 'bad'))).toEqual(new Set(['Scheduled', 'Pulling', 'Failed', 'BackOff']))
  })

  it('restarts a crashing container with growing back-off (mysql without a root password)', () => {
    const rt = cluster()
    create(rt, pod('db', [{ name: 'mysql', image: 'mysql:5.7' }]))
    rt.advance(120_000)
    const status = get(rt, 'db')!.status
    expect(status.phase).toBe('Running')
    expect(status.containerStatuses[0].restartCount).toBeGreaterThanOrEqual(2)
    expect(status.containerStatuses[0].lastState.terminated).toMatchObject({ exitCode: 1, reason: 'Error' })
    expect(reasons(rt, 'db')).toContain('BackOff')
  })

  it('stops a deleted pod within its grace period and removes it', () => {
    const rt = cluster()
    create(rt, pod('web', [{ name: 'nginx', image: 'nginx:1.14.2' }]))
    rt.advance(60_000)
    rt.api.delete({ kind: 'Pod', namespace: 'default', name: 'web' })
    expect(get(rt, 'web')!.metadata.deletionTimestamp).toBeDefined()
    rt.advance(31_000)
    expect(get(rt, 'web')).toBeUndefined()
    expect(reasons(rt, 'web')).toContain('Killing')
  })

  it('starts a pod only once its claim is provisioned and bound', () => {
    const rt = cluster()
    create(rt, { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'data' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } })
    create(rt, pod('web', [{ name: 'nginx', image: 'nginx:1.14.2', volumeMounts: [{ name: 'data', mountPath: '/data' }] }], { volumes: [{ name: 'data', persistentVolumeClaim: { claimName: 'data' } }] }))
    rt.advance(60_000)
    expect(get(rt, 'web')!.status.phase).toBe('Running')
    expect(rt.store.get({ kind: 'PersistentVolumeClaim', namespace: 'default', name: 'data' })!.status.phase).toBe('Bound')
  })
})
