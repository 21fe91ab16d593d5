import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { admitCreate } from '@/simulator/engine/admission/admit'
import { errorString } from '@/simulator/engine/admission/field-errors'
import { kubectlInvalidText, type AdmitError } from '@/simulator/engine/admission/status-errors'
import { validatePod } from '@/simulator/engine/admission/validate'
import { guideDatabase } from './guide-manifests'

/** A parsed YAML document (yaml's parse returns untyped JSON). */
type Manifest = ReturnType<typeof parse>

const rfc1123Label =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')"

function rejected(raw: unknown): AdmitError {
  const r = admitCreate(raw)
  if (r.ok) throw new Error('expected a rejection')
  return r.error
}

/** The field errors of a rejected create, one `field: detail` line each. */
function causes(raw: unknown): string[] {
  return (rejected(raw).details?.causes ?? []).map((c) => `${c.field}: ${c.message}`)
}

const sts = () => parse(guideDatabase)

describe('StatefulSet validation (kubernetes-behaviour.md A14)', () => {
  it.each([
    [(r: Manifest) => (r.spec.replicas = -1), 'spec.replicas: Invalid value: -1: must be greater than or equal to 0'],
    [(r: Manifest) => (r.spec.minReadySeconds = -5), 'spec.minReadySeconds: Invalid value: -5: must be greater than or equal to 0'],
    [(r: Manifest) => (r.spec.ordinals = { start: -1 }), 'spec.ordinals.start: Invalid value: -1: must be greater than or equal to 0'],
    [(r: Manifest) => (r.spec.updateStrategy = { type: 'RollingUpdate', rollingUpdate: { partition: -2 } }), 'spec.updateStrategy.rollingUpdate.partition: Invalid value: -2: must be greater than or equal to 0'],
    [(r: Manifest) => (r.spec.podManagementPolicy = 'Foo'), `spec.podManagementPolicy: Invalid value: "Foo": must be 'OrderedReady' or 'Parallel'`],
    [
      (r: Manifest) => (r.spec.updateStrategy = { type: 'Foo' }),
      `spec.updateStrategy: Invalid value: apps.StatefulSetUpdateStrategy{Type:"Foo", RollingUpdate:(*apps.RollingUpdateStatefulSetStrategy)(nil)}: must be 'RollingUpdate' or 'OnDelete'`,
    ],
    [
      (r: Manifest) => (r.spec.updateStrategy = { type: 'OnDelete', rollingUpdate: { partition: 0 } }),
      `spec.updateStrategy.rollingUpdate: Invalid value: apps.RollingUpdateStatefulSetStrategy{Partition:0, MaxUnavailable:(*intstr.IntOrString)(nil)}: only allowed for updateStrategy 'RollingUpdate'`,
    ],
    [(r: Manifest) => (r.spec.persistentVolumeClaimRetentionPolicy = { whenDeleted: 'Keep' }), 'spec.persistentVolumeClaimRetentionPolicy.whenDeleted: Unsupported value: "Keep": supported values: "Retain", "Delete"'],
    [(r: Manifest) => (r.spec.template.spec.restartPolicy = 'OnFailure'), 'spec.template.spec.restartPolicy: Unsupported value: "OnFailure": supported values: "Always"'],
    [(r: Manifest) => (r.spec.template.spec.activeDeadlineSeconds = 10), 'spec.template.spec.activeDeadlineSeconds: Forbidden: activeDeadlineSeconds in StatefulSet is not Supported'],
    [(r: Manifest) => (r.spec.template.metadata.labels = { app: 'web' }), 'spec.template.metadata.labels: Invalid value: map[string]string{"app":"web"}: `selector` does not match template `labels`'],
    [(r: Manifest) => (r.metadata.name = 'Web'), `metadata.name: Invalid value: "Web": ${rfc1123Label}`],
    [(r: Manifest) => (r.metadata.name = 'web.v2'), 'metadata.name: Invalid value: "web.v2": must not contain dots'],
    [(r: Manifest) => delete r.metadata.name, 'metadata.name: Required value: name or generateName is required'],
  ])('reports %#', (mutate, expected) => {
    const raw = sts()
    mutate(raw)
    expect(causes(raw)).toEqual([expected])
  })

  it('reports an empty selector', () => {
    const raw = sts()
    raw.spec.selector = {}
    expect(causes(raw)).toEqual([
      'spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: empty selector is invalid for statefulset',
    ])
  })

  it('reports a missing selector together with the label mismatch it causes', () => {
    const raw = sts()
    delete raw.spec.selector
    expect(causes(raw)).toEqual([
      'spec.selector: Required value',
      'spec.template.metadata.labels: Invalid value: map[string]string{"app":"db"}: `selector` does not match template `labels`',
    ])
  })

  it('reports invalid label keys and values', () => {
    const raw = sts()
    raw.spec.template.metadata.labels = { app: 'db', 'bad key': 'x', tier: '-x' }
    raw.spec.selector.matchLabels = { app: 'db' }
    expect(causes(raw)).toEqual([
      `spec.template.labels: Invalid value: "bad key": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')`,
      `spec.template.labels: Invalid value: "-x": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')`,
    ])
  })

  it('does not validate the pod template spec at create (1.31)', () => {
    const raw = sts()
    raw.spec.template.spec.containers[0].volumeMounts[0].name = 'nope'
    raw.spec.template.spec.containers[0].image = ''
    expect(admitCreate(raw).ok).toBe(true)
  })

  it('renders one cause inline and several as a list, like kubectl', () => {
    const one = sts()
    one.spec.replicas = -1
    expect(kubectlInvalidText(rejected(one))).toBe(
      'The StatefulSet "db-statefulset" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0\n',
    )
    const two = sts()
    two.spec.replicas = -1
    two.spec.podManagementPolicy = 'Foo'
    const error = rejected(two)
    expect(kubectlInvalidText(error)).toBe(
      'The StatefulSet "db-statefulset" is invalid: \n' +
        `* spec.podManagementPolicy: Invalid value: "Foo": must be 'OrderedReady' or 'Parallel'\n` +
        '* spec.replicas: Invalid value: -1: must be greater than or equal to 0\n',
    )
    expect([error.code, error.message]).toEqual([
      422,
      `StatefulSet.apps "db-statefulset" is invalid: [spec.podManagementPolicy: Invalid value: "Foo": must be 'OrderedReady' or 'Parallel', spec.replicas: Invalid value: -1: must be greater than or equal to 0]`,
    ])
  })
})

