// What `kubectl exec` and `kubectl logs` reach through the kubelet: a process started in a
// running container, and the log a container instance has written so far.

import type { KubeObject } from '../../objects/meta'
import { containerLog, parseImageReference, profileFor } from './images'
import { containerEnv, execArgv } from './images/plan'
import type { ContainerRuntime, PodRuntime } from './pod-runtime'

export interface ExecResult {
  /** What the process wrote, stdout and stderr interleaved, newline-terminated lines. */
  output: string
  exitCode: number
  /** The runtime refused to start it (binary missing): containerd's message. */
  startError?: string
}

/**
 * Runs `argv` in container `container` of `pod` as containerd would for an exec: the image's
 * model of the binary decides the output. `hostname -f` answers from the pod's /etc/hosts.
 */
export function execInContainer(pod: KubeObject, container: ContainerRuntime, argv: readonly string[], nowMs: number): ExecResult {
  const spec = pod.spec.containers.find((c: { name: string }) => c.name === container.name)
  const hostname: string = pod.spec.hostname ?? pod.metadata.name
  if (argv[0] === 'hostname' && argv[1] === '-f') return { output: `${fqdn(pod, hostname)}\n`, exitCode: 0 }
  const ref = parseImageReference(spec.image)
  const profile = ref.ok ? profileFor(ref.ref) : undefined
  if (!profile) return { output: '', exitCode: 0 }
  const ctx = { startedAt: nowMs, rand: () => 0.5, hostname, podIP: pod.status?.podIP }
  const env = containerEnv(spec, ctx)
  const base = { argv, env, container: spec, ctx, version: profile.version, startMs: 0, exec: () => ({ steps: [] }) }
  const run = execArgv(argv, base, profile.runtime)
  if (run.end?.code === 127 && run.steps.length === 0 && run.notes?.length) {
    return { output: '', exitCode: 126, startError: run.notes[0] }
  }
  const end = run.end?.afterMs ?? Infinity
  const lines = run.steps.filter((s) => s.afterMs <= end).flatMap((s) => s.log ?? [])
  return { output: lines.map((l) => `${l}\n`).join(''), exitCode: run.end?.code ?? 0 }
}

function fqdn(pod: KubeObject, hostname: string): string {
  const subdomain = pod.spec.subdomain
  return subdomain ? `${hostname}.${subdomain}.${pod.metadata.namespace}.svc.cluster.local` : hostname
}

/** The lines the container's current instance has logged by `nowMs` (virtual ms). */
export function currentLog(runtime: PodRuntime, container: ContainerRuntime, nowMs: number): string[] {
  if (!container.plan || container.startedAtMs === undefined) return []
  void runtime
  return containerLog(container.plan, container.startedAtMs, nowMs - container.startedAtMs).map((e) => e.line)
}
