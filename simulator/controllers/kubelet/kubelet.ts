// The kubelets of every node: run the pods bound to their node, report their status, restart
// crashed containers with back-off, and stop pods being deleted within their grace period.
// Mirrors kubernetes/kubernetes pkg/kubelet (kubelet.go syncPod, kuberuntime_manager.go
// SyncPod, kuberuntime_container.go startContainer/killContainer, pod_workers.go).
import type { Controller, ControllerContext } from '../../engine/controller'
import type { KubeObject } from '../../objects/meta'
import { keyOf } from '../../objects/meta'
import { containerEnv } from './container-env'
import { ensureImage, type ImageCache } from './image-pull'
import { planContainer, type ImageProfile } from './images'
import type { ContainerRuntime, PodRuntime } from './pod-runtime'
import { podStatus } from './pod-status'
import { scheduleReadiness } from './readiness'
import { failedMount, nextMountBackOff } from './volume-mounts'

const MAX_BACKOFF_MS = 300_000
const INITIAL_BACKOFF_MS = 10_000

export interface Kubelet extends Controller {
  /** What runs, by pod uid (for logs and exec). */
  readonly pods: ReadonlyMap<string, PodRuntime>
}

export function createKubelet(): Kubelet {
  const pods = new Map<string, PodRuntime>()
  return {
    name: 'kubelet',
    pods,
    start: (ctx) => startKubelet(ctx, pods),
  }
}

function startKubelet(ctx: ControllerContext, pods: Map<string, PodRuntime>): () => void {
  const k = new KubeletLoop(ctx, pods)
  const onPod = ctx.store.watch((e) => (e.removed ? k.forget(e.removed) : k.observe(e.added ?? e.updated[1])), { kind: 'Pod' })
  const onClaim = ctx.store.watch(() => k.retryVolumes(), { kind: 'PersistentVolumeClaim' })
  const onNode = ctx.faults.onNodeChange((node, down) => (down ? k.stopNode(node) : k.startNode(node)))
  return () => {
    onPod()
    onClaim()
    onNode()
  }
}

class KubeletLoop {
  private readonly cache: ImageCache = new Map()
  private readonly nextIP = new Map<string, number>()
  private readonly waitingForVolumes = new Set<string>()

  constructor(readonly ctx: ControllerContext, readonly pods: Map<string, PodRuntime>) {}

  observe(pod: KubeObject): void {
    const node = pod.spec?.nodeName
    if (!node || this.ctx.faults.isNodeDown(node) || !this.ctx.store.get({ kind: 'Node', namespace: '', name: node })) return
    const runtime = this.pods.get(pod.metadata.uid)
    if (!runtime && !pod.metadata.deletionTimestamp) this.admit(pod, node)
    else if (runtime && pod.metadata.deletionTimestamp && !runtime.killing) this.kill(runtime)
    else if (!runtime && pod.metadata.deletionTimestamp) this.ctx.queue.scheduleAfter(50, () => this.remove(pod), 'kubelet remove pod')
  }

  forget(pod: KubeObject): void {
    const runtime = this.pods.get(pod.metadata.uid)
    runtime?.timers.forEach((t) => t.cancel())
    this.pods.delete(pod.metadata.uid)
    this.waitingForVolumes.delete(pod.metadata.uid)
  }

  /** The node's machine stopped: its containers are gone and nothing on it reports anymore. */
  stopNode(node: string): void {
    for (const runtime of [...this.pods.values()].filter((r) => r.node === node)) {
      runtime.timers.forEach((t) => t.cancel())
      runtime.timers = []
    }
  }

  /**
   * The node's machine started again: the kubelet starts afresh, finishing the deletion of pods
   * deleted meanwhile and starting the containers of the others.
   */
  startNode(node: string): void {
    for (const runtime of [...this.pods.values()].filter((r) => r.node === node)) this.pods.delete(runtime.uid)
    for (const pod of this.ctx.store.list('Pod')) if (pod.spec?.nodeName === node) this.observe(pod)
  }

  retryVolumes(): void {
    for (const uid of [...this.waitingForVolumes]) this.prepare(uid)
  }

  pod(runtime: PodRuntime): KubeObject | undefined {
    const pod = this.ctx.store.get({ kind: 'Pod', namespace: runtime.namespace, name: runtime.name })
    return pod?.metadata.uid === runtime.uid ? pod : undefined
  }

