// The simulated API server's write path for one object, in the server's order: kind lookup,
// strict decoding, defaulting, mutating admission, the strategy's PrepareFor*, validation,
// validating admission, then the stored form (defaulted again and encoded in Go field order,
// as a read from storage would return it). Never throws; every rejection is an AdmitError.
// Mirrors kubernetes/apiserver pkg/endpoints/handlers/{create,update}.go and
// pkg/registry/generic/registry/store.go (Create, Update).
import type { KubeObject } from '../../objects/meta'
import { DEFAULT_FEATURE_GATES, type FeatureGates } from '../feature-gates'
import { admitDefaultStorageClass, admitPodCreate, addFinalizer, stableSuffix, validatePvcResize } from './admission-plugins'
import { decodeObject, type FieldValidation } from './decode'
import { applyDefaults, applyDefaultsInPlace } from './defaults'
import { isObj, type Obj } from './defaults-pod'
import { encodeObject } from './encode'
import { kindFor, type KindInfo } from './kinds'
import { structOf } from './schema'
import { newBadRequest, newInvalid, newPatchInvalid, type AdmitError } from './status-errors'
import { prepareForCreate, prepareForUpdate } from './strategy'
import { validateCreate, validateUpdate } from './validate'

export interface AdmitContext {
  /** Request namespace for namespaced kinds when the object names none; default `default`. */
  namespace?: string
  /** kubectl's --validate: `Strict` (default since 1.27), `Warn` or `Ignore`. */
  fieldValidation?: FieldValidation
  /** Stored StorageClasses, for DefaultStorageClass and PVC resize admission. */
  storageClasses?: readonly KubeObject[]
  /** A free ClusterIP from the store's allocator, for a new Service. */
  allocateClusterIP?: () => string | undefined
  /** Five characters of seeded randomness (generateName, kube-api-access-xxxxx); otherwise derived from the name. */
  randomSuffix?: () => string
  /** Existing namespaces (NamespaceLifecycle admission); when given, creating in any other namespace is NotFound. */
  namespaces?: readonly string[]
  /** For admitUpdate from a PATCH (kubectl apply/patch on an existing object): the patch sent, which decode errors quote. */
  patch?: unknown
  /**
   * The object comes from a controller building it out of already-decoded parts (a pod from a
   * stored template): strict decoding cannot fail, so it is skipped. Validation still runs (a
   * template's volumeMounts may name no volume, which only the pod's validation catches).
   */
  trusted?: boolean
  /** The cluster's feature gates (defaulting and PrepareFor* depend on them); v1.31's defaults when absent. */
  featureGates?: FeatureGates
}

export type AdmitResult = { ok: true; object: KubeObject; warnings: string[] } | { ok: false; error: AdmitError }

type Decoded = { ok: true; info: KindInfo; object: Obj; warnings: string[] } | { ok: false; error: AdmitError }

function rawName(raw: Obj): { name: string; namespace: string } {
  const m = isObj(raw.metadata) ? raw.metadata : {}
  return { name: typeof m.name === 'string' ? m.name : '', namespace: typeof m.namespace === 'string' ? m.namespace : '' }
}

function decodeFailed(message: string): AdmitError {
  return { reason: 'DecodeFailed', code: 0, message }
}

/** Kind lookup and strict decoding; errors are kubectl's client-side ones or the server's 400. */
function decodeRequest(raw: unknown, ctx: AdmitContext): Decoded {
  if (!isObj(raw)) {
    const what = Array.isArray(raw) ? 'array' : raw === null || raw === undefined ? 'null' : typeof raw === 'number' ? 'number' : typeof raw === 'boolean' ? 'bool' : 'string'
    return { ok: false, error: decodeFailed(`json: cannot unmarshal ${what} into Go value of type unstructured.detector`) }
  }
  if (typeof raw.kind !== 'string' || raw.kind === '') {
    return { ok: false, error: decodeFailed(`Object 'Kind' is missing in '${safeJson(raw)}'`) }
  }
  const apiVersion = typeof raw.apiVersion === 'string' ? raw.apiVersion : ''
  const info = kindFor(apiVersion, raw.kind)
  if (!info) {
    const { name, namespace } = rawName(raw)
    const message = `no matches for kind "${raw.kind}" in version "${apiVersion}"`
    return { ok: false, error: { reason: 'NoKindMatch', code: 0, message, mapping: { name, namespace, kind: raw.kind, apiVersion } } }
  }
  const decoded = ctx.trusted ? { ok: true as const, object: raw, warnings: [] as string[] } : decodeObject(structOf(info.root), raw, ctx.fieldValidation ?? 'Strict')
  if (!decoded.ok && ctx.patch !== undefined) return { ok: false, error: newPatchInvalid(ctx.patch, decoded.message) }
  if (!decoded.ok) {
    return { ok: false, error: newBadRequest(`${info.kind} in version "${info.version}" cannot be handled as a ${info.kind}: ${decoded.message}`) }
  }
  const object = applyDefaults(structOf(info.root), convert(info, decoded.object), ctx.featureGates)
  return { ok: true, info, object, warnings: decoded.warnings }
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? ''
  } catch {
    return ''
  }
}

/**
 * Conversion quirks: Secret.stringData is merged into data (base64) and dropped; StatefulSet
 * claim templates always read back as `apiVersion: v1, kind: PersistentVolumeClaim`
 * (Convert_apps_StatefulSetSpec_To_v1_StatefulSetSpec, kubernetes issue 87583).
 */
