// A cluster with every controller, for StatefulSet scenarios, plus the tutorial's manifests.
import { defaultControllers } from '@/simulator/controllers'
import { createClusterRuntime, type ClusterRuntime } from '@/simulator/engine/cluster-runtime'
import { defaultClusterObjects } from '@/simulator/engine/default-cluster'
import type { FeatureGates } from '@/simulator/engine/feature-gates'
import type { KubeObject } from '@/simulator/objects/meta'
export { webStatefulSet } from '../../../fixtures/web-statefulset'

export function fullCluster(seed: number, featureGates?: Partial<FeatureGates>): ClusterRuntime {
  return createClusterRuntime({ seed, objects: defaultClusterObjects(), controllers: defaultControllers(), freeze: true, featureGates })
}

export function apply(rt: ClusterRuntime, obj: object): KubeObject {
  const result = rt.api.create(obj)
  if (!result.ok) throw new Error(result.error.message)
  return result.object
}

export const getSet = (rt: ClusterRuntime) => rt.store.get({ kind: 'StatefulSet', namespace: 'default', name: 'web' })!
export const podNames = (rt: ClusterRuntime) => rt.store.list('Pod', { namespace: 'default' }).map((p) => p.metadata.name)

export function patchSet(rt: ClusterRuntime, change: (spec: Record<string, any>) => Record<string, any>): void { // eslint-disable-line @typescript-eslint/no-explicit-any
  const set = getSet(rt)
  const result = rt.api.update({ ...set, spec: change(set.spec) })
  if (!result.ok) throw new Error(result.error.message)
}

const ready = (p: KubeObject | undefined) =>
  !!p && !p.metadata.deletionTimestamp && p.status?.phase === 'Running' && (p.status?.conditions ?? []).some((c: { type: string; status: string }) => c.type === 'Ready' && c.status === 'True')

/**
 * Records violations of the controller's creation invariants as they happen: every pod's claims
 * exist before it, and under OrderedReady a pod is created only while its predecessor is Running
 * and Ready. Returns the list the watch appends to (each entry names the virtual time).
 */
export function watchInvariants(rt: ClusterRuntime, ordered: boolean, start = 0): string[] {
  const violations: string[] = []
  rt.store.watch((e) => {
    const pod = e.added
    if (!pod || !pod.metadata.name.startsWith('web-')) return
    const ordinal = Number(pod.metadata.name.slice(4))
    const at = `t=${rt.clock.now()}ms`
    if (!rt.store.get({ kind: 'PersistentVolumeClaim', namespace: 'default', name: `www-${pod.metadata.name}` })) violations.push(`${at}: ${pod.metadata.name} created before its claim`)
    const predecessor = rt.store.get({ kind: 'Pod', namespace: 'default', name: `web-${ordinal - 1}` })
    if (ordered && ordinal > start && !ready(predecessor)) violations.push(`${at}: ${pod.metadata.name} created while web-${ordinal - 1} is not Running and Ready`)
  }, { kind: 'Pod' })
  return violations
}

/** Advances `ms` in 100 ms steps (so watches see every intermediate state in order). */
export function run(rt: ClusterRuntime, ms: number): void {
  for (let t = 0; t < ms; t += 100) rt.advance(100)
}
