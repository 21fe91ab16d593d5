// The admission plugins a default cluster runs that change or reject what the simulator
// stores: ServiceAccount (token volume), DefaultTolerationSeconds and Priority for pods,
// DefaultStorageClass and StorageObjectInUseProtection for PVCs and PVs, and the
// PersistentVolumeClaimResize check. Mirrors kubernetes/kubernetes
// plugin/pkg/admission/{serviceaccount,defaulttolerationseconds,priority,storage/...} (1.31).
import type { KubeObject } from '../../objects/meta'
import { isObj, type Obj } from './defaults-pod'
import { compareQuantities, parseQuantity } from './quantity'
import { newForbidden, type AdmitError } from './status-errors'

const suffixAlphabet = 'bcdfghjklmnpqrstvwxz2456789'

/** Five characters from utilrand's alphabet, derived from `seed` (FNV-1a) when no random source is given. */
export function stableSuffix(seed: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193) >>> 0
  let out = ''
  for (let i = 0; i < 5; i++) {
    out += suffixAlphabet[h % suffixAlphabet.length]
    h = Math.floor(h / suffixAlphabet.length) + (i + 1) * 7919
  }
  return out
}

/** ServiceAccount admission: `default` account, the kube-api-access projected volume, a read-only mount in every container. */
function admitServiceAccount(spec: Obj, suffix: string): void {
  if (!spec.serviceAccountName) spec.serviceAccountName = 'default'
  spec.serviceAccount = spec.serviceAccountName
  if (spec.automountServiceAccountToken === false) return
  const mountPath = '/var/run/secrets/kubernetes.io/serviceaccount'
  const containers = ['initContainers', 'containers'].flatMap((k) => (Array.isArray(spec[k]) ? (spec[k] as unknown[]).filter(isObj) : []))
  if (containers.some((c) => Array.isArray(c.volumeMounts) && c.volumeMounts.some((m) => isObj(m) && m.mountPath === mountPath))) return
  const name = `kube-api-access-${suffix}`
  const volume = {
    name,
    projected: {
      sources: [
        { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
        { configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
        { downwardAPI: { items: [{ path: 'namespace', fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } }] } },
      ],
      defaultMode: 420,
    },
  }
  spec.volumes = [...(Array.isArray(spec.volumes) ? spec.volumes : []), volume]
  for (const c of containers) c.volumeMounts = [...(Array.isArray(c.volumeMounts) ? c.volumeMounts : []), { name, readOnly: true, mountPath }]
}

/** DefaultTolerationSeconds: tolerate not-ready and unreachable nodes for 300s unless already tolerated. */
function admitDefaultTolerations(spec: Obj): void {
  const tolerations = Array.isArray(spec.tolerations) ? [...spec.tolerations] : []
  for (const key of ['node.kubernetes.io/not-ready', 'node.kubernetes.io/unreachable']) {
    const covered = tolerations.some((t) => isObj(t) && (t.key === key || (!t.key && t.operator === 'Exists')) && (!t.effect || t.effect === 'NoExecute'))
    if (!covered) tolerations.push({ key, operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 })
  }
  spec.tolerations = tolerations
}

/** Pod create: ServiceAccount, DefaultTolerationSeconds and Priority (no PriorityClasses exist). */
export function admitPodCreate(pod: Obj, suffix: string): void {
  const spec = isObj(pod.spec) ? pod.spec : (pod.spec = {})
  admitServiceAccount(spec, suffix)
  admitDefaultTolerations(spec)
  if (!spec.priorityClassName) {
    spec.priority ??= 0
    spec.preemptionPolicy ??= 'PreemptLowerPriority'
  }
}

function isDefaultClass(sc: KubeObject): boolean {
  const a = sc.metadata.annotations ?? {}
  return a['storageclass.kubernetes.io/is-default-class'] === 'true' || a['storageclass.beta.kubernetes.io/is-default-class'] === 'true'
}

/** DefaultStorageClass: a claim with no class (nil, not "") gets the newest default class. */
export function admitDefaultStorageClass(pvc: Obj, classes: readonly KubeObject[]): void {
  const spec = isObj(pvc.spec) ? pvc.spec : (pvc.spec = {})
  const annotations = isObj(pvc.metadata) && isObj(pvc.metadata.annotations) ? pvc.metadata.annotations : {}
  if (spec.storageClassName !== undefined && spec.storageClassName !== null) return
  if ('volume.beta.kubernetes.io/storage-class' in annotations) return
  const defaults = classes
    .filter(isDefaultClass)
    .sort((a, b) => (b.metadata.creationTimestamp ?? '').localeCompare(a.metadata.creationTimestamp ?? '') || a.metadata.name.localeCompare(b.metadata.name))
  if (defaults.length > 0) spec.storageClassName = defaults[0].metadata.name
}

/** StorageObjectInUseProtection: the pvc-protection / pv-protection finalizer. */
export function addFinalizer(obj: Obj, finalizer: string): void {
  const meta = isObj(obj.metadata) ? obj.metadata : (obj.metadata = {})
  const list = Array.isArray(meta.finalizers) ? meta.finalizers : []
  if (!list.includes(finalizer)) meta.finalizers = [...list, finalizer]
}

function storage(pvc: Obj): string {
  const spec = isObj(pvc.spec) ? pvc.spec : {}
  const resources = isObj(spec.resources) ? spec.resources : {}
  const requests = isObj(resources.requests) ? resources.requests : {}
  return typeof requests.storage === 'string' ? requests.storage : '0'
}

/** PersistentVolumeClaimResize: growing a claim needs a bound claim whose class allows expansion. */
export function validatePvcResize(pvc: Obj, old: Obj, classes: readonly KubeObject[], name: string): AdmitError | null {
  const newSize = parseQuantity(storage(pvc))
  const oldSize = parseQuantity(storage(old))
  if (!newSize.ok || !oldSize.ok || compareQuantities(newSize.quantity, oldSize.quantity) <= 0) return null
  const phase = isObj(old.status) ? old.status.phase : undefined
  if (phase !== 'Bound') return newForbidden('persistentvolumeclaims', '', name, 'Only bound persistent volume claims can be expanded')
  const className = (o: Obj) => (isObj(o.spec) && typeof o.spec.storageClassName === 'string' ? o.spec.storageClassName : '')
  const sc = classes.find((c) => c.metadata.name === className(pvc))
  const allowed = className(pvc) !== '' && className(pvc) === className(old) && sc?.allowVolumeExpansion === true
  if (allowed) return null
  return newForbidden(
    'persistentvolumeclaims',
    '',
    name,
    'only dynamically provisioned pvc can be resized and the storageclass that provisions the pvc must support resize',
  )
}
