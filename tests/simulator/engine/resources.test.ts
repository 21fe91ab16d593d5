import { describe, expect, it } from 'vitest'
import { groupResourceFor, resolveResource, resourceFor, resources } from '@/simulator/engine/resources'

describe('resources', () => {
  it.each([
    ['StatefulSet', 'statefulsets.apps', 'apps/v1', ['sts'], true],
    ['Pod', 'pods', 'v1', ['po'], true],
    ['PersistentVolumeClaim', 'persistentvolumeclaims', 'v1', ['pvc'], true],
    ['PersistentVolume', 'persistentvolumes', 'v1', ['pv'], false],
    ['StorageClass', 'storageclasses.storage.k8s.io', 'storage.k8s.io/v1', ['sc'], false],
    ['Service', 'services', 'v1', ['svc'], true],
    ['Endpoints', 'endpoints', 'v1', ['ep'], true],
    ['EndpointSlice', 'endpointslices.discovery.k8s.io', 'discovery.k8s.io/v1', [], true],
    ['ControllerRevision', 'controllerrevisions.apps', 'apps/v1', [], true],
    ['Event', 'events', 'v1', ['ev'], true],
    ['Node', 'nodes', 'v1', ['no'], false],
    ['Namespace', 'namespaces', 'v1', ['ns'], false],
    ['Secret', 'secrets', 'v1', [], true],
    ['ConfigMap', 'configmaps', 'v1', ['cm'], true],
  ])('serves %s as %s (%s)', (kind, groupResource, apiVersion, shortNames, namespaced) => {
    expect(resourceFor(kind)).toMatchObject({ groupResource, apiVersion, shortNames, namespaced })
    expect(groupResourceFor(kind)).toBe(groupResource)
  })

  it.each([
    ['sts', 'StatefulSet'],
    ['statefulset', 'StatefulSet'],
    ['statefulsets', 'StatefulSet'],
    ['statefulsets.apps', 'StatefulSet'],
    ['StatefulSet', 'StatefulSet'],
    ['PO', 'Pod'],
    ['pvc', 'PersistentVolumeClaim'],
    ['sc', 'StorageClass'],
    ['storageclasses.storage.k8s.io', 'StorageClass'],
    ['ep', 'Endpoints'],
    ['endpoints', 'Endpoints'],
  ])('resolves %s to %s', (name, kind) => {
    expect(resolveResource(name)?.kind).toBe(kind)
  })

  it('knows nothing else', () => {
    expect(resolveResource('deployments')).toBeUndefined()
    expect(resourceFor('Deployment')).toBeUndefined()
    expect(groupResourceFor('Widget')).toBe('widgets')
  })

  it('keeps generation for StatefulSets only among the workload kinds', () => {
    expect(resources.filter((r) => r.generation).map((r) => r.kind)).toEqual(['StatefulSet', 'PodDisruptionBudget'])
  })
})
