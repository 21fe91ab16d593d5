// What the kubelet knows about a pod it runs, beyond what the API shows: the containers'
// plans, start times, restart counts and back-off, kept per pod uid. Also read by `kubectl
// logs` and `kubectl exec` (through the kubelet's exported accessors).
import type { EventHandle } from '../../engine/queue'
import type { ContainerPlan } from './images'

export type ContainerState =
  | { waiting: { reason: string; message?: string } }
  | { running: { startedAt: string } }
  | { terminated: { exitCode: number; reason: string; message?: string; startedAt?: string; finishedAt: string; containerID?: string } }

export interface ContainerRuntime {
  name: string
  image: string
  imageID: string
  state: ContainerState
  lastState?: ContainerState
  ready: boolean
  started: boolean
  restartCount: number
  /** Current back-off before the next restart or pull, ms (0: none yet). */
  backOffMs: number
  plan?: ContainerPlan
  /** Virtual ms the current instance started at. */
  startedAtMs?: number
  containerID?: string
}

export interface PodRuntime {
  uid: string
  namespace: string
  name: string
  node: string
  podIP?: string
  startTime: string
  sandboxReady: boolean
  containers: ContainerRuntime[]
  /** Pending timers for this pod; cancelled when it is killed. */
  timers: EventHandle[]
  killing: boolean
  /** Back-off before the next try of a failing volume mount (0 before the first failure). */
  mountBackOffMs?: number
}
