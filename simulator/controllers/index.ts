// Every controller a default cluster runs, in a fixed order (the order they are started in,
// which fixes the order their watch callbacks run in).
import type { Controller } from '../engine/controller'
import { endpointsController } from './endpoints/controller'
import { garbageCollector } from './garbage-collector/controller'
import { createKubelet } from './kubelet/kubelet'
import { nodeLifecycleController } from './node-lifecycle/controller'
import { scheduler } from './scheduler/scheduler'
import { statefulSetController } from './statefulset/controller'
import { externalProvisioner } from './volume/provisioner'
import { storageProtection } from './volume/protection'
import { pvController } from './volume/pv-controller'

/** Fresh controller instances (the kubelet keeps per-cluster state). */
export function defaultControllers(): Controller[] {
  return [statefulSetController, scheduler, pvController, externalProvisioner(), storageProtection, garbageCollector, endpointsController, nodeLifecycleController, createKubelet()]
}
