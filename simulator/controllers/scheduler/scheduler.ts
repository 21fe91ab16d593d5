// kube-scheduler with the default profile: places each pending pod on a node that passes every
// filter, spreading pods of one owner across nodes; reports FailedScheduling with upstream's
// text otherwise. Claims that wait for their first consumer get the chosen node annotated and
// the pod is bound once they are Bound. Mirrors kubernetes/kubernetes pkg/scheduler/schedule_one.go.
import type { Controller, ControllerContext } from '../../engine/controller'
import { createWorkQueue } from '../../engine/work-queue'
import type { KubeObject } from '../../objects/meta'
import { fitErrorMessage } from './fit-error'
import { filterNode, type FilterFailure, type NodeInfo } from './filters'
import { podClaims, SELECTED_NODE_ANNOTATION, volumeFilter, type PodClaims } from './volumes'

export const SCHEDULER_NAME = 'default-scheduler'
const SOURCE = { component: SCHEDULER_NAME }
/** Virtual ms from a pod appearing to the scheduling attempt (queueing plus one cycle). */
const REACTION_MS = 15
/** Unschedulable pods are retried at least this often, as the scheduler flushes its unschedulable queue. */
const RETRY_MS = 5 * 60 * 1000

const needsScheduling = (pod: KubeObject) =>
  !pod.spec?.nodeName && !pod.metadata.deletionTimestamp && (pod.spec?.schedulerName ?? SCHEDULER_NAME) === SCHEDULER_NAME

export const scheduler: Controller = {
  name: SCHEDULER_NAME,
  start(ctx) {
    const index = new PodIndex()
    const work = createWorkQueue({ queue: ctx.queue, name: 'scheduler', delayMs: REACTION_MS, sync: () => schedulePending(ctx, index) })
    const retry = () => {
      work.add('pending')
      ctx.queue.scheduleAfter(RETRY_MS, retry, 'scheduler flush unschedulable pods', { background: true })
    }
    ctx.queue.scheduleAfter(RETRY_MS, retry, 'scheduler flush unschedulable pods', { background: true })
    const onPod = ctx.store.watch((e) => {
      if (e.removed) index.remove(e.removed)
      else index.put(e.added ?? e.updated[1])
      if (e.removed || needsScheduling(e.added ?? e.updated[1])) work.add('pending')
    }, { kind: 'Pod' })
    // Claims, volumes, classes and nodes matter only to pods still waiting.
    const stops = ['Node', 'PersistentVolumeClaim', 'PersistentVolume', 'StorageClass'].map((kind) =>
      ctx.store.watch(() => index.pending.size > 0 && work.add('pending'), { kind }),
    )
    return () => [onPod, ...stops].forEach((stop) => stop())
  },
}

/** The scheduler's cache: pods by node, and the pods waiting to be scheduled, kept from watch events. */
class PodIndex {
  readonly byNode = new Map<string, Map<string, KubeObject>>()
  readonly pending = new Map<string, KubeObject>()
  private readonly nodeOf = new Map<string, string>()

  /** Records the latest state of `pod`; pending pods keep their place (the queue's arrival order). */
  put(pod: KubeObject): void {
    const uid = pod.metadata.uid
    if (needsScheduling(pod)) this.pending.set(uid, pod)
    else this.pending.delete(uid)
    const previous = this.nodeOf.get(uid)
    if (previous !== undefined && previous !== pod.spec?.nodeName) {
      this.byNode.get(previous)?.delete(uid)
      this.nodeOf.delete(uid)
    }
    const node = pod.spec?.nodeName
    if (!node) return
    let pods = this.byNode.get(node)
    if (!pods) this.byNode.set(node, (pods = new Map()))
    pods.set(uid, pod)
    this.nodeOf.set(uid, node)
  }

  remove(pod: KubeObject): void {
    const uid = pod.metadata.uid
    this.pending.delete(uid)
    const node = this.nodeOf.get(uid)
    if (node === undefined) return
    this.byNode.get(node)?.delete(uid)
    this.nodeOf.delete(uid)
  }
}

/** Where pods are (and are about to be) during one scheduling pass, with per-owner counts for spreading. */
interface Placement {
  pods: Map<string, KubeObject[]>
  owners: Map<string, Map<string, number>>
}

function place(placement: Placement, node: string, pod: KubeObject): void {
  placement.pods.get(node)?.push(pod)
  const owner = pod.metadata.ownerReferences?.find((r) => r.controller)?.uid
  if (!owner) return
  const counts = placement.owners.get(node)
  counts?.set(owner, (counts.get(owner) ?? 0) + 1)
}

