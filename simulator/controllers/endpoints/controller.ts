// The endpoints controller: keeps one Endpoints object per Service with a selector, named
// like the Service, listing the pods it selects. Mirrors kubernetes/kubernetes
// pkg/controller/endpoint/endpoints_controller.go.
import type { Controller, ControllerContext } from '../../engine/controller'
import { selectorFromSet } from '../../engine/labels'
import { createWorkQueue } from '../../engine/work-queue'
import type { KubeObject } from '../../objects/meta'
import { deepEqual } from '../../engine/deep-equal'
import { endpointSubsets } from './endpoints'

const REACTION_MS = 20

export const endpointsController: Controller = {
  name: 'endpoint-controller',
  start(ctx) {
    const work = createWorkQueue({ queue: ctx.queue, name: 'endpoint-controller', delayMs: REACTION_MS, sync: (key) => sync(ctx, key) })
    const onService = ctx.store.watch((e) => {
      const svc = e.added ?? e.removed ?? e.updated[1]
      work.add(`${svc.metadata.namespace}/${svc.metadata.name}`)
    }, { kind: 'Service' })
    const onPod = ctx.store.watch((e) => {
      const pods = e.updated ? [e.updated[0], e.updated[1]] : [e.added ?? e.removed]
      for (const svc of ctx.store.list('Service', { namespace: pods[0].metadata.namespace })) {
        if (pods.some((p) => selects(svc, p))) work.add(`${svc.metadata.namespace}/${svc.metadata.name}`)
      }
    }, { kind: 'Pod' })
    return () => {
      onService()
      onPod()
    }
  },
}

function selects(service: KubeObject, pod: KubeObject): boolean {
  const selector = service.spec?.selector
  return !!selector && Object.keys(selector).length > 0 && selectorFromSet(selector).matches(pod.metadata.labels ?? {})
}

function sync(ctx: ControllerContext, key: string): void {
  const [namespace, name] = key.split('/')
  const service = ctx.store.get({ kind: 'Service', namespace, name })
  const existing = ctx.store.get({ kind: 'Endpoints', namespace, name })
  if (!service || !service.spec?.selector) {
    if (existing && !service) ctx.api.delete({ kind: 'Endpoints', namespace, name })
    return
  }
  const pods = ctx.store.list('Pod', { namespace, labelSelector: selectorFromSet(service.spec.selector) })
  const subsets = endpointSubsets(service, pods)
  const labels = { ...service.metadata.labels, ...(service.spec.clusterIP === 'None' ? { 'service.kubernetes.io/headless': '' } : {}) }
  if (!existing) {
    ctx.api.create({ apiVersion: 'v1', kind: 'Endpoints', metadata: { name, namespace, labels }, ...(subsets.length ? { subsets } : {}) })
    return
  }
  if (deepEqual(existing.subsets ?? [], subsets) && deepEqual(existing.metadata.labels ?? {}, labels)) return
  const { subsets: _old, ...rest } = existing
  void _old
  ctx.store.update({ ...rest, metadata: { ...existing.metadata, labels }, ...(subsets.length ? { subsets } : {}) })
}
