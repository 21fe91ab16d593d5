// The pod status the kubelet reports, computed from what it runs. Pure.
// Mirrors kubernetes/kubernetes pkg/kubelet/kubelet_pods.go (generateAPIPodStatus, getPhase)
// and pkg/kubelet/status/generate.go (GeneratePodReadyCondition, GenerateContainersReadyCondition).
import type { KubeObject } from '../../objects/meta'
import { createInterner } from '../../engine/intern'
import type { ContainerRuntime, PodRuntime } from './pod-runtime'

type Condition = { type: string; status: 'True' | 'False'; reason?: string; message?: string; lastProbeTime: null; lastTransitionTime: string }

function getPhase(pod: KubeObject, containers: readonly ContainerRuntime[]): string {
  let waiting = 0
  let running = 0
  let failed = 0
  for (const c of containers) {
    if ('running' in c.state) running++
    else if ('terminated' in c.state) {
      if (c.state.terminated.exitCode !== 0) failed++
    } else if (!(c.lastState && 'terminated' in c.lastState)) waiting++
  }
  const policy = pod.spec?.restartPolicy ?? 'Always'
  if (waiting > 0) return 'Pending'
  if (running > 0) return 'Running'
  if (policy === 'Always' || (policy === 'OnFailure' && failed > 0)) return 'Running'
  return failed > 0 ? 'Failed' : 'Succeeded'
}

function notReady(containers: readonly ContainerRuntime[]): string | undefined {
  const names = containers.filter((c) => !c.ready).map((c) => c.name)
  return names.length > 0 ? `containers with unready status: [${names.join(' ')}]` : undefined
}

// Stored statuses are immutable: a condition that did not change is kept as it was, and the
// plain conditions of pods that changed in the same second are one object.
const plainConditions = createInterner<Condition>(1024)
const NO_STATE = Object.freeze({})
const hostIPLists = createInterner<readonly { ip: string }[]>(1024)

/** A condition that keeps its lastTransitionTime while its status stays the same. */
function condition(previous: readonly Condition[], type: string, ok: boolean, now: string, reason?: string, message?: string): Condition {
  const status = ok ? 'True' : 'False'
  const before = previous.find((c) => c.type === type)
  if (before && before.status === status && before.reason === (ok ? undefined : reason) && before.message === (ok ? undefined : message)) return before
  const since = before && before.status === status ? before.lastTransitionTime : now
  if (ok) {
    const key = `${type}\u0000${since}`
    return plainConditions.find(key) ?? plainConditions.keep(key, { type, status, lastProbeTime: null, lastTransitionTime: since })
  }
  return { type, status, reason, message, lastProbeTime: null, lastTransitionTime: since }
}

function containerStatus(c: ContainerRuntime): Record<string, unknown> {
  return {
    ...(c.containerID ? { containerID: c.containerID } : {}),
    image: c.image,
    imageID: c.imageID,
    lastState: c.lastState ?? NO_STATE,
    name: c.name,
    ready: c.ready,
    restartCount: c.restartCount,
    started: c.started,
    state: c.state,
  }
}

/** The status to write for `pod`, given what the kubelet runs for it, at RFC 3339 time `now`. */
export function podStatus(pod: KubeObject, runtime: PodRuntime, hostIP: string, now: string): Record<string, unknown> {
  const previous: Condition[] = pod.status?.conditions ?? []
  const unready = notReady(runtime.containers)
  const scheduled = previous.find((c) => c.type === 'PodScheduled') ?? condition([], 'PodScheduled', true, now)
  const conditions = [
    condition(previous, 'PodReadyToStartContainers', runtime.sandboxReady, now),
    condition(previous, 'Initialized', true, now),
    condition(previous, 'Ready', !unready, now, 'ContainersNotReady', unready),
    condition(previous, 'ContainersReady', !unready, now, 'ContainersNotReady', unready),
    scheduled,
  ]
  return {
    conditions,
    containerStatuses: runtime.containers.map(containerStatus),
    hostIP,
    hostIPs: hostIPLists.find(hostIP) ?? hostIPLists.keep(hostIP, [{ ip: hostIP }]),
    phase: getPhase(pod, runtime.containers),
    ...(runtime.podIP ? { podIP: runtime.podIP, podIPs: [{ ip: runtime.podIP }] } : {}),
    qosClass: pod.status?.qosClass ?? qosClass(pod),
    startTime: runtime.startTime,
  }
}

/** BestEffort without requests or limits; Guaranteed when every container's limits equal its requests; else Burstable. */
export function qosClass(pod: KubeObject): string {
  const containers: { resources?: { requests?: Record<string, string>; limits?: Record<string, string> } }[] = pod.spec?.containers ?? []
  const any = containers.some((c) => Object.keys(c.resources?.requests ?? {}).length + Object.keys(c.resources?.limits ?? {}).length > 0)
  if (!any) return 'BestEffort'
  const guaranteed = containers.every((c) => {
    const limits = c.resources?.limits ?? {}
    const requests = { ...limits, ...c.resources?.requests }
    return ['cpu', 'memory'].every((r) => limits[r] !== undefined && limits[r] === requests[r])
  })
  return guaranteed ? 'Guaranteed' : 'Burstable'
}