function convert(info: KindInfo, obj: Obj): Obj {
  if (info.kind === 'StatefulSet' && isObj(obj.spec) && Array.isArray(obj.spec.volumeClaimTemplates)) {
    const templates = obj.spec.volumeClaimTemplates.map((t) => (isObj(t) ? { ...t, apiVersion: 'v1', kind: 'PersistentVolumeClaim' } : t))
    return { ...obj, spec: { ...obj.spec, volumeClaimTemplates: templates } }
  }
  if (info.kind !== 'Secret' || !isObj(obj.stringData)) return obj
  const data: Obj = { ...(isObj(obj.data) ? obj.data : {}) }
  for (const [k, v] of Object.entries(obj.stringData)) data[k] = base64(String(v))
  const rest = { ...obj }
  delete rest.stringData
  return { ...rest, data }
}

function base64(text: string): string {
  let binary = ''
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte)
  return btoa(binary)
}

/** `obj` is admission's own copy (made by decodeRequest's defaulting), defaulted again where it is. */
function stored(info: KindInfo, obj: Obj, gates: FeatureGates): KubeObject {
  const root = structOf(info.root)
  return encodeObject(root, applyDefaultsInPlace(root, obj, gates), { share: true }) as KubeObject
}

function nameOf(obj: Obj): string {
  return isObj(obj.metadata) && typeof obj.metadata.name === 'string' ? obj.metadata.name : ''
}

/** Mutating admission on create. */
function admitMutations(info: KindInfo, obj: Obj, ctx: AdmitContext): void {
  if (info.kind === 'Pod') admitPodCreate(obj, ctx.randomSuffix?.() ?? stableSuffix(`${rawName(obj).namespace}/${nameOf(obj)}`))
  if (info.kind === 'PersistentVolumeClaim') {
    admitDefaultStorageClass(obj, ctx.storageClasses ?? [])
    addFinalizer(obj, 'kubernetes.io/pvc-protection')
  }
  if (info.kind === 'PersistentVolume') addFinalizer(obj, 'kubernetes.io/pv-protection')
}

function generateName(obj: Obj, ctx: AdmitContext): void {
  const m = isObj(obj.metadata) ? obj.metadata : (obj.metadata = {})
  if (typeof m.generateName === 'string' && m.generateName && !m.name) {
    m.name = `${m.generateName}${ctx.randomSuffix?.() ?? stableSuffix(m.generateName)}`
  }
}

/** Create: `{ ok: true, object }` is the stored wire form (uid, resourceVersion and timestamps are the store's to set). */
export function admitCreate(raw: unknown, ctx: AdmitContext = {}): AdmitResult {
  try {
    const decoded = decodeRequest(raw, { ...ctx, patch: undefined })
    if (!decoded.ok) return decoded
    const { info, object } = decoded
    const requested = rawName(object).namespace
    if (info.namespaced && ctx.namespace && requested && requested !== ctx.namespace) {
      return { ok: false, error: newBadRequest('the namespace of the provided object does not match the namespace sent on the request') }
    }
    const namespace = requested || ctx.namespace || 'default'
    if (info.namespaced && ctx.namespaces && !ctx.namespaces.includes(namespace)) {
      return { ok: false, error: { reason: 'NotFound', code: 404, message: `namespaces "${namespace}" not found` } }
    }
    generateName(object, ctx)
    admitMutations(info, object, ctx)
    const gates = ctx.featureGates ?? DEFAULT_FEATURE_GATES
    prepareForCreate(info, object, namespace, ctx.allocateClusterIP, gates)
    const errs = validateCreate(info.kind, object)
    if (errs.length > 0) return { ok: false, error: newInvalid(info.group, info.kind, nameOf(object), errs) }
    return { ok: true, object: stored(info, object, gates), warnings: decoded.warnings }
  } catch (e) {
    return { ok: false, error: internalError(e) }
  }
}

/**
 * Update with the full new object (`kubectl replace`/`edit`, or the result of applying a patch,
 * in which case pass `ctx.patch`): `old` is the stored object.
 */
export function admitUpdate(old: KubeObject, raw: unknown, ctx: AdmitContext = {}): AdmitResult {
  try {
    const decoded = decodeRequest(raw, ctx)
    if (!decoded.ok) return decoded
    const { info, object } = decoded
    // The URL fixes the kind on a real server; a mismatch here is a caller bug, answered as a 400.
    if (old.kind !== info.kind) return { ok: false, error: newBadRequest(`${info.kind} "${nameOf(object)}" does not match the stored ${old.kind}`) }
    const previous = old as unknown as Obj
    const gates = ctx.featureGates ?? DEFAULT_FEATURE_GATES
    prepareForUpdate(info, object, previous, gates)
    const errs = validateUpdate(info.kind, object, previous)
    if (errs.length > 0) return { ok: false, error: newInvalid(info.group, info.kind, nameOf(object), errs) }
    if (info.kind === 'PersistentVolumeClaim') {
      const rejected = validatePvcResize(object, previous, ctx.storageClasses ?? [], nameOf(object))
      if (rejected) return { ok: false, error: rejected }
    }
    return { ok: true, object: stored(info, object, gates), warnings: decoded.warnings }
  } catch (e) {
    return { ok: false, error: internalError(e) }
  }
}

/** A bug in the simulator, surfaced as the server's 500 rather than an exception. */
function internalError(e: unknown): AdmitError {
  return { reason: 'InternalError', code: 500, message: `Internal error occurred: ${e instanceof Error ? e.message : String(e)}` }
}