describe('Pod validation (run when the controller creates a pod)', () => {
  const pod = (spec: object) => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web-0' }, spec })

  it('finds volume mounts that name no volume', () => {
    const error = rejected(pod({ containers: [{ name: 'nginx', image: 'nginx', volumeMounts: [{ name: 'data', mountPath: '/data' }] }] }))
    expect(error.message).toBe('Pod "web-0" is invalid: spec.containers[0].volumeMounts[0].name: Not found: "data"')
  })

  it.each([
    [{ containers: [] }, ['spec.containers: Required value']],
    [{ containers: [{ name: 'nginx' }] }, ['spec.containers[0].image: Required value']],
    [{ containers: [{ image: 'nginx' }] }, ['spec.containers[0].name: Required value']],
    [{ containers: [{ name: 'a', image: 'x' }, { name: 'a', image: 'y' }] }, ['spec.containers[1].name: Duplicate value: "a"']],
    [{ containers: [{ name: 'a', image: 'x', ports: [{ containerPort: 70000 }] }] }, ['spec.containers[0].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive']],
    [{ containers: [{ name: 'a', image: 'x', ports: [{ containerPort: 80, protocol: 'HTTP' }] }] }, ['spec.containers[0].ports[0].protocol: Unsupported value: "HTTP": supported values: "SCTP", "TCP", "UDP"']],
    [{ containers: [{ name: 'a', image: 'x', imagePullPolicy: 'Sometimes' }] }, ['spec.containers[0].imagePullPolicy: Unsupported value: "Sometimes": supported values: "Always", "IfNotPresent", "Never"']],
    [
      { containers: [{ name: 'a', image: 'x', resources: { limits: { cpu: '500m' }, requests: { cpu: '1' } } }] },
      ['spec.containers[0].resources.requests: Invalid value: "1": must be less than or equal to cpu limit of 500m'],
    ],
    [{ containers: [{ name: 'a', image: 'x', livenessProbe: { exec: { command: ['true'] }, successThreshold: 2 } }] }, ['spec.containers[0].livenessProbe.successThreshold: Invalid value: 2: must be 1']],
    [{ containers: [{ name: 'a', image: 'x', readinessProbe: { initialDelaySeconds: 5 } }] }, ['spec.containers[0].readinessProbe: Required value: must specify a handler type']],
    [{ containers: [{ name: 'a', image: 'x' }], restartPolicy: 'Sometimes' }, ['spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never"']],
    [{ containers: [{ name: 'a', image: 'x' }], volumes: [{ name: 'v', emptyDir: {}, hostPath: { path: '/x' } }] }, ['spec.volumes[0].hostPath: Forbidden: may not specify more than 1 volume type']],
    [{ containers: [{ name: 'a', image: 'x' }], volumes: [{ name: 'v', persistentVolumeClaim: {} }] }, ['spec.volumes[0].persistentVolumeClaim.claimName: Required value']],
  ])('validates %j', (spec, expected) => {
    expect(causes(pod(spec))).toEqual(expected)
  })

  it('is exported for direct use on an already defaulted pod', () => {
    const errs = validatePod({ metadata: { name: 'p', namespace: 'default' }, spec: { containers: [], terminationGracePeriodSeconds: 30, restartPolicy: 'Always', dnsPolicy: 'ClusterFirst' } })
    expect(errs.map(errorString)).toEqual(['spec.containers: Required value'])
  })
})

