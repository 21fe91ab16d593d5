// What the registry does to an object between defaulting and validation: the per-kind
// strategies' PrepareForCreate / PrepareForUpdate (status resets, generation, gated fields,
// Service cluster IPs) and the metadata rules of rest.BeforeCreate / BeforeUpdate.
// Mirrors kubernetes/kubernetes pkg/registry/{apps/statefulset,core/pod,core/persistentvolumeclaim,
// core/service,core/namespace}/strategy.go and staging apiserver pkg/registry/rest/{create,update}.go.
import { DEFAULT_FEATURE_GATES, type FeatureGates } from '../feature-gates'
import { isObj, type Obj } from './defaults-pod'
import type { KindInfo } from './kinds'
import { semanticEqual } from './semantic-equal'

const meta = (obj: Obj): Obj => (isObj(obj.metadata) ? obj.metadata : (obj.metadata = {}))
const spec = (obj: Obj): Obj => (isObj(obj.spec) ? obj.spec : (obj.spec = {}))

/**
 * dropStatefulSetDisabledFields: with MaxUnavailableStatefulSet off (its 1.31 default),
 * rollingUpdate.maxUnavailable is dropped unless the stored object already uses it
 * (maxUnavailableInUse). StatefulSetAutoDeletePVC is always on here, so the retention policy stays.
 */
function dropStatefulSetDisabledFields(sts: Obj, gates: FeatureGates, old?: Obj): void {
  if (gates.MaxUnavailableStatefulSet) return
  const rolling = (o: Obj | undefined) => {
    const s = o && isObj(o.spec) && isObj(o.spec.updateStrategy) ? o.spec.updateStrategy : undefined
    return s && isObj(s.rollingUpdate) ? s.rollingUpdate : undefined
  }
  const current = rolling(sts)
  if (current && !(rolling(old)?.maxUnavailable !== undefined && rolling(old)?.maxUnavailable !== null)) delete current.maxUnavailable
}

/** Pod QoS class: BestEffort, Guaranteed (cpu and memory limits equal requests everywhere) or Burstable. */
function qosClass(pod: Obj): string {
  const containers = ['containers', 'initContainers'].flatMap((k) => (Array.isArray(spec(pod)[k]) ? (spec(pod)[k] as unknown[]).filter(isObj) : []))
  const lists = containers.map((c) => (isObj(c.resources) ? c.resources : {}))
  const any = lists.some((r) => Object.keys(isObj(r.requests) ? r.requests : {}).length + Object.keys(isObj(r.limits) ? r.limits : {}).length > 0)
  if (!any) return 'BestEffort'
  const guaranteed = lists.every((r) => {
    const req = isObj(r.requests) ? r.requests : {}
    const lim = isObj(r.limits) ? r.limits : {}
    return ['cpu', 'memory'].every((k) => lim[k] !== undefined && (req[k] === undefined || req[k] === lim[k]))
  })
  return guaranteed ? 'Guaranteed' : 'Burstable'
}

/** Service allocation on create: clusterIPs from clusterIP, a fresh IP when asked for, IPv4 single stack. */
function allocateService(svc: Obj, allocate?: () => string | undefined): void {
  const s = spec(svc)
  if (s.type === 'ExternalName') return
  if (!s.clusterIP && (!Array.isArray(s.clusterIPs) || s.clusterIPs.length === 0)) {
    const ip = allocate?.()
    if (ip) s.clusterIP = ip
  }
  if (s.clusterIP && (!Array.isArray(s.clusterIPs) || s.clusterIPs.length === 0)) s.clusterIPs = [s.clusterIP]
  const headlessSelectorless = s.clusterIP === 'None' && (!isObj(s.selector) || Object.keys(s.selector).length === 0)
  if (s.ipFamilyPolicy === undefined || s.ipFamilyPolicy === null) s.ipFamilyPolicy = headlessSelectorless ? 'RequireDualStack' : 'SingleStack'
  if (!Array.isArray(s.ipFamilies) || s.ipFamilies.length === 0) s.ipFamilies = ['IPv4']
}

