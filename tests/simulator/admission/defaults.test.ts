import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { admitCreate } from '@/simulator/engine/admission/admit'
import { applyDefaults } from '@/simulator/engine/admission/defaults'
import { imageTag } from '@/simulator/engine/admission/defaults-pod'
import { structOf } from '@/simulator/engine/admission/schema'
import { guideDatabase } from './guide-manifests'

/** A parsed YAML document (yaml's parse returns untyped JSON). */
type Manifest = ReturnType<typeof parse>

function stored(raw: unknown): Manifest {
  const r = admitCreate(raw)
  if (!r.ok) throw new Error(r.error.message)
  return r.object
}

describe('StatefulSet defaults (apps/v1 SetDefaults_StatefulSet)', () => {
  const spec = stored(parse(guideDatabase)).spec

  it('fills the set-level defaults', () => {
    expect({
      podManagementPolicy: spec.podManagementPolicy,
      updateStrategy: spec.updateStrategy,
      revisionHistoryLimit: spec.revisionHistoryLimit,
      persistentVolumeClaimRetentionPolicy: spec.persistentVolumeClaimRetentionPolicy,
      minReadySeconds: spec.minReadySeconds,
    }).toEqual({
      podManagementPolicy: 'OrderedReady',
      updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 0 } },
      revisionHistoryLimit: 10,
      persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Retain', whenScaled: 'Retain' },
      minReadySeconds: undefined,
    })
  })

  it('defaults replicas to 1 only when omitted', () => {
    const raw = parse(guideDatabase)
    delete raw.spec.replicas
    expect(stored(raw).spec.replicas).toBe(1)
    raw.spec.replicas = 0
    expect(stored(raw).spec.replicas).toBe(0)
  })

  it('leaves rollingUpdate nil when the manifest says only type: RollingUpdate', () => {
    const raw = parse(guideDatabase)
    raw.spec.updateStrategy = { type: 'RollingUpdate' }
    expect(stored(raw).spec.updateStrategy).toEqual({ type: 'RollingUpdate' })
  })

  it('defaults the partition of a given rollingUpdate', () => {
    const raw = parse(guideDatabase)
    raw.spec.updateStrategy = { type: 'RollingUpdate', rollingUpdate: {} }
    expect(stored(raw).spec.updateStrategy.rollingUpdate).toEqual({ partition: 0 })
  })

  it('drops rollingUpdate.maxUnavailable (MaxUnavailableStatefulSet is off in 1.31)', () => {
    const raw = parse(guideDatabase)
    raw.spec.updateStrategy = { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 2 } }
    expect(stored(raw).spec.updateStrategy.rollingUpdate).toEqual({ partition: 0 })
  })

  it('shows claim templates as stored: apiVersion, kind, volumeMode, status.phase, creationTimestamp null', () => {
    expect(spec.volumeClaimTemplates[0]).toEqual({
      kind: 'PersistentVolumeClaim',
      apiVersion: 'v1',
      metadata: { name: 'mysql-data', creationTimestamp: null },
      spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } }, volumeMode: 'Filesystem' },
      status: { phase: 'Pending' },
    })
  })

  it('gives the pod template the PodSpec and Container defaults', () => {
    expect(spec.template).toEqual({
      metadata: { creationTimestamp: null, labels: { app: 'db' } },
      spec: {
        containers: [
          {
            name: 'mysql',
            image: 'mysql:5.7',
            ports: [{ containerPort: 3306, protocol: 'TCP' }],
            resources: {},
            volumeMounts: [{ name: 'mysql-data', mountPath: '/var/lib/mysql' }],
            terminationMessagePath: '/dev/termination-log',
            terminationMessagePolicy: 'File',
            imagePullPolicy: 'IfNotPresent',
          },
        ],
        restartPolicy: 'Always',
        terminationGracePeriodSeconds: 30,
        dnsPolicy: 'ClusterFirst',
        securityContext: {},
        schedulerName: 'default-scheduler',
      },
    })
  })

  it('sets generation 1 and an empty status on create', () => {
    const obj = stored(parse(guideDatabase))
    expect([obj.metadata.generation, obj.status]).toEqual([1, { replicas: 0, availableReplicas: 0 }])
  })

  it('writes fields in Go struct order', () => {
    expect(Object.keys(spec)).toEqual([
      'replicas', 'selector', 'template', 'volumeClaimTemplates', 'serviceName', 'podManagementPolicy',
      'updateStrategy', 'revisionHistoryLimit', 'persistentVolumeClaimRetentionPolicy',
    ])
  })
})

describe('imagePullPolicy (SetDefaults_Container via ParseImageName)', () => {
  it.each([
    ['nginx', 'latest'],
    ['nginx:latest', 'latest'],
    ['nginx:1.14.2', '1.14.2'],
    ['registry.k8s.io/nginx-slim:0.8', '0.8'],
    ['localhost:5000/app', 'latest'],
    ['localhost:5000/app:v1', 'v1'],
    [`nginx@sha256:${'a'.repeat(64)}`, ''],
    ['Nginx', ''],
    ['', ''],
  ])('%j has tag %j', (image, tag) => {
    expect(imageTag(image)).toBe(tag)
  })

  it.each([
    ['nginx', 'Always'],
    ['nginx:latest', 'Always'],
    ['nginx:1.27', 'IfNotPresent'],
  ])('%s -> %s', (image, policy) => {
    const pod = stored({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { containers: [{ name: 'c', image }] } })
    expect(pod.spec.containers[0].imagePullPolicy).toBe(policy)
  })
})

