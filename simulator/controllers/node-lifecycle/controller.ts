// The node lifecycle controller and taint-based eviction: when a node's kubelet stops posting
// status, after the grace period its conditions become Unknown, it is tainted unreachable, its
// pods are marked not ready, and each pod is evicted once its toleration for the taint runs out.
// A pod evicted from a dead node stays Terminating: only its kubelet could confirm it stopped.
// mirrors kubernetes/kubernetes pkg/controller/nodelifecycle/node_lifecycle_controller.go
// (tryUpdateNodeHealth, markNodeAsReachable, MarkPodsNotReady) and
// pkg/controller/tainteviction/taint_eviction.go (processPodOnNode, getMinTolerationTime).

import type { Controller, ControllerContext } from '../../engine/controller'
import type { EventHandle } from '../../engine/queue'
import type { KubeObject } from '../../objects/meta'
import { keyOf } from '../../objects/meta'

/** --node-monitor-grace-period (v1.31 default) and --node-monitor-period. */
const GRACE_MS = 40_000
const MONITOR_MS = 5_000
const UNREACHABLE = 'node.kubernetes.io/unreachable'
const NODE_CONTROLLER = { component: 'node-controller' }
const EVICTION = { component: 'taint-eviction-controller' }

export const nodeLifecycleController: Controller = {
  name: 'node-controller',
  start(ctx) {
    const timers = new Map<string, EventHandle[]>()
    const cancel = (node: string) => {
      timers.get(node)?.forEach((t) => t.cancel())
      timers.delete(node)
    }
    const later = (node: string, ms: number, run: () => void, label: string) => {
      timers.set(node, [...(timers.get(node) ?? []), ctx.queue.scheduleAfter(ms, run, label)])
    }
    return ctx.faults.onNodeChange((node, down) => {
      cancel(node)
      if (down) {
        // The controller notices at its next monitor pass after the grace period.
        const noticed = GRACE_MS + MONITOR_MS - (ctx.clock.now() % MONITOR_MS)
        later(node, noticed, () => markUnreachable(ctx, node, (pod, ms) => later(node, ms, () => evict(ctx, pod), `evict ${pod.metadata.name}`)), `node ${node} unreachable`)
      } else later(node, 1_500, () => markReachable(ctx, node), `node ${node} ready`)
    })
  },
}

/** Every condition Unknown, as the controller writes them for a node that stopped reporting. */
function unknownConditions(node: KubeObject, now: string): KubeObject {
  const conditions = (node.status?.conditions ?? []).map((c: Record<string, string>) => ({
    ...c, status: 'Unknown', reason: 'NodeStatusUnknown', message: 'Kubelet stopped posting node status.', lastTransitionTime: now,
  }))
  return { ...node, status: { ...node.status, conditions } }
}

function markUnreachable(ctx: ControllerContext, name: string, scheduleEviction: (pod: KubeObject, ms: number) => void): void {
  const node = ctx.store.get({ kind: 'Node', namespace: '', name })
  if (!node) return
  const now = ctx.clock.timestamp()
  ctx.api.updateStatus(unknownConditions(node, now))
  const current = ctx.store.get({ kind: 'Node', namespace: '', name }) ?? node
  const others = (current.spec?.taints ?? []).filter((t: { key: string }) => t.key !== UNREACHABLE)
  const taints = [...others, { key: UNREACHABLE, effect: 'NoSchedule', timeAdded: now }, { key: UNREACHABLE, effect: 'NoExecute', timeAdded: now }]
  ctx.store.update({ ...current, spec: { ...current.spec, taints } })
  ctx.events.record(current, 'Normal', 'NodeNotReady', `Node ${name} status is now: NodeNotReady`, NODE_CONTROLLER)
  for (const pod of ctx.store.list('Pod').filter((p) => p.spec?.nodeName === name)) {
    markPodNotReady(ctx, pod, now)
    ctx.events.record(pod, 'Warning', 'NodeNotReady', 'Node is not ready', NODE_CONTROLLER)
    const seconds = tolerationSeconds(pod)
    if (seconds !== undefined) scheduleEviction(pod, seconds * 1000)
  }
}

/** MarkPodsNotReady: the Ready condition of each pod on the node turns False. */
function markPodNotReady(ctx: ControllerContext, pod: KubeObject, now: string): void {
  const conditions = (pod.status?.conditions ?? []).map((c: Record<string, string>) =>
    c.type === 'Ready' && c.status !== 'False' ? { ...c, status: 'False', lastTransitionTime: now } : c,
  )
  ctx.api.updateStatus({ ...pod, status: { ...pod.status, conditions } })
}

/** How long the pod tolerates the unreachable NoExecute taint, in seconds (0: evict now; undefined: forever). */
function tolerationSeconds(pod: KubeObject): number | undefined {
  const tolerations: { key?: string; operator?: string; effect?: string; tolerationSeconds?: number }[] = pod.spec?.tolerations ?? []
  const matching = tolerations.filter((t) => (!t.effect || t.effect === 'NoExecute') && (t.operator === 'Exists' ? !t.key || t.key === UNREACHABLE : t.key === UNREACHABLE))
  if (matching.length === 0) return 0
  if (matching.some((t) => t.tolerationSeconds === undefined)) return undefined
  return Math.max(0, Math.min(...matching.map((t) => t.tolerationSeconds as number)))
}

function evict(ctx: ControllerContext, pod: KubeObject): void {
  const current = ctx.store.getByUid(pod.metadata.uid)
  if (!current || current.metadata.deletionTimestamp) return
  ctx.events.record(current, 'Normal', 'TaintManagerEviction', `Marking for deletion Pod ${current.metadata.namespace}/${current.metadata.name}`, EVICTION)
  ctx.api.delete(keyOf(current))
}

function markReachable(ctx: ControllerContext, name: string): void {
  const node = ctx.store.get({ kind: 'Node', namespace: '', name })
  if (!node) return
  const wasUnknown = (node.status?.conditions ?? []).some((c: { type: string; status: string }) => c.type === 'Ready' && c.status !== 'True')
  if (!wasUnknown) return
  const now = ctx.clock.timestamp()
  ctx.api.updateStatus({ ...node, status: { ...node.status, conditions: healthyConditions(node, now) } })
  const current = ctx.store.get({ kind: 'Node', namespace: '', name }) ?? node
  const taints = (current.spec?.taints ?? []).filter((t: { key: string }) => t.key !== UNREACHABLE)
  const spec = { ...current.spec, taints }
  if (taints.length === 0) delete spec.taints
  ctx.store.update({ ...current, spec })
  ctx.events.record(current, 'Normal', 'NodeReady', `Node ${name} status is now: NodeReady`, { component: 'kubelet', host: name })
}

function healthyConditions(node: KubeObject, now: string): Record<string, string>[] {
  const healthy: Record<string, [string, string]> = {
    MemoryPressure: ['KubeletHasSufficientMemory', 'kubelet has sufficient memory available'],
    DiskPressure: ['KubeletHasNoDiskPressure', 'kubelet has no disk pressure'],
    PIDPressure: ['KubeletHasSufficientPID', 'kubelet has sufficient PID available'],
    Ready: ['KubeletReady', 'kubelet is posting ready status'],
  }
  return (node.status?.conditions ?? []).map((c: Record<string, string>) => {
    const [reason, message] = healthy[c.type] ?? [c.reason, c.message]
    return { ...c, status: c.type === 'Ready' ? 'True' : 'False', reason, message, lastTransitionTime: now }
  })
}