/** PrepareForCreate of `info.kind` under the cluster's feature `gates`, plus BeforeCreate's namespace rule. */
export function prepareForCreate(
  info: KindInfo,
  obj: Obj,
  namespace: string,
  allocateIP?: () => string | undefined,
  gates: FeatureGates = DEFAULT_FEATURE_GATES,
): void {
  const m = meta(obj)
  if (info.namespaced) m.namespace ||= namespace
  else delete m.namespace
  delete m.deletionTimestamp
  delete m.deletionGracePeriodSeconds
  switch (info.kind) {
    case 'StatefulSet':
      obj.status = {}
      m.generation = 1
      dropStatefulSetDisabledFields(obj, gates)
      break
    case 'PodDisruptionBudget':
      obj.status = {}
      m.generation = 1
      break
    case 'Pod':
      obj.status = { phase: 'Pending', qosClass: qosClass(obj) }
      break
    case 'PersistentVolumeClaim':
    case 'PersistentVolume':
      obj.status = {}
      break
    case 'Service':
      obj.status = {}
      allocateService(obj, allocateIP)
      break
    case 'Namespace':
      obj.status = { phase: 'Active' }
      spec(obj).finalizers = ['kubernetes']
      break
  }
}

/** NormalizeClusterIPs and patchAllocatedValues: keep the allocated IPs unless the user really changed them. */
function prepareServiceUpdate(svc: Obj, old: Obj): void {
  const s = spec(svc)
  const o = spec(old)
  if (s.type !== 'ExternalName' && o.type !== 'ExternalName') {
    if (!s.clusterIP) s.clusterIP = o.clusterIP
    if ((!Array.isArray(s.clusterIPs) || s.clusterIPs.length === 0) && Array.isArray(o.clusterIPs)) s.clusterIPs = o.clusterIPs
    s.ipFamilies ??= o.ipFamilies
    s.ipFamilyPolicy ??= o.ipFamilyPolicy
  }
  const same = JSON.stringify(s.clusterIPs ?? []) === JSON.stringify(o.clusterIPs ?? [])
  if (o.clusterIP !== s.clusterIP) {
    if (o.clusterIP && !s.clusterIP) {
      if (same) delete s.clusterIPs
    } else if (same) s.clusterIPs = [s.clusterIP]
  }
}

/**
 * PrepareForUpdate of `info.kind` under the cluster's feature `gates`, plus BeforeUpdate's
 * metadata rules (identity and timestamps kept from `old`).
 */
export function prepareForUpdate(info: KindInfo, obj: Obj, old: Obj, gates: FeatureGates = DEFAULT_FEATURE_GATES): void {
  const m = meta(obj)
  const o = meta(old)
  for (const key of ['uid', 'creationTimestamp', 'deletionTimestamp', 'deletionGracePeriodSeconds']) {
    if (o[key] !== undefined && o[key] !== null && (key !== 'uid' || !m.uid)) m[key] = o[key]
  }
  if (!m.resourceVersion) m.resourceVersion = o.resourceVersion
  if (info.namespaced && !m.namespace) m.namespace = o.namespace
  m.generation = o.generation
  if (['StatefulSet', 'Pod', 'PersistentVolumeClaim', 'PersistentVolume', 'Service', 'Namespace', 'Node', 'PodDisruptionBudget'].includes(info.kind)) {
    obj.status = old.status
  }
  if (info.kind === 'StatefulSet') dropStatefulSetDisabledFields(obj, gates, old)
  if (info.kind === 'Namespace') spec(obj).finalizers = spec(old).finalizers
  if (info.kind === 'Service') prepareServiceUpdate(obj, old)
  if ((info.kind === 'StatefulSet' || info.kind === 'PodDisruptionBudget') && !semanticEqual(`${info.root}Spec`, obj.spec, old.spec)) {
    m.generation = (typeof o.generation === 'number' ? o.generation : 0) + 1
  }
}
