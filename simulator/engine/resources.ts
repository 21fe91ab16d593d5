// The API resources the simulated API server knows: names as discovery reports them
// (kubectl api-resources), scope, and the storage behaviours the store needs per kind.
// kubectl resolves `sts`, `statefulset`, `statefulsets.apps` through resolveResource.

export interface ResourceInfo {
  kind: string
  /** API group, '' for the core group. */
  group: string
  version: string
  /** `apps/v1`, or `v1` for the core group. */
  apiVersion: string
  /** Lower-case plural, as in URLs (`statefulsets`). */
  plural: string
  /** Lower-case singular (`statefulset`). */
  singular: string
  /** kubectl short names (`sts`), in discovery order. */
  shortNames: readonly string[]
  namespaced: boolean
  /**
   * schema.GroupResource.String(): the plural, qualified by the group unless it is core
   * (`statefulsets.apps`, `pods`). API error messages name resources this way.
   */
  groupResource: string
  /** The registry maintains metadata.generation: 1 on create, +1 when spec changes. */
  generation: boolean
  /** The kind has a status subresource: a main-resource update keeps the stored status. */
  statusSubresource: boolean
}

interface Row {
  kind: string
  apiVersion: string
  plural: string
  shortNames?: string[]
  clusterScoped?: boolean
  generation?: boolean
  status?: boolean
}

const rows: Row[] = [
  { kind: 'Pod', apiVersion: 'v1', plural: 'pods', shortNames: ['po'], status: true },
  { kind: 'StatefulSet', apiVersion: 'apps/v1', plural: 'statefulsets', shortNames: ['sts'], generation: true, status: true },
  { kind: 'ControllerRevision', apiVersion: 'apps/v1', plural: 'controllerrevisions' },
  { kind: 'PersistentVolumeClaim', apiVersion: 'v1', plural: 'persistentvolumeclaims', shortNames: ['pvc'], status: true },
  { kind: 'PersistentVolume', apiVersion: 'v1', plural: 'persistentvolumes', shortNames: ['pv'], clusterScoped: true, status: true },
  { kind: 'StorageClass', apiVersion: 'storage.k8s.io/v1', plural: 'storageclasses', shortNames: ['sc'], clusterScoped: true },
  { kind: 'Service', apiVersion: 'v1', plural: 'services', shortNames: ['svc'], status: true },
  { kind: 'Endpoints', apiVersion: 'v1', plural: 'endpoints', shortNames: ['ep'] },
  { kind: 'EndpointSlice', apiVersion: 'discovery.k8s.io/v1', plural: 'endpointslices' },
  { kind: 'Event', apiVersion: 'v1', plural: 'events', shortNames: ['ev'] },
  { kind: 'Node', apiVersion: 'v1', plural: 'nodes', shortNames: ['no'], clusterScoped: true, status: true },
  { kind: 'Namespace', apiVersion: 'v1', plural: 'namespaces', shortNames: ['ns'], clusterScoped: true, status: true },
  { kind: 'Secret', apiVersion: 'v1', plural: 'secrets' },
  { kind: 'ConfigMap', apiVersion: 'v1', plural: 'configmaps', shortNames: ['cm'] },
  {
    kind: 'PodDisruptionBudget',
    apiVersion: 'policy/v1',
    plural: 'poddisruptionbudgets',
    shortNames: ['pdb'],
    generation: true,
    status: true,
  },
]

function toInfo(row: Row): ResourceInfo {
  const slash = row.apiVersion.indexOf('/')
  const group = slash < 0 ? '' : row.apiVersion.slice(0, slash)
  return {
    kind: row.kind,
    group,
    version: row.apiVersion.slice(slash + 1),
    apiVersion: row.apiVersion,
    plural: row.plural,
    singular: row.kind.toLowerCase(),
    shortNames: row.shortNames ?? [],
    namespaced: row.clusterScoped !== true,
    groupResource: group ? `${row.plural}.${group}` : row.plural,
    generation: row.generation === true,
    statusSubresource: row.status === true,
  }
}

/** Every served resource, in the order above. */
export const resources: readonly ResourceInfo[] = rows.map(toInfo)

const byKind = new Map(resources.map((r) => [r.kind, r]))
const byName = new Map<string, ResourceInfo>()
for (const r of resources) {
  for (const name of [r.plural, r.singular, ...r.shortNames]) byName.set(name, r)
  if (r.group) {
    byName.set(`${r.plural}.${r.group}`, r)
    byName.set(`${r.singular}.${r.group}`, r)
  }
}

/** The resource served for `kind` (exact, case-sensitive: `StatefulSet`), or undefined. */
export function resourceFor(kind: string): ResourceInfo | undefined {
  return byKind.get(kind)
}

/**
 * The resource a kubectl argument names: plural, singular or short name, the plural or
 * singular qualified by group (`statefulsets.apps`), or the Kind itself; case-insensitive,
 * as kubectl's RESTMapper is. Undefined if nothing matches.
 */
export function resolveResource(name: string): ResourceInfo | undefined {
  const lower = name.toLowerCase()
  return byName.get(lower) ?? resources.find((r) => r.kind.toLowerCase() === lower)
}

/** The groupResource for `kind`, falling back to a lower-cased `kind + 's'` for unknown kinds. */
export function groupResourceFor(kind: string): string {
  return byKind.get(kind)?.groupResource ?? `${kind.toLowerCase()}s`
}