/** One pass over every pending pod, oldest first, with node usage updated as pods are placed. */
function schedulePending(ctx: ControllerContext, index: PodIndex): void {
  if (index.pending.size === 0) return
  // Oldest first, as the scheduling queue pops pods of equal priority.
  const pending = [...index.pending.values()]
  const nodes = ctx.store.list('Node')
  // A pod waiting for its claims on a chosen node holds its place there (the scheduler's assumed pods).
  const claimsOf = new Map(pending.map((pod) => [pod, podClaims(ctx.store, pod)]))
  const waiting = new Map<KubeObject, string>()
  for (const [pod, claims] of claimsOf) {
    const node = claims.delayed.map((c) => c.metadata.annotations?.[SELECTED_NODE_ANNOTATION]).find((n) => n)
    if (node) waiting.set(pod, node)
  }
  // Where pods are: built when the first pod needs a node (often none does: they all wait for
  // their claims). Pods bound earlier in this pass are on their node by then, the rest of the
  // waiting ones hold their place, so it counts the same pods as at the start of the pass.
  let placement: Placement | undefined
  const placed = (): Placement => {
    if (placement) return placement
    placement = { pods: new Map(), owners: new Map() }
    for (const n of nodes) {
      placement.pods.set(n.metadata.name, [])
      placement.owners.set(n.metadata.name, new Map())
    }
    for (const n of nodes) for (const pod of index.byNode.get(n.metadata.name)?.values() ?? []) place(placement, n.metadata.name, pod)
    for (const [pod, node] of waiting) if (index.pending.has(pod.metadata.uid)) place(placement, node, pod)
    return placement
  }
  for (const pod of pending) {
    const reserved = waiting.get(pod)
    if (reserved) {
      if (!waitsForVolumes(ctx, claimsOf.get(pod)!, reserved)) bind(ctx, pod, reserved)
      continue
    }
    const target = placed()
    const node = scheduleOne(ctx, pod, nodes, target, claimsOf.get(pod)!)
    if (node) place(target, node, pod)
  }
}

/** Tries to place `pod`; returns the node it was bound to or is waiting for its claims on. */
function scheduleOne(ctx: ControllerContext, pod: KubeObject, nodes: readonly KubeObject[], placement: Placement, claims: PodClaims): string | undefined {
  if (claims.preFilter) return void unschedulable(ctx, pod, fitErrorMessage(nodes.length, [], claims.preFilter))
  const failures: FilterFailure[][] = []
  const feasible: NodeInfo[] = []
  for (const node of nodes) {
    const info = { node, pods: placement.pods.get(node.metadata.name) ?? [] }
    const failed = filterNode(pod, info)
    if (failed.length === 0) failed.push(...volumeFilter(claims, node))
    if (failed.length > 0) failures.push(failed)
    else feasible.push(info)
  }
  if (feasible.length === 0) return void unschedulable(ctx, pod, fitErrorMessage(nodes.length, failures))
  const chosen = pickNode(ctx, pod, feasible, placement)
  // A pod whose claims wait for it still takes its place on the chosen node (returned, so it is counted).
  return waitsForVolumes(ctx, claims, chosen) ? chosen : bind(ctx, pod, chosen)
}

/** Fewest pods of the same owner first (default topology spreading), then fewest pods, then chance. */
function pickNode(ctx: ControllerContext, pod: KubeObject, feasible: readonly NodeInfo[], placement: Placement): string {
  const owner = pod.metadata.ownerReferences?.find((r) => r.controller)?.uid
  const score = ({ node, pods }: NodeInfo) => {
    const siblings = owner ? placement.owners.get(node.metadata.name)?.get(owner) ?? 0 : 0
    return siblings * 1000 + pods.length
  }
  const best = Math.min(...feasible.map(score))
  return ctx.random.pick(feasible.filter((info) => score(info) === best)).node.metadata.name
}

/**
 * Claims waiting for their first consumer: the chosen node is written on each (the provisioner
 * and binder act on it) and the pod stays pending until every one is Bound.
 */
function waitsForVolumes(ctx: ControllerContext, claims: PodClaims, node: string): boolean {
  for (const claim of claims.delayed) {
    if (claim.metadata.annotations?.[SELECTED_NODE_ANNOTATION]) continue
    const annotations = { ...claim.metadata.annotations, [SELECTED_NODE_ANNOTATION]: node }
    ctx.store.update({ ...claim, metadata: { ...claim.metadata, annotations } })
  }
  return claims.delayed.length > 0
}

function bind(ctx: ControllerContext, pod: KubeObject, node: string): string | undefined {
  const bound = ctx.store.update({ ...pod, spec: { ...pod.spec, nodeName: node } })
  if (!bound.ok) return undefined
  setScheduledCondition(ctx, bound.object, { type: 'PodScheduled', status: 'True' })
  const name = `${pod.metadata.namespace}/${pod.metadata.name}`
  ctx.events.record(bound.object, 'Normal', 'Scheduled', `Successfully assigned ${name} to ${node}`, SOURCE)
  return node
}

function unschedulable(ctx: ControllerContext, pod: KubeObject, message: string): void {
  setScheduledCondition(ctx, pod, { type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message })
  ctx.events.record(pod, 'Warning', 'FailedScheduling', message, SOURCE)
}

function setScheduledCondition(ctx: ControllerContext, pod: KubeObject, condition: Record<string, string>): void {
  const current = ctx.store.get({ kind: 'Pod', namespace: pod.metadata.namespace ?? 'default', name: pod.metadata.name }) ?? pod
  const conditions: Record<string, string>[] = current.status?.conditions ?? []
  const previous = conditions.find((c) => c.type === 'PodScheduled')
  if (previous && previous.status === condition.status && previous.message === condition.message) return
  const next = { ...condition, lastProbeTime: null, lastTransitionTime: ctx.clock.timestamp() } as Record<string, unknown>
  const others = conditions.filter((c) => c.type !== 'PodScheduled')
  ctx.api.updateStatus({ ...current, status: { phase: 'Pending', ...current.status, conditions: [...others, next] } })
}
