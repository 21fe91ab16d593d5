// What `kubectl exec`, `kubectl run -i` and `kubectl logs` reach through the kubelet: a process
// started in a running container, and the log a container instance has written so far.

import type { Store } from '../../engine/store'
import type { KubeObject } from '../../objects/meta'
import type { Wait } from '../../shell/run/process'
import type { Streams } from '../../shell/run/streams'
import type { ContainerFiles } from './container-files'
import { runInContainer } from './container-exec'
import { imageFiles } from './container-utilities'
import { containerLog, parseImageReference, profileFor } from './images'
import { containerEnv } from './images/plan'
import type { ContainerRuntime } from './pod-runtime'

export interface ExecTarget {
  store: Store
  files: ContainerFiles
  pod: KubeObject
  container: ContainerRuntime
  /** Virtual ms now, and the cluster epoch in Unix ms. */
  now(): number
  epochMs: number
}

/**
 * Runs `argv` in the container; the exit status, or containerd's refusal text when the binary
 * is missing from the image.
 */
export function* execInContainer(target: ExecTarget, argv: readonly string[], io: Streams): Generator<Wait, number | string, void> {
  const { pod, container } = target
  const spec = pod.spec.containers.find((c: { name: string }) => c.name === container.name)
  const ref = parseImageReference(spec.image)
  const profile = ref.ok ? profileFor(ref.ref) : undefined
  if (!profile) return 0
  const hostname: string = pod.spec.hostname ?? pod.metadata.name
  const env = containerEnv(spec, { startedAt: target.epochMs + target.now(), rand: () => 0.5, hostname, podIP: pod.status?.podIP })
  const fs = target.files.filesystem(pod, container.name, container.containerID ?? pod.metadata.uid, imageFiles(Object.keys(profile.runtime.programs)))
  const process = { pod, store: target.store, runtime: profile.runtime, version: profile.version, fs, env, plan: container.plan, now: target.now, epochMs: target.epochMs }
  return yield* runInContainer(process, argv, io)
}

/** The lines the container's current instance has logged by `nowMs` (virtual ms; the clock starts at Unix `epochMs`). */
export function currentLog(container: ContainerRuntime, nowMs: number, epochMs: number): string[] {
  if (!container.plan || container.startedAtMs === undefined) return []
  return containerLog(container.plan, epochMs + container.startedAtMs, nowMs - container.startedAtMs).map((e) => e.line)
}
