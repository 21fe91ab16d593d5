// kubectl describe: the describer for each kind, and the pod template block shared by
// StatefulSets and `rollout history --revision`.
// mirrors kubernetes/kubectl pkg/describe/describe.go.

import type { Store } from '../../engine/store'
import type { KubeObject } from '../../objects/meta'
import { describeGeneric } from './generic'
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
  return describeGeneric(obj, ctx)
}
