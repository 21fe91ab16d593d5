import { describe, expect, it } from 'vitest'
import { scheduler } from '@/simulator/controllers/scheduler/scheduler'
import { externalProvisioner } from '@/simulator/controllers/volume/provisioner'
import { storageProtection } from '@/simulator/controllers/volume/protection'
import { pvController } from '@/simulator/controllers/volume/pv-controller'
import { createClusterRuntime, type ClusterRuntime } from '@/simulator/engine/cluster-runtime'
import { defaultClusterObjects } from '@/simulator/engine/default-cluster'
import type { KubeObject } from '@/simulator/objects/meta'

function cluster(): ClusterRuntime {
  const controllers = [scheduler, pvController, externalProvisioner(), storageProtection]
  return createClusterRuntime({ seed: 9, objects: defaultClusterObjects(), controllers, freeze: true })
}

function create(rt: ClusterRuntime, obj: object): KubeObject {
  const result = rt.api.create(obj)
  if (!result.ok) throw new Error(result.error.message)
  return result.object
}

const claim = (name: string, spec: Record<string, unknown> = {}) => ({
  apiVersion: 'v1',
  kind: 'PersistentVolumeClaim',
  metadata: { name },
  spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } }, ...spec },
})

const podUsing = (name: string, claimName: string) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name },
  spec: { containers: [{ name: 'c', image: 'nginx' }], volumes: [{ name: 'data', persistentVolumeClaim: { claimName } }] },
})

/** The guide's shared NFS volume, as written. */
const sharedNfs = {
  apiVersion: 'v1',
  kind: 'PersistentVolume',
  metadata: { name: 'shared-nfs' },
  spec: { capacity: { storage: '10Gi' }, accessModes: ['ReadWriteMany'], nfs: { server: 'nfs-server.example.com', path: '/shared' } },
}

const get = (rt: ClusterRuntime, kind: string, name: string, namespace = 'default') => rt.store.get({ kind, namespace, name })
const eventsFor = (rt: ClusterRuntime, name: string) =>
  rt.store.list('Event', { namespace: 'default' }).filter((e) => e.involvedObject.name === name).map((e) => `${e.reason}: ${e.message}`)

