// API-server defaulting, applied right after decoding. Like the generated
// zz_generated.defaults.go, a walk over the schema calls each type's SetDefaults_* on every
// occurrence of that type, parent before children (StatefulSet, then its template's PodSpec,
// containers, probes, then its volumeClaimTemplates).
// Mirrors kubernetes/kubernetes pkg/apis/{apps,core,storage,discovery}/v1/defaults.go (1.31),
// with StatefulSetAutoDeletePVC on (its 1.31 default) and MaxUnavailableStatefulSet as the
// cluster's feature gates say (off by default).
import { DEFAULT_FEATURE_GATES, type FeatureGates } from '../feature-gates'
import {
  defaultContainer,
  defaultContainerPort,
  defaultFileMode,
  defaultGRPCAction,
  defaultHostPath,
  defaultHTTPGetAction,
  defaultObjectFieldSelector,
  defaultPod,
  defaultPodSpec,
  defaultProbe,
  defaultServiceAccountToken,
  defaultVolume,
  ensureObj,
  isObj,
  type Obj,
} from './defaults-pod'
import { parseQuantity, quantityToString, roundUpToMilli } from './quantity'
import type { StructNode, TypeNode } from './schema'

type Defaulter = (obj: Obj, gates: FeatureGates) => void

/** SetDefaults_StatefulSet; maxUnavailable defaults to 1 in a given rollingUpdate only with MaxUnavailableStatefulSet. */
function defaultStatefulSet(sts: Obj, gates: FeatureGates): void {
  const spec = ensureObj(sts, 'spec')
  if (!spec.podManagementPolicy) spec.podManagementPolicy = 'OrderedReady'
  const strategy = ensureObj(spec, 'updateStrategy')
  if (!strategy.type) {
    strategy.type = 'RollingUpdate'
    if (!isObj(strategy.rollingUpdate)) strategy.rollingUpdate = {}
  }
  const rolling = strategy.rollingUpdate
  if (strategy.type === 'RollingUpdate' && isObj(rolling)) {
    if (rolling.partition === undefined || rolling.partition === null) rolling.partition = 0
    if (gates.MaxUnavailableStatefulSet && (rolling.maxUnavailable === undefined || rolling.maxUnavailable === null)) rolling.maxUnavailable = 1
  }
  const retention = ensureObj(spec, 'persistentVolumeClaimRetentionPolicy')
  if (!retention.whenDeleted) retention.whenDeleted = 'Retain'
  if (!retention.whenScaled) retention.whenScaled = 'Retain'
  if (spec.replicas === undefined || spec.replicas === null) spec.replicas = 1
  if (spec.revisionHistoryLimit === undefined || spec.revisionHistoryLimit === null) spec.revisionHistoryLimit = 10
}

function defaultService(svc: Obj): void {
  const spec = ensureObj(svc, 'spec')
  if (!spec.sessionAffinity) spec.sessionAffinity = 'None'
  if (spec.sessionAffinity === 'None') delete spec.sessionAffinityConfig
  if (spec.sessionAffinity === 'ClientIP') {
    const config = isObj(spec.sessionAffinityConfig) ? spec.sessionAffinityConfig : undefined
    const clientIP = config && isObj(config.clientIP) ? config.clientIP : undefined
    if (!clientIP || clientIP.timeoutSeconds === undefined || clientIP.timeoutSeconds === null) {
      spec.sessionAffinityConfig = { clientIP: { timeoutSeconds: 10800 } }
    }
  }
  if (!spec.type) spec.type = 'ClusterIP'
  for (const port of Array.isArray(spec.ports) ? spec.ports.filter(isObj) : []) {
    if (!port.protocol) port.protocol = 'TCP'
    if (port.targetPort === undefined || port.targetPort === null || port.targetPort === 0 || port.targetPort === '') {
      port.targetPort = typeof port.port === 'number' ? port.port : 0
    }
  }
  const externallyAccessible =
    spec.type === 'LoadBalancer' || spec.type === 'NodePort' || (spec.type === 'ClusterIP' && Array.isArray(spec.externalIPs) && spec.externalIPs.length > 0)
  if (externallyAccessible && !spec.externalTrafficPolicy) spec.externalTrafficPolicy = 'Cluster'
  if ((spec.internalTrafficPolicy === undefined || spec.internalTrafficPolicy === null) && ['NodePort', 'LoadBalancer', 'ClusterIP'].includes(String(spec.type))) {
    spec.internalTrafficPolicy = 'Cluster'
  }
  if (spec.type === 'LoadBalancer' && (spec.allocateLoadBalancerNodePorts === undefined || spec.allocateLoadBalancerNodePorts === null)) {
    spec.allocateLoadBalancerNodePorts = true
  }
}

function defaultPersistentVolume(pv: Obj): void {
  const status = ensureObj(pv, 'status')
  if (!status.phase) status.phase = 'Pending'
  const spec = ensureObj(pv, 'spec')
  if (!spec.persistentVolumeReclaimPolicy) spec.persistentVolumeReclaimPolicy = 'Retain'
  if (spec.volumeMode === undefined || spec.volumeMode === null) spec.volumeMode = 'Filesystem'
}