describe('probe, port and volume defaults', () => {
  const pod = stored({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'p' },
    spec: {
      containers: [{ name: 'c', image: 'nginx:1', readinessProbe: { httpGet: { port: 80 } }, livenessProbe: { grpc: { port: 9000 } } }],
      volumes: [{ name: 'scratch' }, { name: 'cfg', configMap: { name: 'cfg' } }],
    },
  })

  it('defaults probe timing and the httpGet path and scheme', () => {
    expect(pod.spec.containers[0].readinessProbe).toEqual({
      httpGet: { path: '/', port: 80, scheme: 'HTTP' },
      timeoutSeconds: 1,
      periodSeconds: 10,
      successThreshold: 1,
      failureThreshold: 3,
    })
    expect(pod.spec.containers[0].livenessProbe.grpc).toEqual({ port: 9000, service: '' })
  })

  it('turns a volume without a source into an emptyDir and gives configMap volumes mode 420', () => {
    expect(pod.spec.volumes.slice(0, 2)).toEqual([
      { name: 'scratch', emptyDir: {} },
      { name: 'cfg', configMap: { name: 'cfg', defaultMode: 420 } },
    ])
  })

  it('applies Pod-only defaults and admission: enableServiceLinks, service account, tolerations, priority', () => {
    expect([pod.spec.enableServiceLinks, pod.spec.serviceAccountName, pod.spec.priority, pod.spec.preemptionPolicy]).toEqual([
      true,
      'default',
      0,
      'PreemptLowerPriority',
    ])
    expect(pod.spec.tolerations.map((t: Manifest) => t.key)).toEqual(['node.kubernetes.io/not-ready', 'node.kubernetes.io/unreachable'])
    expect(pod.status).toEqual({ phase: 'Pending', qosClass: 'BestEffort' })
  })
})

describe('Service, claim, volume and class defaults', () => {
  it('defaults a Service', () => {
    const svc = stored(parse('apiVersion: v1\nkind: Service\nmetadata: {name: nginx}\nspec:\n  clusterIP: None\n  selector: {app: nginx}\n  ports: [{port: 80, name: web}]'))
    expect(svc.spec).toEqual({
      ports: [{ name: 'web', protocol: 'TCP', port: 80, targetPort: 80 }],
      selector: { app: 'nginx' },
      clusterIP: 'None',
      clusterIPs: ['None'],
      type: 'ClusterIP',
      sessionAffinity: 'None',
      ipFamilies: ['IPv4'],
      ipFamilyPolicy: 'SingleStack',
      internalTrafficPolicy: 'Cluster',
    })
    expect(svc.status).toEqual({ loadBalancer: {} })
  })

  it('allocates a cluster IP through the context', () => {
    const r = admitCreate(parse('apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n  ports: [{port: 80}]'), { allocateClusterIP: () => '10.96.12.7' })
    expect(r.ok && [r.object.spec.clusterIP, r.object.spec.clusterIPs]).toEqual(['10.96.12.7', ['10.96.12.7']])
  })

  it('defaults a claim: volumeMode, default class, protection finalizer, phase', () => {
    const standard = { apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', provisioner: 'rancher.io/local-path', metadata: { name: 'standard', uid: 'u', resourceVersion: '1', creationTimestamp: '2024-01-01T00:00:00Z', annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' } } }
    const r = admitCreate(parse('apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata: {name: c}\nspec:\n  accessModes: [ReadWriteOnce]\n  resources: {requests: {storage: 1024Mi}}'), { storageClasses: [standard] })
    expect(r.ok && [r.object.spec, r.object.metadata.finalizers, r.object.status]).toEqual([
      { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } }, storageClassName: 'standard', volumeMode: 'Filesystem' },
      ['kubernetes.io/pvc-protection'],
      { phase: 'Pending' },
    ])
  })

  it('keeps an explicit empty class (no provisioning)', () => {
    const r = admitCreate({ apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'c' }, spec: { storageClassName: '', accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } })
    expect(r.ok && r.object.spec.storageClassName).toBe('')
  })

  it('defaults a volume and a class', () => {
    const pv = stored({ apiVersion: 'v1', kind: 'PersistentVolume', metadata: { name: 'pv1' }, spec: { capacity: { storage: '1Gi' }, accessModes: ['ReadWriteOnce'], hostPath: { path: '/data' } } })
    expect([pv.spec.persistentVolumeReclaimPolicy, pv.spec.volumeMode, pv.spec.hostPath, pv.status]).toEqual(['Retain', 'Filesystem', { path: '/data', type: '' }, { phase: 'Pending' }])
    const sc = stored({ apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name: 'fast' }, provisioner: 'x.io/y' })
    expect([sc.reclaimPolicy, sc.volumeBindingMode]).toEqual(['Delete', 'Immediate'])
  })

  it('merges Secret stringData into data and defaults the type', () => {
    const secret = stored({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, stringData: { password: 'hunter2' } })
    expect([secret.data, secret.type, 'stringData' in secret]).toEqual([{ password: 'aHVudGVyMg==' }, 'Opaque', false])
  })

  it('labels a namespace with its name and makes it Active', () => {
    const ns = stored({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'team-a' } })
    expect([ns.metadata.labels, ns.spec, ns.status]).toEqual([{ 'kubernetes.io/metadata.name': 'team-a' }, { finalizers: ['kubernetes'] }, { phase: 'Active' }])
  })
})

describe('applyDefaults is pure', () => {
  it('returns a new object and leaves its input alone', () => {
    const input = parse(guideDatabase)
    const before = JSON.stringify(input)
    const out = applyDefaults(structOf('apps.StatefulSet'), input)
    expect(JSON.stringify(input)).toBe(before)
    expect(out).not.toBe(input)
    expect((out.spec as Manifest).replicas).toBe(3)
  })
})
