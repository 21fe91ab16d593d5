// The kinds admission can decode: every resource the API server serves (engine/resources.ts),
// with the Go root type of its schema table. Anything else is unknown to discovery, so kubectl
// reports `no matches for kind ...` for it.
import { resources } from '../resources'

export interface KindInfo {
  apiVersion: string
  group: string
  version: string
  kind: string
  /** Lower-case plural, as in URLs and NotFound messages (`statefulsets`). */
  resource: string
  namespaced: boolean
  /** Qualified Go type in the schema tables (`apps.StatefulSet`, `core.Pod`, `storage.StorageClass`). */
  root: string
}

export const kinds: readonly KindInfo[] = resources.map((r) => ({
  apiVersion: r.apiVersion,
  group: r.group,
  version: r.version,
  kind: r.kind,
  resource: r.plural,
  namespaced: r.namespaced,
  root: `${r.group.split('.')[0] || 'core'}.${r.kind}`,
}))

/** The served kind for this apiVersion and kind (both exact, case-sensitive), or undefined. */
export function kindFor(apiVersion: string, kindName: string): KindInfo | undefined {
  return kinds.find((k) => k.apiVersion === apiVersion && k.kind === kindName)
}
