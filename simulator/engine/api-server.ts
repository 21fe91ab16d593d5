// The simulated API server: the one write path for kubectl and the controllers alike.
// Writes run admission (decode, default, validate) and then reach the store; status writes
// skip admission as the /status subresource does. Every failure is a value carrying the
// server's text; nothing here throws on bad input.
import type { KubeObject, ObjectKey } from '../objects/meta'
import { admitCreate, admitUpdate, type AdmitContext } from './admission/admit'
import type { AdmitError } from './admission/status-errors'
import type { ApiError } from './api-errors'
import { newNotFound } from './api-errors'
import type { DeleteOptions } from './deletion'
import { DEFAULT_FEATURE_GATES, type FeatureGates } from './feature-gates'
import type { Random } from './random'
import { resourceFor } from './resources'
import type { Store } from './store'

export type ApiFailure = ApiError | AdmitError

export type ApiResult =
  | { ok: true; object: KubeObject; warnings: string[]; removed: boolean }
  | { ok: false; error: ApiFailure }

export interface WriteOptions {
  /** Request namespace for namespaced kinds when the object names none. */
  namespace?: string
  fieldValidation?: AdmitContext['fieldValidation']
  /** Server-side dry run: admission runs, nothing is stored. */
  dryRun?: boolean
  /** For an update that came from a PATCH: the patch, which decode errors quote. */
  patch?: unknown
  /** A controller's object built from decoded parts: skip strict decoding (see AdmitContext). */
  trusted?: boolean
}

export interface ApiServer {
  readonly store: Store
  /** The gates admission runs with (defaulting and dropped fields depend on them). */
  readonly featureGates: FeatureGates
  create(raw: unknown, options?: WriteOptions): ApiResult
  /** Replaces an existing object (PUT); NotFound if it does not exist. */
  update(raw: unknown, options?: WriteOptions): ApiResult
  /** Writes only `status` (the /status subresource). */
  updateStatus(object: KubeObject): ApiResult
  delete(key: ObjectKey, options?: DeleteOptions & { dryRun?: boolean }): ApiResult
}

const SERVICE_CIDR_BASE = [10, 96]

/**
 * Creates the API server over `store`; `random` seeds ClusterIPs and generated suffixes, and
 * `featureGates` (v1.31's defaults unless given) shape admission.
 */
export function createApiServer(store: Store, random: Random, featureGates: FeatureGates = DEFAULT_FEATURE_GATES): ApiServer {
  const suffixes = random.fork('api-server/suffix')
  const ips = random.fork('api-server/cluster-ip')

  function allocateClusterIP(): string | undefined {
    const used = new Set(store.list('Service').map((s) => s.spec?.clusterIP))
    for (let attempt = 0; attempt < 64; attempt++) {
      const ip = `${SERVICE_CIDR_BASE.join('.')}.${ips.int(1, 255)}.${ips.int(1, 254)}`
      if (!used.has(ip)) return ip
    }
    return undefined
  }

  function context(options: WriteOptions): AdmitContext {
    return {
      namespace: options.namespace,
      fieldValidation: options.fieldValidation,
      patch: options.patch,
      trusted: options.trusted,
      storageClasses: store.list('StorageClass'),
      allocateClusterIP,
      randomSuffix: () => suffixes.string(5),
      namespaces: store.list('Namespace').map((n) => n.metadata.name),
      featureGates,
    }
  }

  const stored = (result: ReturnType<Store['create']>, warnings: string[] = []): ApiResult =>
    result.ok ? { ok: true, object: result.object, warnings, removed: result.removed } : result

  return {
    store,
    featureGates,
    create(raw, options = {}) {
      const admitted = admitCreate(raw, context(options))
      if (!admitted.ok) return admitted
      if (options.dryRun) return { ok: true, object: admitted.object, warnings: admitted.warnings, removed: false }
      return stored(store.create(admitted.object), admitted.warnings)
    },
    update(raw, options = {}) {
      const target = targetKey(raw, options.namespace)
      const old = target && store.get(target)
      if (!old) return { ok: false, error: newNotFound(target ?? { kind: 'Unknown', name: '' }) }
      const admitted = admitUpdate(old, raw, context(options))
      if (!admitted.ok) return admitted
      if (options.dryRun) return { ok: true, object: admitted.object, warnings: admitted.warnings, removed: false }
      return stored(store.update(admitted.object), admitted.warnings)
    },
    updateStatus(object) {
      return stored(store.updateStatus(object))
    },
    delete(key, options = {}) {
      const current = store.get(key)
      if (!current) return { ok: false, error: newNotFound(key) }
      if (options.dryRun) return { ok: true, object: current, warnings: [], removed: false }
      return stored(store.delete(key, options))
    },
  }
}

function targetKey(raw: unknown, namespace = 'default'): ObjectKey | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined
  const obj = raw as { kind?: unknown; metadata?: { name?: unknown; namespace?: unknown } }
  if (typeof obj.kind !== 'string' || typeof obj.metadata?.name !== 'string') return undefined
  const namespaced = resourceFor(obj.kind)?.namespaced ?? true
  const ns = !namespaced ? '' : typeof obj.metadata.namespace === 'string' ? obj.metadata.namespace : namespace
  return { kind: obj.kind, namespace: ns, name: obj.metadata.name }
}