  after(runtime: PodRuntime, ms: number, run: () => void, label: string, background = false): void {
    runtime.timers = runtime.timers.filter((t) => t.pending)
    runtime.timers.push(this.ctx.queue.scheduleAfter(ms, () => this.pods.has(runtime.uid) && !this.ctx.faults.isNodeDown(runtime.node) && run(), label, { background }))
  }

  writeStatus(runtime: PodRuntime): void {
    const pod = this.pod(runtime)
    if (!pod || this.ctx.faults.isNodeDown(runtime.node)) return
    const node = this.ctx.store.get({ kind: 'Node', namespace: '', name: runtime.node })
    const hostIP = node?.status?.addresses?.find((a: { type: string }) => a.type === 'InternalIP')?.address ?? ''
    this.ctx.api.updateStatus({ ...pod, status: podStatus(pod, runtime, hostIP, this.ctx.clock.timestamp()) })
  }

  private admit(pod: KubeObject, node: string): void {
    const containers: ContainerRuntime[] = (pod.spec?.containers ?? []).map((c: { name: string; image: string }) => ({
      name: c.name, image: c.image, imageID: '', state: { waiting: { reason: 'ContainerCreating' } },
      ready: false, started: false, restartCount: 0, backOffMs: 0,
    }))
    const runtime: PodRuntime = {
      uid: pod.metadata.uid, namespace: pod.metadata.namespace ?? 'default', name: pod.metadata.name, node,
      startTime: this.ctx.clock.timestamp(), sandboxReady: false, containers, timers: [], killing: false,
    }
    this.pods.set(runtime.uid, runtime)
    this.writeStatus(runtime)
    this.prepare(runtime.uid)
  }

  /** Waits until every claim the pod mounts is Bound, then sets up the sandbox and its IP. */
  private prepare(uid: string): void {
    const runtime = this.pods.get(uid)
    const pod = runtime && this.pod(runtime)
    if (!runtime || !pod || runtime.sandboxReady) return
    const claims: string[] = (pod.spec?.volumes ?? []).flatMap((v: { persistentVolumeClaim?: { claimName: string } }) => v.persistentVolumeClaim ? [v.persistentVolumeClaim.claimName] : [])
    const unbound = claims.some((name) => this.ctx.store.get({ kind: 'PersistentVolumeClaim', namespace: runtime.namespace, name })?.status?.phase !== 'Bound')
    if (unbound) return void this.waitingForVolumes.add(uid)
    this.waitingForVolumes.delete(uid)
    const mountError = failedMount(this.ctx.store, pod)
    if (mountError) {
      this.ctx.events.record(pod, 'Warning', 'FailedMount', mountError, { component: 'kubelet', host: runtime.node })
      runtime.mountBackOffMs = nextMountBackOff(runtime.mountBackOffMs ?? 0)
      return this.after(runtime, runtime.mountBackOffMs, () => this.prepare(uid), `kubelet mount retry ${runtime.name}`, true)
    }
    this.after(runtime, this.ctx.random.int(300, 900), () => {
      runtime.sandboxReady = true
      runtime.podIP = this.allocateIP(runtime.node)
      this.writeStatus(runtime)
      this.startContainer(runtime, 0)
    }, `kubelet sandbox ${runtime.name}`)
  }

  private allocateIP(node: string): string {
    const cidr: string = this.ctx.store.get({ kind: 'Node', namespace: '', name: node })?.spec?.podCIDR ?? '10.244.0.0/24'
    const next = (this.nextIP.get(node) ?? 1) + 1
    this.nextIP.set(node, next)
    const [a, b, c] = cidr.split('.')
    return `${a}.${b}.${c}.${next}`
  }

