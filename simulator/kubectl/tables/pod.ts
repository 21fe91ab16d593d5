// Pod rows: READY, STATUS (with the init, waiting, terminated and Terminating reasons), RESTARTS
// with the time of the last restart, AGE; wide: IP, NODE, NOMINATED NODE, READINESS GATES.
// mirrors kubernetes/kubernetes pkg/printers/internalversion/printers.go (printPod, v1.31).

import type { KubeObject } from '../../objects/meta'
import { translateTimestampSince } from '../printers/duration'
import type { TableRow } from '../printers/table'
import { ageColumn, column, nameColumn, wide } from './columns'

export const podColumns = [
  nameColumn, column('Ready'), column('Status'), column('Restarts', { type: 'integer' }), ageColumn,
  wide('IP'), wide('Node'), wide('Nominated Node'), wide('Readiness Gates'),
]

interface ContainerStatus {
  name: string
  ready?: boolean
  started?: boolean
  restartCount?: number
  state?: { waiting?: { reason?: string }; running?: unknown; terminated?: { reason?: string; exitCode: number; signal?: number; finishedAt?: string } }
  lastState?: { terminated?: { finishedAt?: string } }
}

const isRestartable = (c: { restartPolicy?: string } | undefined) => c?.restartPolicy === 'Always'

export function podRow(pod: KubeObject, nowMs: number): TableRow {
  const status = pod.status ?? {}
  const spec = pod.spec ?? {}
  const initSpecs = new Map<string, { restartPolicy?: string }>((spec.initContainers ?? []).map((c: { name: string }) => [c.name, c]))
  const total = (spec.containers ?? []).length + [...initSpecs.values()].filter(isRestartable).length
  let restarts = 0
  let ready = 0
  let lastRestart = ''
  let reason: string = status.reason || status.phase || ''
  for (const c of status.conditions ?? []) if (c.type === 'PodScheduled' && c.reason === 'SchedulingGated') reason = 'SchedulingGated'
  const noteRestart = (c: ContainerStatus) => {
    const finished = c.lastState?.terminated?.finishedAt
    if (finished && (!lastRestart || Date.parse(finished) > Date.parse(lastRestart))) lastRestart = finished
  }
  let initializing = false
  const inits: ContainerStatus[] = status.initContainerStatuses ?? []
  for (const [i, c] of inits.entries()) {
    restarts += c.restartCount ?? 0
    noteRestart(c)
    const state = c.state ?? {}
    if (state.terminated && state.terminated.exitCode === 0) continue
    if (isRestartable(initSpecs.get(c.name)) && c.started) {
      if (c.ready) ready++
      continue
    }
    if (state.terminated) {
      reason = state.terminated.reason ? `Init:${state.terminated.reason}` : state.terminated.signal ? `Init:Signal:${state.terminated.signal}` : `Init:ExitCode:${state.terminated.exitCode}`
    } else if (state.waiting?.reason && state.waiting.reason !== 'PodInitializing') reason = `Init:${state.waiting.reason}`
    else reason = `Init:${i}/${initSpecs.size}`
    initializing = true
    break
  }
  const initialized = (status.conditions ?? []).some((c: { type: string; status: string }) => c.type === 'Initialized' && c.status === 'True')
  if (!initializing || initialized) {
    restarts = inits.filter((c) => isRestartable(initSpecs.get(c.name))).reduce((n, c) => n + (c.restartCount ?? 0), 0)
    let hasRunning = false
    const containers: ContainerStatus[] = status.containerStatuses ?? []
    for (let i = containers.length - 1; i >= 0; i--) {
      const c = containers[i]
      const state = c.state ?? {}
      restarts += c.restartCount ?? 0
      noteRestart(c)
      if (state.waiting?.reason) reason = state.waiting.reason
      else if (state.terminated?.reason) reason = state.terminated.reason
      else if (state.terminated) reason = state.terminated.signal ? `Signal:${state.terminated.signal}` : `ExitCode:${state.terminated.exitCode}`
      else if (c.ready && state.running) {
        hasRunning = true
        ready++
      }
    }
    if (reason === 'Completed' && hasRunning) {
      reason = (status.conditions ?? []).some((c: { type: string; status: string }) => c.type === 'Ready' && c.status === 'True') ? 'Running' : 'NotReady'
    }
  }
  if (pod.metadata.deletionTimestamp && status.reason === 'NodeLost') reason = 'Unknown'
  else if (pod.metadata.deletionTimestamp && status.phase !== 'Succeeded' && status.phase !== 'Failed') reason = 'Terminating'
  const restartText = restarts !== 0 && lastRestart ? `${restarts} (${translateTimestampSince(lastRestart, nowMs)} ago)` : String(restarts)
  const ip = status.podIPs?.[0]?.ip || '<none>'
  const gates = spec.readinessGates?.length ? readinessGates(pod) : '<none>'
  return {
    cells: [pod.metadata.name, `${ready}/${total}`, reason, restartText, translateTimestampSince(pod.metadata.creationTimestamp, nowMs), ip, spec.nodeName || '<none>', status.nominatedNodeName || '<none>', gates],
    object: pod,
  }
}

function readinessGates(pod: KubeObject): string {
  const gates: { conditionType: string }[] = pod.spec.readinessGates
  const trueConditions = new Set((pod.status?.conditions ?? []).filter((c: { status: string }) => c.status === 'True').map((c: { type: string }) => c.type))
  return `${gates.filter((g) => trueConditions.has(g.conditionType)).length}/${gates.length}`
}
