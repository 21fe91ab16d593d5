// Puts the engine together: one virtual clock, one event queue, one seeded random source,
// the store, the API server, the event recorder, and the controllers started over them.
// Everything a cluster does happens in queue events, so advancing the queue is running the cluster.
import type { KubeObject } from '../objects/meta'
import { createApiServer, type ApiServer } from './api-server'
import { createClock, type Clock } from './clock'
import type { Controller, ControllerContext } from './controller'
import { createEventRecorder, type EventRecorder } from './event-recorder'
import { createFaults, type Faults } from './faults'
import { resolveFeatureGates, type FeatureGates } from './feature-gates'
import { createQueue, type EventQueue, type RunResult } from './queue'
import { createRandom, type Random } from './random'
import { createStore, type Store } from './store'

export interface ClusterRuntimeOptions {
  seed: number
  /** RFC 3339 instant the cluster's clock starts at. */
  start?: string
  /** Objects present at time 0 (nodes, namespaces, classes, a lesson's starting state). */
  objects?: readonly unknown[]
  controllers?: readonly Controller[]
  /** Deep-freeze stored objects so stray mutation throws (tests). */
  freeze?: boolean
  /** Gates to set on the API server and the controllers; the rest keep their v1.31 defaults. */
  featureGates?: Partial<FeatureGates>
}

export interface ClusterRuntime {
  readonly clock: Clock
  readonly queue: EventQueue
  readonly random: Random
  readonly store: Store
  readonly api: ApiServer
  readonly events: EventRecorder
  readonly faults: Faults
  readonly featureGates: FeatureGates
  /** Runs the cluster for `ms` of virtual time. */
  advance(ms: number): void
  /** Runs until nothing but background work is pending, or `limitMs` has passed. */
  settle(limitMs: number): RunResult
  /** Objects from `options.objects` that the API server rejected, with the reason (a lesson bug). */
  readonly rejected: readonly { object: unknown; message: string }[]
  stop(): void
}

export function createClusterRuntime(options: ClusterRuntimeOptions): ClusterRuntime {
  const clock = createClock(options.start)
  const queue = createQueue(clock)
  const random = createRandom(options.seed)
  const store = createStore({ clock, random: random.fork('store'), freeze: options.freeze })
  const featureGates = resolveFeatureGates(options.featureGates)
  const api = createApiServer(store, random.fork('api-server'), featureGates)
  const events = createEventRecorder(api)
  const faults = createFaults()
  // Controllers start first and see the starting objects arrive, as informers list them on start.
  const stops = (options.controllers ?? []).map((controller) => {
    const ctx: ControllerContext = { store, api, queue, clock, events, faults, featureGates, random: random.fork(controller.name) }
    return controller.start(ctx)
  })
  const rejected = seedObjects(api, options.objects ?? [])
  return {
    clock,
    queue,
    random,
    store,
    api,
    events,
    faults,
    featureGates,
    rejected,
    advance: (ms) => void queue.advance(ms),
    settle: (limitMs) => queue.runUntilIdle(limitMs),
    stop: () => stops.forEach((stop) => stop()),
  }
}

/** Creates each object through the API server, then writes its status if it came with one. */
function seedObjects(api: ApiServer, objects: readonly unknown[]): { object: unknown; message: string }[] {
  const rejected: { object: unknown; message: string }[] = []
  for (const object of objects) {
    const created = api.create(object)
    if (!created.ok) {
      rejected.push({ object, message: created.error.message })
      continue
    }
    const status = (object as KubeObject).status
    if (status !== undefined) api.updateStatus({ ...created.object, status })
  }
  return rejected
}