  /** Pulls and starts container `index`, then the next; image failures back off and retry. */
  startContainer(runtime: PodRuntime, index: number): void {
    const pod = this.pod(runtime)
    const spec = pod?.spec?.containers?.[index]
    const c = runtime.containers[index]
    if (!pod || !spec || !c || runtime.killing) return
    const pull = ensureImage(this.ctx, this.cache, pod, spec, runtime.node)
    if (!pull.ok) {
      this.after(runtime, pull.afterMs, () => this.imageFailed(runtime, index, pull.reason, pull.message), `kubelet pull failed ${runtime.name}`)
      return this.startContainer(runtime, index + 1)
    }
    this.after(runtime, pull.afterMs + this.ctx.random.int(50, 200), () => {
      c.imageID = pull.profile.imageID
      c.image = pull.profile.reference.canonical
      this.run(runtime, index, pull.profile)
      this.startContainer(runtime, index + 1)
    }, `kubelet start ${runtime.name}/${c.name}`)
  }

  private imageFailed(runtime: PodRuntime, index: number, reason: string, message: string): void {
    const c = runtime.containers[index]
    c.state = { waiting: { reason, message } }
    this.writeStatus(runtime)
    if (reason !== 'ErrImagePull') return
    c.backOffMs = nextBackOff(c.backOffMs)
    this.after(runtime, this.ctx.random.int(200, 800), () => {
      const pod = this.pod(runtime)
      if (!pod) return
      const image = pod.spec.containers[index].image
      const source = { component: 'kubelet', host: runtime.node }
      const fieldPath = `spec.containers{${c.name}}`
      this.ctx.events.record(pod, 'Normal', 'BackOff', `Back-off pulling image "${image}"`, source, fieldPath)
      this.ctx.events.record(pod, 'Warning', 'Failed', 'Error: ImagePullBackOff', source, fieldPath)
      c.state = { waiting: { reason: 'ImagePullBackOff', message: `Back-off pulling image "${image}"` } }
      this.writeStatus(runtime)
      this.after(runtime, c.backOffMs, () => this.startContainer(runtime, index), `kubelet retry pull ${runtime.name}`)
    }, `kubelet image back-off ${runtime.name}`)
  }

  /** Creates and starts the container's process per its image's plan. */
  private run(runtime: PodRuntime, index: number, profile: ImageProfile): void {
    const pod = this.pod(runtime)
    if (!pod) return
    const spec = pod.spec.containers[index]
    const c = runtime.containers[index]
    const resolved = containerEnv(this.ctx.store, pod, spec, runtime.podIP)
    if (!resolved.ok) return this.configError(runtime, index, profile, resolved.message)
    const env = resolved.env
    const now = this.ctx.clock.now()
    const plan = planContainer(profile, spec, { startedAt: this.ctx.clock.epochMs + now, rand: () => this.ctx.random.next(), hostname: pod.spec.hostname ?? pod.metadata.name, podIP: runtime.podIP, env })
    const source = { component: 'kubelet', host: runtime.node }
    const fieldPath = `spec.containers{${c.name}}`
    c.containerID = `containerd://${this.ctx.random.string(64, '0123456789abcdef')}`
    this.ctx.events.record(pod, 'Normal', 'Created', `Created container ${c.name}`, source, fieldPath)
    if (plan.startError) {
      const message = plan.startError.message
      this.ctx.events.record(pod, 'Warning', 'Failed', `Error: ${message}`, source, fieldPath)
      return this.exited(runtime, index, 128, 'StartError', message)
    }
    this.ctx.events.record(pod, 'Normal', 'Started', `Started container ${c.name}`, source, fieldPath)
    c.plan = plan
    c.startedAtMs = now
    c.started = true
    c.state = { running: { startedAt: this.ctx.clock.timestamp() } }
    c.ready = !spec.readinessProbe
    this.writeStatus(runtime)
    if (spec.readinessProbe) scheduleReadiness(this, runtime, index, spec.readinessProbe)
    const exit = plan.steps.find((step) => step.exit)
    if (exit?.exit) this.after(runtime, exit.afterMs, () => this.exited(runtime, index, exit.exit!.code, exit.exit!.reason), `kubelet exit ${runtime.name}/${c.name}`)
  }