describe('persistent volumes', () => {
  it('provisions a local-path volume on the node chosen for the first consumer, then binds pod and claim there', () => {
    const rt = cluster()
    create(rt, claim('www-web-0'))
    rt.settle(60_000)
    expect(get(rt, 'PersistentVolumeClaim', 'www-web-0')!.status.phase).toBe('Pending')
    expect(eventsFor(rt, 'www-web-0')).toEqual(['WaitForFirstConsumer: waiting for first consumer to be created before binding'])

    create(rt, podUsing('web-0', 'www-web-0'))
    rt.settle(60_000)
    const pvc = get(rt, 'PersistentVolumeClaim', 'www-web-0')!
    const node = pvc.metadata.annotations?.['volume.kubernetes.io/selected-node']
    const pv = get(rt, 'PersistentVolume', `pvc-${pvc.metadata.uid}`, '')!
    expect(pvc.status).toMatchObject({ phase: 'Bound', capacity: { storage: '1Gi' }, accessModes: ['ReadWriteOnce'] })
    expect(pvc.spec.volumeName).toBe(pv.metadata.name)
    expect(pvc.metadata.annotations).toMatchObject({
      'pv.kubernetes.io/bind-completed': 'yes',
      'pv.kubernetes.io/bound-by-controller': 'yes',
      'volume.kubernetes.io/storage-provisioner': 'rancher.io/local-path',
      'volume.beta.kubernetes.io/storage-provisioner': 'rancher.io/local-path',
    })
    expect(pv.status.phase).toBe('Bound')
    expect(pv.spec).toMatchObject({ persistentVolumeReclaimPolicy: 'Delete', storageClassName: 'standard', claimRef: { name: 'www-web-0', uid: pvc.metadata.uid } })
    expect(pv.spec.nodeAffinity.required.nodeSelectorTerms[0].matchExpressions[0].values).toEqual([node])
    expect(get(rt, 'Pod', 'web-0')!.spec.nodeName).toBe(node)
    expect(eventsFor(rt, 'www-web-0').slice(1)).toEqual([
      "ExternalProvisioning: Waiting for a volume to be created either by the external provisioner 'rancher.io/local-path' or manually by the system administrator. If volume creation is delayed, please verify that the provisioner is running and correctly registered.",
      'Provisioning: External provisioner is provisioning volume for claim "default/www-web-0"',
      `ProvisioningSucceeded: Successfully provisioned volume pvc-${pvc.metadata.uid}`,
    ])
  })

  it("leaves the guide's pre-bound claim Pending: the default class does not match the class-less volume", () => {
    const rt = cluster()
    create(rt, sharedNfs)
    create(rt, claim('shared-nfs-claim', { accessModes: ['ReadWriteMany'], resources: { requests: { storage: '10Gi' } }, volumeName: 'shared-nfs' }))
    rt.settle(60_000)
    expect(get(rt, 'PersistentVolumeClaim', 'shared-nfs-claim')!.status.phase).toBe('Pending')
    expect(eventsFor(rt, 'shared-nfs-claim')[0]).toBe('VolumeMismatch: Cannot bind to requested volume "shared-nfs": storageClassName does not match')
  })

  it('binds the pre-bound claim once it asks for no class', () => {
    const rt = cluster()
    create(rt, sharedNfs)
    create(rt, claim('shared-nfs-claim', { accessModes: ['ReadWriteMany'], resources: { requests: { storage: '10Gi' } }, volumeName: 'shared-nfs', storageClassName: '' }))
    rt.settle(60_000)
    expect(get(rt, 'PersistentVolumeClaim', 'shared-nfs-claim')!.status).toMatchObject({ phase: 'Bound', capacity: { storage: '10Gi' } })
    const pv = get(rt, 'PersistentVolume', 'shared-nfs', '')!
    expect(pv.status.phase).toBe('Bound')
    expect(pv.metadata.annotations?.['pv.kubernetes.io/bound-by-controller']).toBe('yes')
  })

  it('says why a claim cannot bind or be provisioned', () => {
    const rt = cluster()
    create(rt, sharedNfs)
    create(rt, claim('too-big', { volumeName: 'shared-nfs', storageClassName: '', accessModes: ['ReadWriteMany'], resources: { requests: { storage: '20Gi' } } }))
    create(rt, claim('no-class', { storageClassName: '', accessModes: ['ReadWriteOncePod'] }))
    create(rt, claim('fast', { storageClassName: 'fast' }))
    rt.settle(60_000)
    expect(eventsFor(rt, 'too-big')[0]).toBe('VolumeMismatch: Cannot bind to requested volume "shared-nfs": requested PV is too small')
    expect(eventsFor(rt, 'no-class')[0]).toBe('FailedBinding: no persistent volumes available for this claim and no storage class is set')
    expect(eventsFor(rt, 'fast')[0]).toBe('ProvisioningFailed: storageclass.storage.k8s.io "fast" not found')
  })

  it('keeps a claim in use Terminating, then releases and deletes its volume (reclaim Delete)', () => {
    const rt = cluster()
    create(rt, claim('www-web-0'))
    create(rt, podUsing('web-0', 'www-web-0'))
    rt.settle(60_000)
    const pvName = get(rt, 'PersistentVolumeClaim', 'www-web-0')!.spec.volumeName
    rt.api.delete({ kind: 'PersistentVolumeClaim', namespace: 'default', name: 'www-web-0' })
    rt.settle(60_000)
    expect(get(rt, 'PersistentVolumeClaim', 'www-web-0')!.metadata.deletionTimestamp).toBeDefined()
    rt.api.delete({ kind: 'Pod', namespace: 'default', name: 'web-0' }, { gracePeriodSeconds: 0 })
    rt.settle(60_000)
    expect(get(rt, 'PersistentVolumeClaim', 'www-web-0')).toBeUndefined()
    expect(get(rt, 'PersistentVolume', pvName, '')).toBeUndefined()
  })

  it('keeps a Retain volume Released after its claim is gone', () => {
    const rt = cluster()
    create(rt, { ...sharedNfs, spec: { ...sharedNfs.spec, persistentVolumeReclaimPolicy: 'Retain' } })
    create(rt, claim('c', { volumeName: 'shared-nfs', storageClassName: '', accessModes: ['ReadWriteMany'] }))
    rt.settle(60_000)
    rt.api.delete({ kind: 'PersistentVolumeClaim', namespace: 'default', name: 'c' })
    rt.settle(60_000)
    expect(get(rt, 'PersistentVolume', 'shared-nfs', '')!.status.phase).toBe('Released')
  })
})