describe('PersistentVolumeClaim, PersistentVolume, StorageClass and Service validation', () => {
  const claim = (spec: object) => ({ apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'data-x-0' }, spec })

  it('renders the controller-facing claim error', () => {
    const error = rejected(claim({ resources: { requests: { storage: '1Gi' } } }))
    expect(error.message).toBe('PersistentVolumeClaim "data-x-0" is invalid: spec.accessModes: Required value: at least 1 access mode is required')
  })

  it.each([
    [{ accessModes: ['ReadWriteOnce'] }, ['spec.resources[storage]: Required value']],
    [{ accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '0' } } }, ['spec.resources[storage]: Invalid value: "0": must be greater than zero']],
    [{ accessModes: ['ReadWriteOne'], resources: { requests: { storage: '1Gi' } } }, ['spec.accessModes: Unsupported value: "ReadWriteOne": supported values: "ReadOnlyMany", "ReadWriteMany", "ReadWriteOnce", "ReadWriteOncePod"']],
    [{ accessModes: ['ReadWriteOncePod', 'ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } }, ['spec.accessModes: Forbidden: may not use ReadWriteOncePod with other access modes']],
  ])('validates claim spec %j', (spec, expected) => {
    expect(causes(claim(spec))).toEqual(expected)
  })

  it('requires a volume source, capacity and access modes on a PersistentVolume', () => {
    expect(causes({ apiVersion: 'v1', kind: 'PersistentVolume', metadata: { name: 'pv' }, spec: {} })).toEqual([
      'spec.accessModes: Required value',
      'spec.capacity: Required value',
      'spec.capacity: Unsupported value: core.ResourceList(nil): supported values: "storage"',
      'spec: Required value: must specify a volume type',
    ])
  })

  it('requires a StorageClass provisioner', () => {
    expect(causes({ apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name: 'fast' } })).toEqual(['provisioner: Required value'])
  })

  it('validates Services: DNS-1035 names, ports, duplicate ports', () => {
    const svc = (name: string, spec: object) => ({ apiVersion: 'v1', kind: 'Service', metadata: { name }, spec })
    expect(causes(svc('1web', { ports: [{ port: 80 }] }))).toEqual([
      `metadata.name: Invalid value: "1web": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')`,
    ])
    expect(causes(svc('web', {}))).toEqual(['spec.ports: Required value'])
    expect(admitCreate(svc('web', { clusterIP: 'None' })).ok).toBe(true)
    expect(causes(svc('web', { ports: [{ port: 80, name: 'a' }, { port: 80, name: 'b' }] }))).toEqual([
      'spec.ports[1]: Duplicate value: core.ServicePort{Name:"", Protocol:"TCP", AppProtocol:(*string)(nil), Port:80, TargetPort:intstr.IntOrString{Type:0, IntVal:0, StrVal:""}, NodePort:0}',
    ])
  })
})

describe('namespace lifecycle', () => {
  it('rejects creating into a namespace that does not exist', () => {
    const r = admitCreate({ ...sts(), metadata: { name: 'db', namespace: 'team-b' } }, { namespaces: ['default'] })
    expect(!r.ok && [r.error.reason, r.error.code, r.error.message]).toEqual(['NotFound', 404, 'namespaces "team-b" not found'])
  })

  it('rejects an object whose namespace differs from the request namespace', () => {
    const r = admitCreate({ ...sts(), metadata: { name: 'db', namespace: 'team-b' } }, { namespace: 'default' })
    expect(!r.ok && r.error.message).toBe('the namespace of the provided object does not match the namespace sent on the request')
  })
})