  /**
   * The container's configuration cannot be built (a missing Secret or key): it waits as
   * CreateContainerConfigError and the kubelet tries again at its next sync of the pod.
   */
  private configError(runtime: PodRuntime, index: number, profile: ImageProfile, message: string): void {
    const pod = this.pod(runtime)
    const c = runtime.containers[index]
    if (!pod) return
    const fieldPath = `spec.containers{${c.name}}`
    const source = { component: 'kubelet', host: runtime.node }
    this.ctx.events.record(pod, 'Warning', 'Failed', `Error: ${message}`, source, fieldPath)
    c.state = { waiting: { reason: 'CreateContainerConfigError', message } }
    this.writeStatus(runtime)
    this.after(runtime, this.ctx.random.int(8_000, 12_000), () => {
      const current = this.pod(runtime)
      if (!current) return
      this.ctx.events.record(current, 'Normal', 'Pulled', `Container image "${current.spec.containers[index].image}" already present on machine`, source, fieldPath)
      this.run(runtime, index, profile)
    }, `kubelet config retry ${runtime.name}/${c.name}`)
  }

  /** A container ended: restart it after back-off per restartPolicy, or leave it terminated. */
  private exited(runtime: PodRuntime, index: number, exitCode: number, reason: string, message?: string): void {
    const pod = this.pod(runtime)
    const c = runtime.containers[index]
    if (!pod || runtime.killing) return
    const startedAt = 'running' in c.state ? c.state.running.startedAt : undefined
    c.state = { terminated: { exitCode, reason, ...(message ? { message } : {}), ...(startedAt ? { startedAt } : {}), finishedAt: this.ctx.clock.timestamp(), containerID: c.containerID } }
    c.ready = false
    this.writeStatus(runtime)
    const policy = pod.spec.restartPolicy ?? 'Always'
    if (policy === 'Never' || (policy === 'OnFailure' && exitCode === 0)) return
    c.backOffMs = nextBackOff(c.backOffMs)
    const terminated = c.state
    const source = { component: 'kubelet', host: runtime.node }
    const who = `${pod.metadata.name}_${runtime.namespace}(${runtime.uid})`
    this.after(runtime, this.ctx.random.int(500, 1500), () => {
      this.ctx.events.record(pod, 'Warning', 'BackOff', `Back-off restarting failed container ${c.name} in pod ${who}`, source, `spec.containers{${c.name}}`)
      c.lastState = terminated
      c.state = { waiting: { reason: 'CrashLoopBackOff', message: `back-off ${c.backOffMs / 1000}s restarting failed container=${c.name} pod=${who}` } }
      this.writeStatus(runtime)
    }, `kubelet crash back-off ${runtime.name}`)
    this.after(runtime, c.backOffMs, () => {
      c.restartCount++
      c.lastState = terminated
      this.startContainer(runtime, index)
    }, `kubelet restart ${runtime.name}/${c.name}`)
  }

  /** Stops every running container within the grace period, then removes the pod. */
  private kill(runtime: PodRuntime): void {
    const pod = this.pod(runtime)
    if (!pod) return
    runtime.killing = true
    runtime.timers.forEach((t) => t.cancel())
    runtime.timers = []
    const graceMs = (pod.metadata.deletionGracePeriodSeconds ?? pod.spec?.terminationGracePeriodSeconds ?? 30) * 1000
    let lastExit = 0
    for (const c of runtime.containers) {
      if (!('running' in c.state)) continue
      this.ctx.events.record(pod, 'Normal', 'Killing', `Stopping container ${c.name}`, { component: 'kubelet', host: runtime.node }, `spec.containers{${c.name}}`)
      const term = c.plan?.onTerm
      lastExit = Math.max(lastExit, term?.handled ? Math.min(term.exitAfterMs, graceMs) : graceMs)
    }
    this.after(runtime, Math.max(lastExit, 100), () => {
      for (const c of runtime.containers) {
        if (!('running' in c.state)) continue
        const code = c.plan?.onTerm.handled ? c.plan.onTerm.exitCode : 137
        c.state = { terminated: { exitCode: code, reason: code === 0 ? 'Completed' : 'Error', startedAt: c.state.running.startedAt, finishedAt: this.ctx.clock.timestamp(), containerID: c.containerID } }
        c.ready = false
      }
      this.writeStatus(runtime)
      this.remove(pod)
    }, `kubelet kill ${runtime.name}`)
  }

  private remove(pod: KubeObject): void {
    this.ctx.api.delete(keyOf(pod), { gracePeriodSeconds: 0, preconditions: { uid: pod.metadata.uid } })
  }
}

function nextBackOff(current: number): number {
  return current === 0 ? INITIAL_BACKOFF_MS : Math.min(current * 2, MAX_BACKOFF_MS)
}
