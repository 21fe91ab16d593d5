import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { admitCreate, admitUpdate, type AdmitContext } from '@/simulator/engine/admission/admit'
import type { KubeObject } from '@/simulator/objects/meta'
import { guideDatabase } from './guide-manifests'

/** A parsed YAML document (yaml's parse returns untyped JSON). */
type Manifest = ReturnType<typeof parse>

const stsForbidden =
  "spec: Forbidden: updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden"
const pvcForbidden = 'spec: Forbidden: spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims\n'

/** Creates `raw` and gives it the identity the store would. */
function stored(raw: unknown, ctx: AdmitContext = {}): KubeObject {
  const r = admitCreate(raw, ctx)
  if (!r.ok) throw new Error(r.error.message)
  return { ...r.object, metadata: { ...r.object.metadata, uid: 'uid-1', resourceVersion: '41', creationTimestamp: '2024-09-02T10:00:00Z' } }
}

function causes(old: KubeObject, raw: unknown, ctx: AdmitContext = {}): string[] {
  const r = admitUpdate(old, raw, ctx)
  if (r.ok) return []
  return r.error.details ? r.error.details.causes.map((c) => `${c.field}: ${c.message}`) : [r.error.message]
}

describe('StatefulSet spec immutability (A14)', () => {
  const old = stored(parse(guideDatabase))

  it.each([
    ['serviceName', (r: Manifest) => (r.spec.serviceName = 'other')],
    ['selector', (r: Manifest) => ((r.spec.selector.matchLabels.tier = 'x'), (r.spec.template.metadata.labels.tier = 'x'))],
    ['volumeClaimTemplates', (r: Manifest) => (r.spec.volumeClaimTemplates[0].spec.resources.requests.storage = '2Gi')],
    ['podManagementPolicy', (r: Manifest) => (r.spec.podManagementPolicy = 'Parallel')],
    ['revisionHistoryLimit', (r: Manifest) => (r.spec.revisionHistoryLimit = 3)],
  ])('forbids changing %s', (_, mutate) => {
    const raw = parse(guideDatabase)
    mutate(raw)
    expect(causes(old, raw)).toEqual([stsForbidden])
  })

  it.each([
    ['replicas', (r: Manifest) => (r.spec.replicas = 5)],
    ['template', (r: Manifest) => (r.spec.template.spec.containers[0].image = 'mysql:8.0')],
    ['updateStrategy', (r: Manifest) => (r.spec.updateStrategy = { type: 'OnDelete' })],
    ['minReadySeconds', (r: Manifest) => (r.spec.minReadySeconds = 10)],
    ['ordinals', (r: Manifest) => (r.spec.ordinals = { start: 2 })],
    ['persistentVolumeClaimRetentionPolicy', (r: Manifest) => (r.spec.persistentVolumeClaimRetentionPolicy = { whenDeleted: 'Delete', whenScaled: 'Retain' })],
  ])('allows changing %s and bumps the generation', (_, mutate) => {
    const raw = parse(guideDatabase)
    mutate(raw)
    const r = admitUpdate(old, raw)
    expect(r.ok && r.object.metadata.generation).toBe(2)
  })

  it('keeps the generation, identity and status when nothing in spec changed', () => {
    const withStatus = { ...old, status: { replicas: 3, readyReplicas: 3, availableReplicas: 3 } }
    const raw = parse(guideDatabase)
    raw.metadata.labels = { team: 'db' }
    const r = admitUpdate(withStatus, raw)
    expect(r.ok && [r.object.metadata.generation, r.object.metadata.uid, r.object.status]).toEqual([1, 'uid-1', { replicas: 3, readyReplicas: 3, availableReplicas: 3 }])
  })

  it('rejects OnDelete while the defaulted rollingUpdate is still there, accepts it once rollingUpdate is null', () => {
    const patched = (rollingUpdate: unknown) => ({ ...old, spec: { ...old.spec, updateStrategy: { type: 'OnDelete', rollingUpdate } } })
    expect(causes(old, patched({ partition: 0 }))).toEqual([
      "spec.updateStrategy.rollingUpdate: Invalid value: apps.RollingUpdateStatefulSetStrategy{Partition:0, MaxUnavailable:(*intstr.IntOrString)(nil)}: only allowed for updateStrategy 'RollingUpdate'",
    ])
    const r = admitUpdate(old, patched(null))
    expect(r.ok && r.object.spec.updateStrategy).toEqual({ type: 'OnDelete' })
  })

  it('still validates the new spec and keeps the name immutable', () => {
    const raw = parse(guideDatabase)
    raw.spec.replicas = -1
    raw.metadata.name = 'db-2'
    expect(causes(old, raw)).toEqual([
      'metadata.name: Invalid value: "db-2": field is immutable',
      'spec.replicas: Invalid value: -1: must be greater than or equal to 0',
    ])
  })
})

