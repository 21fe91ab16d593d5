// What every simulated controller gets and provides. A controller watches the store, keeps
// its own work queue, and writes only through the API server, as upstream controllers do.
import type { ApiServer } from './api-server'
import type { Clock } from './clock'
import type { EventRecorder } from './event-recorder'
import type { Faults } from './faults'
import type { FeatureGates } from './feature-gates'
import type { EventQueue } from './queue'
import type { Random } from './random'
import type { Store } from './store'

export interface ControllerContext {
  readonly store: Store
  readonly api: ApiServer
  readonly queue: EventQueue
  readonly clock: Clock
  /** This controller's own stream (forked by name), so controllers never shift each other's draws. */
  readonly random: Random
  readonly events: EventRecorder
  /** Machine-level faults (a node stopped), which no API object records. */
  readonly faults: Faults
  /** The cluster's feature gates, as kube-controller-manager's --feature-gates sets them. */
  readonly featureGates: FeatureGates
}

export interface Controller {
  /** Upstream component name, also the event source (`statefulset-controller`). */
  readonly name: string
  /** Registers watches and schedules initial work; returns a function that stops it. */
  start(ctx: ControllerContext): () => void
}
