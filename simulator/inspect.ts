// Read-only views of one object for the cluster view: what `kubectl describe` and
// `kubectl get -o yaml` print, and a pod's STATUS and READY columns. Nothing is logged or
// advanced, so looking never changes the cluster or the command log.
import type { ClusterRuntime } from './engine/cluster-runtime'
import { describeObject } from './kubectl/describe/index'
import { printGeneric } from './kubectl/output'
import { podRow } from './kubectl/tables/pod'
import type { KubeObject } from './objects/meta'

export interface ObjectViews {
  describe: string
  yaml: string
}

/** kubectl's describe and YAML of the stored object; null when it does not exist. */
export function inspectObject(runtime: ClusterRuntime, kind: string, name: string, namespace = ''): ObjectViews | null {
  const object = runtime.store.get({ kind, namespace, name })
  if (!object) return null
  const nowMs = runtime.clock.epochMs + runtime.clock.now()
  const printed = printGeneric([object], 'yaml', true)
  return { describe: describeObject(object, { store: runtime.store, nowMs }), yaml: printed.ok ? printed.out : printed.error }
}

/** The READY and STATUS columns `kubectl get pods` shows for `pod` (`1/1`, `CrashLoopBackOff`). */
export function podColumns(pod: KubeObject, nowMs: number): { ready: string; status: string; restarts: string } {
  const cells = podRow(pod, nowMs).cells
  return { ready: String(cells[1]), status: String(cells[2]), restarts: String(cells[3]) }
}