describe('PersistentVolumeClaim edits (B)', () => {
  const standard = {
    apiVersion: 'storage.k8s.io/v1',
    kind: 'StorageClass',
    provisioner: 'rancher.io/local-path',
    metadata: { name: 'standard', uid: 'sc', resourceVersion: '1', creationTimestamp: '2024-01-01T00:00:00Z', annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' } },
  } as KubeObject
  const claim = (storage: string, modes = ['ReadWriteOnce']) => ({
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: { name: 'www-web-0' },
    spec: { accessModes: modes, storageClassName: 'standard', resources: { requests: { storage } } },
  })
  const pending = stored(claim('1Gi'), { storageClasses: [standard] })
  const bound = { ...pending, status: { phase: 'Bound', capacity: { storage: '1Gi' } } }

  it('forbids other spec changes and appends a go-cmp style diff', () => {
    const [cause] = causes(pending, claim('1Gi', ['ReadWriteMany']))
    expect(cause.startsWith(pvcForbidden)).toBe(true)
    expect(cause).toContain('  core.PersistentVolumeClaimSpec{\n- \tAccessModes:')
    expect(cause).toMatch(/\n\+ \tAccessModes: +\{"ReadWriteMany"\},\n/)
  })

  it('forbids resizing a claim that is not bound (spec immutable)', () => {
    expect(causes(pending, claim('2Gi'))[0].startsWith(pvcForbidden)).toBe(true)
  })

  it('rejects growing a bound claim whose class does not allow expansion (403)', () => {
    const r = admitUpdate(bound, claim('2Gi'), { storageClasses: [standard] })
    expect(!r.ok && [r.error.code, r.error.message]).toEqual([
      403,
      'persistentvolumeclaims "www-web-0" is forbidden: only dynamically provisioned pvc can be resized and the storageclass that provisions the pvc must support resize',
    ])
  })

  it('allows growing a bound claim when the class allows expansion', () => {
    const r = admitUpdate(bound, claim('2Gi'), { storageClasses: [{ ...standard, allowVolumeExpansion: true }] })
    expect(r.ok && r.object.spec.resources.requests.storage).toBe('2Gi')
  })

  it('forbids shrinking', () => {
    expect(causes(bound, claim('500Mi'), { storageClasses: [standard] })).toEqual([
      'spec.resources.requests.storage: Forbidden: field can not be less than previous value',
    ])
  })
})

describe('Service, StorageClass, Pod and ConfigMap updates', () => {
  const svc = (spec: object) => ({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'nginx' }, spec: { selector: { app: 'nginx' }, ports: [{ port: 80 }], ...spec } })
  const allocated = stored(svc({}), { allocateClusterIP: () => '10.96.0.15' })

  it('refuses to turn an allocated Service headless', () => {
    const raw = svc({ clusterIP: 'None', clusterIPs: ['10.96.0.15'] })
    expect(causes(allocated, raw)).toEqual(['spec.clusterIPs[0]: Invalid value: []string{"None"}: may not change once set'])
  })

  it('keeps the allocated IP when the update omits it', () => {
    const r = admitUpdate(allocated, svc({ ports: [{ port: 8080 }] }))
    expect(r.ok && [r.object.spec.clusterIP, r.object.spec.clusterIPs]).toEqual(['10.96.0.15', ['10.96.0.15']])
  })

  it('forbids changing StorageClass parameters, provisioner, reclaimPolicy and binding mode', () => {
    const sc = (over: object) => ({ apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name: 'fast' }, provisioner: 'x.io/y', parameters: { type: 'ssd' }, ...over })
    const old = stored(sc({}))
    expect(causes(old, sc({ provisioner: 'z.io/w', parameters: { type: 'hdd' }, reclaimPolicy: 'Retain', volumeBindingMode: 'WaitForFirstConsumer' }))).toEqual([
      'parameters: Forbidden: updates to parameters are forbidden.',
      'provisioner: Forbidden: updates to provisioner are forbidden.',
      'reclaimPolicy: Forbidden: updates to reclaimPolicy are forbidden.',
      'volumeBindingMode: Invalid value: "WaitForFirstConsumer": field is immutable',
    ])
  })

  it('lets a pod change its image but nothing else', () => {
    const pod = (image: string, extra: object = {}) => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web-0' }, spec: { containers: [{ name: 'nginx', image, ...extra }] } })
    const old = stored(pod('nginx:1.26'))
    const replaced = (raw: Manifest) => ({ ...raw, spec: { ...old.spec, containers: [{ ...old.spec.containers[0], ...raw.spec.containers[0] }] } })
    expect(admitUpdate(old, replaced(pod('nginx:1.27'))).ok).toBe(true)
    const [cause] = causes(old, replaced(pod('nginx:1.26', { workingDir: '/tmp' })))
    expect(cause.startsWith('spec: Forbidden: pod updates may not change fields other than `spec.containers[*].image`,')).toBe(true)
  })

  it('freezes an immutable ConfigMap', () => {
    const cm = (data: object, immutable = true) => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cfg' }, data, immutable })
    const old = stored(cm({ a: '1' }))
    expect(causes(old, cm({ a: '2' }))).toEqual(['data: Forbidden: field is immutable when `immutable` is set'])
  })
})