function defaultNamespace(ns: Obj): void {
  const meta = ensureObj(ns, 'metadata')
  if (typeof meta.name === 'string' && meta.name.length > 0) {
    const labels = ensureObj(meta, 'labels')
    labels['kubernetes.io/metadata.name'] = meta.name
  }
}

function defaultStorageClass(sc: Obj): void {
  if (sc.reclaimPolicy === undefined || sc.reclaimPolicy === null) sc.reclaimPolicy = 'Delete'
  if (sc.volumeBindingMode === undefined || sc.volumeBindingMode === null) sc.volumeBindingMode = 'Immediate'
}

/** SetDefaults_ResourceList: every quantity rounded up to milli precision. */
function defaultResourceList(list: Obj): void {
  for (const [name, value] of Object.entries(list)) {
    if (typeof value !== 'string') continue
    const parsed = parseQuantity(value)
    if (parsed.ok) list[name] = quantityToString(roundUpToMilli(parsed.quantity))
  }
}

const defaulters: Record<string, Defaulter> = {
  'apps.StatefulSet': defaultStatefulSet,
  'core.Pod': defaultPod,
  'core.PodSpec': defaultPodSpec,
  'core.Container': defaultContainer,
  'core.EphemeralContainer': defaultContainer,
  'core.ContainerPort': defaultContainerPort,
  'core.Probe': defaultProbe,
  'core.HTTPGetAction': defaultHTTPGetAction,
  'core.GRPCAction': defaultGRPCAction,
  'core.Volume': defaultVolume,
  'core.SecretVolumeSource': defaultFileMode,
  'core.ConfigMapVolumeSource': defaultFileMode,
  'core.DownwardAPIVolumeSource': defaultFileMode,
  'core.ProjectedVolumeSource': defaultFileMode,
  'core.ServiceAccountTokenProjection': defaultServiceAccountToken,
  'core.HostPathVolumeSource': defaultHostPath,
  'core.ObjectFieldSelector': defaultObjectFieldSelector,
  'core.ResourceList': defaultResourceList,
  'core.PersistentVolumeClaim': (pvc) => void (ensureObj(pvc, 'status').phase ||= 'Pending'),
  'core.PersistentVolumeClaimSpec': (spec) => void (spec.volumeMode ??= 'Filesystem'),
  'core.PersistentVolume': defaultPersistentVolume,
  'core.Service': defaultService,
  'core.ServicePort': defaultContainerPort,
  'core.EndpointPort': defaultContainerPort,
  'core.Namespace': defaultNamespace,
  'core.NamespaceStatus': (status) => void (status.phase ||= 'Active'),
  'core.NodeStatus': (status) => void (status.allocatable ??= status.capacity),
  'core.Secret': (secret) => void (secret.type ||= 'Opaque'),
  'core.ConfigMap': (cm) => void (cm.data ??= {}),
  'storage.StorageClass': defaultStorageClass,
  'discovery.EndpointPort': (port) => {
    port.name ??= ''
    port.protocol ??= 'TCP'
  },
}

/**
 * The defaulted copy of a decoded object of type `root`, under the cluster's feature `gates`;
 * the input is not modified. Works on decoded (sparse) objects and on already encoded ones alike.
 */
export function applyDefaults(root: StructNode, object: Obj, gates: FeatureGates = DEFAULT_FEATURE_GATES): Obj {
  return applyDefaultsInPlace(root, cloneJson(object) as Obj, gates)
}

/** applyDefaults on an object the caller owns outright: it is defaulted where it is, not copied. */
export function applyDefaultsInPlace(root: StructNode, object: Obj, gates: FeatureGates = DEFAULT_FEATURE_GATES): Obj {
  walk(root, object, gates)
  return object
}

/** A deep copy of decoded JSON (plain objects, arrays, scalars); faster than structuredClone. */
function cloneJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(cloneJson)
  if (typeof value !== 'object' || value === null) return value
  const out: Record<string, unknown> = {}
  for (const key in value) out[key] = cloneJson((value as Record<string, unknown>)[key])
  return out
}

function walk(type: TypeNode, value: unknown, gates: FeatureGates): void {
  if (type.kind === 'ptr') return walk(type.elem, value, gates)
  if (type.kind === 'slice') {
    if (Array.isArray(value)) value.forEach((v) => walk(type.elem, v, gates))
    return
  }
  if (!isObj(value)) return
  if (type.id && defaulters[type.id]) defaulters[type.id](value, gates)
  if (type.kind === 'map') {
    Object.values(value).forEach((v) => walk(type.elem, v, gates))
    return
  }
  if (type.kind !== 'struct') return
  for (const field of type.fields) {
    let v = value[field.json]
    if (field.type.kind === 'struct') {
      if (!isObj(v)) value[field.json] = v = {}
    } else if (typeof v !== 'object' || v === null) continue // absent or a scalar: nothing below it to default
    walk(field.type, v, gates)
  }
}
