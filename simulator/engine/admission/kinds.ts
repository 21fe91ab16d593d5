// The API resources the simulated API server serves: group/version/kind, resource name,
// scope and the Go root type of each. Anything else is unknown to discovery, so kubectl
// reports `no matches for kind ...` for it.

export interface KindInfo {
  apiVersion: string
  group: string
  version: string
  kind: string
  /** Lower-case plural, as in URLs and NotFound messages (`statefulsets`). */
  resource: string
  namespaced: boolean
  /** Qualified Go type in the schema tables (`apps.StatefulSet`). */
  root: string
}

function kind(apiVersion: string, kindName: string, resource: string, namespaced: boolean, root: string): KindInfo {
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion]
  return { apiVersion, group, version, kind: kindName, resource, namespaced, root }
}

export const kinds: readonly KindInfo[] = [
  kind('apps/v1', 'StatefulSet', 'statefulsets', true, 'apps.StatefulSet'),
  kind('apps/v1', 'ControllerRevision', 'controllerrevisions', true, 'apps.ControllerRevision'),
  kind('v1', 'Pod', 'pods', true, 'core.Pod'),
  kind('v1', 'PersistentVolumeClaim', 'persistentvolumeclaims', true, 'core.PersistentVolumeClaim'),
  kind('v1', 'PersistentVolume', 'persistentvolumes', false, 'core.PersistentVolume'),
  kind('v1', 'Service', 'services', true, 'core.Service'),
  kind('v1', 'Endpoints', 'endpoints', true, 'core.Endpoints'),
  kind('v1', 'Node', 'nodes', false, 'core.Node'),
  kind('v1', 'Namespace', 'namespaces', false, 'core.Namespace'),
  kind('v1', 'Event', 'events', true, 'core.Event'),
  kind('v1', 'Secret', 'secrets', true, 'core.Secret'),
  kind('v1', 'ConfigMap', 'configmaps', true, 'core.ConfigMap'),
  kind('storage.k8s.io/v1', 'StorageClass', 'storageclasses', false, 'storage.StorageClass'),
  kind('discovery.k8s.io/v1', 'EndpointSlice', 'endpointslices', true, 'discovery.EndpointSlice'),
  kind('policy/v1', 'PodDisruptionBudget', 'poddisruptionbudgets', true, 'policy.PodDisruptionBudget'),
]

/** The served kind for this apiVersion and kind (both exact, case-sensitive), or undefined. */
export function kindFor(apiVersion: string, kindName: string): KindInfo | undefined {
  return kinds.find((k) => k.apiVersion === apiVersion && k.kind === kindName)
}
