// kubectl logs: a container's log so far, -f to follow it as virtual time passes, --previous for
// the instance before the last restart, --tail.
// mirrors kubernetes/kubectl pkg/cmd/logs/logs.go and the kubelet's container log errors
// (pkg/kubelet/kubelet_pods.go validateContainerLogStatus).

import { currentLog } from '../../controllers/kubelet/exec'
import type { ContainerRuntime } from '../../controllers/kubelet/pod-runtime'
import type { KubeObject } from '../../objects/meta'
import type { Proc } from '../../shell/run/process'
import type { KubectlCommand, KubectlContext } from '../context'
import { resolvePod } from './pod-target'

export const logs: KubectlCommand = {
  name: 'logs',
  path: 'logs',
  flags: {
    container: { type: 'string', short: 'c' },
    follow: { type: 'bool', short: 'f' },
    previous: { type: 'bool', short: 'p' },
    tail: { type: 'int', default: -1 },
    timestamps: { type: 'bool' },
    'all-containers': { type: 'bool' },
    'all-pods': { type: 'bool' },
    selector: { type: 'string', short: 'l' },
    since: { type: 'duration' },
    'since-time': { type: 'string' },
    prefix: { type: 'bool' },
    'ignore-errors': { type: 'bool' },
    'limit-bytes': { type: 'int' },
    'max-log-requests': { type: 'int', default: 5 },
    'pod-running-timeout': { type: 'duration' },
    'insecure-skip-tls-verify-backend': { type: 'bool' },
  },
  run: runLogs,
}

function* runLogs(ctx: KubectlContext): Proc {
  if (ctx.args.length === 0) {
    return ctx.usageError("expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command")
  }
  const pod = resolvePod(ctx, ctx.args[0])
  if (typeof pod === 'number') return pod
  const name = ctx.flag<string>('container') || ctx.args[1] || pod.spec.containers[0].name
  if (!pod.spec.containers.some((c: { name: string }) => c.name === name)) {
    ctx.err(`error: container ${name} is not valid for pod ${pod.metadata.name}\n`)
    return 1
  }
  const runtime = ctx.cluster.kubelet.pods.get(pod.metadata.uid)
  const container = runtime?.containers.find((c) => c.name === name)
  const previous = ctx.flag<boolean>('previous')
  const refusal = logRefusal(pod, name, container, previous)
  if (refusal) {
    ctx.err(`Error from server (BadRequest): ${refusal}\n`)
    return 1
  }
  const now = ctx.runtime.clock.now()
  let lines = runtime && container ? currentLog(container, now, ctx.runtime.clock.epochMs) : []
  const tail = ctx.flag<number>('tail')
  if (tail >= 0) lines = lines.slice(Math.max(0, lines.length - tail))
  for (const line of lines) ctx.out(`${line}\n`)
  if (!ctx.flag<boolean>('follow') || !runtime || !container) return 0
  let printed = runtime && container ? currentLog(container, now, ctx.runtime.clock.epochMs).length : 0
  const startedAt = container.startedAtMs
  for (;;) {
    yield { until: ctx.runtime.clock.now() + 1000 }
    if (container.startedAtMs !== startedAt || !ctx.cluster.kubelet.pods.has(pod.metadata.uid)) return 0
    const all = currentLog(container, ctx.runtime.clock.now(), ctx.runtime.clock.epochMs)
    for (const line of all.slice(printed)) ctx.out(`${line}\n`)
    printed = all.length
  }
}

/** The kubelet's reason for not serving logs, or undefined when it serves them. */
function logRefusal(pod: KubeObject, name: string, container: ContainerRuntime | undefined, previous: boolean): string | undefined {
  const status = pod.status?.containerStatuses?.find((c: { name: string }) => c.name === name)
  if (previous) {
    if (!status?.lastState?.terminated) return `previous terminated container "${name}" in pod "${pod.metadata.name}" not found`
    return undefined
  }
  const waiting = status?.state?.waiting
  if (!status || (waiting && !container?.plan)) {
    const reason = waiting?.reason ?? 'ContainerCreating'
    return `container "${name}" in pod "${pod.metadata.name}" is waiting to start: ${reason}`
  }
  return undefined
}
