// The readiness prober: checks a container every periodSeconds after initialDelaySeconds and
// flips its ready flag after successThreshold successes or failureThreshold failures.
// Mirrors kubernetes/kubernetes pkg/kubelet/prober/worker.go.
import type { ControllerContext } from '../../engine/controller'
import type { KubeObject } from '../../objects/meta'
import { runProbe } from './images'
import type { PodRuntime } from './pod-runtime'

interface ProbeSpec {
  httpGet?: { port: number | string; path?: string }
  tcpSocket?: { port: number | string }
  exec?: unknown
  initialDelaySeconds?: number
  periodSeconds?: number
  successThreshold?: number
  failureThreshold?: number
}

function resolvePort(port: number | string, pod: KubeObject, index: number): number {
  if (typeof port === 'number') return port
  const named = (pod.spec.containers[index].ports ?? []).find((p: { name?: string }) => p.name === port)
  return named?.containerPort ?? Number(port)
}

export function scheduleReadiness(h: ProbeHost, runtime: PodRuntime, index: number, probe: ProbeSpec): void {
  const periodMs = (probe.periodSeconds ?? 10) * 1000
  let successes = 0
  let failures = 0
  const check = () => {
    const c = runtime.containers[index]
    const pod = h.pod(runtime)
    if (!pod || !c.plan || !('running' in c.state) || runtime.killing) return
    const outcome = probe.exec
      ? { success: true, message: undefined }
      : runProbe(c.plan, probe.httpGet ? { httpGet: { port: resolvePort(probe.httpGet.port, pod, index), path: probe.httpGet.path } } : { tcpSocket: { port: resolvePort(probe.tcpSocket!.port, pod, index) } }, {
          elapsedMs: h.ctx.clock.now() - (c.startedAtMs ?? 0),
          now: h.ctx.clock.now(),
          podIP: runtime.podIP ?? '',
          nodeIP: '',
          kubeletVersion: 'v1.31.0',
        })
    if (outcome.success) {
      failures = 0
      if (++successes >= (probe.successThreshold ?? 1) && !c.ready) {
        c.ready = true
        h.writeStatus(runtime)
      }
    } else {
      successes = 0
      h.ctx.events.record(pod, 'Warning', 'Unhealthy', `Readiness probe failed: ${outcome.message ?? ''}`, { component: 'kubelet', host: runtime.node }, `spec.containers{${c.name}}`)
      if (++failures >= (probe.failureThreshold ?? 3) && c.ready) {
        c.ready = false
        h.writeStatus(runtime)
      }
    }
    h.after(runtime, periodMs, check, `readiness ${runtime.name}/${c.name}`, true)
  }
  h.after(runtime, (probe.initialDelaySeconds ?? 0) * 1000, check, `readiness ${runtime.name}`, true)
}

/** The kubelet loop's surface the prober needs. */
export interface ProbeHost {
  readonly ctx: ControllerContext
  pod(runtime: PodRuntime): KubeObject | undefined
  after(runtime: PodRuntime, ms: number, run: () => void, label: string, background?: boolean): void
  writeStatus(runtime: PodRuntime): void
}
