// kubectl describe: the describer for each kind, and the pod template block shared by
// StatefulSets and `rollout history --revision`.
// mirrors kubernetes/kubectl pkg/describe/describe.go.

import type { Store } from '../../engine/store'
import type { KubeObject } from '../../objects/meta'
import { describeGeneric } from './generic'
import { describePod } from './pod'
import { describeStatefulSet } from './statefulset'
import { describePersistentVolume, describePersistentVolumeClaim } from './storage'
import { describePodTemplate } from './pod-template'

export { describePodTemplate }

export interface DescribeContext {
  store: Store
  /** Unix ms now (virtual). */
  nowMs: number
  showEvents?: boolean
}

/** The describe text of `obj`, ending with a newline. */
export function describeObject(obj: KubeObject, ctx: DescribeContext): string {
  switch (obj.kind) {
    case 'Pod':
      return describePod(obj, ctx)
    case 'StatefulSet':
      return describeStatefulSet(obj, ctx)
    case 'PersistentVolumeClaim':
      return describePersistentVolumeClaim(obj, ctx)
    case 'PersistentVolume':
      return describePersistentVolume(obj, ctx)
    default:
      return describeGeneric(obj, ctx)
  }
}
