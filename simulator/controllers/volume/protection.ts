// Storage object in use protection: a deleted claim stays (Terminating) while a pod that is not
// finished uses it, and a deleted volume stays while it is bound. Mirrors kubernetes/kubernetes
// pkg/controller/volume/pvcprotection and pkg/controller/volume/pvprotection.
import type { Controller, ControllerContext } from '../../engine/controller'
import { withoutFinalizer, type KubeObject } from '../../objects/meta'

export const PVC_PROTECTION = 'kubernetes.io/pvc-protection'
export const PV_PROTECTION = 'kubernetes.io/pv-protection'
const REACTION_MS = 10

const terminating = (obj: KubeObject, finalizer: string) => !!obj.metadata.deletionTimestamp && (obj.metadata.finalizers ?? []).includes(finalizer)

function claimInUse(ctx: ControllerContext, claim: KubeObject): boolean {
  return ctx.store.list('Pod', { namespace: claim.metadata.namespace }).some(
    (pod) =>
      pod.status?.phase !== 'Succeeded' &&
      pod.status?.phase !== 'Failed' &&
      (pod.spec?.volumes ?? []).some((v: { persistentVolumeClaim?: { claimName?: string } }) => v.persistentVolumeClaim?.claimName === claim.metadata.name),
  )
}

function check(ctx: ControllerContext): void {
  for (const claim of ctx.store.list('PersistentVolumeClaim')) {
    if (terminating(claim, PVC_PROTECTION) && !claimInUse(ctx, claim)) ctx.store.update(withoutFinalizer(claim, PVC_PROTECTION))
  }
  for (const volume of ctx.store.list('PersistentVolume')) {
    if (terminating(volume, PV_PROTECTION) && volume.status?.phase !== 'Bound') ctx.store.update(withoutFinalizer(volume, PV_PROTECTION))
  }
}

export const storageProtection: Controller = {
  name: 'pvc-protection-controller',
  start(ctx) {
    let pending = false
    const schedule = () => {
      if (pending) return
      pending = true
      ctx.queue.scheduleAfter(REACTION_MS, () => {
        pending = false
        check(ctx)
      }, 'storage protection')
    }
    const stops = ['PersistentVolumeClaim', 'PersistentVolume', 'Pod'].map((kind) =>
      ctx.store.watch((e) => {
        const obj = e.added ?? e.removed ?? e.updated[1]
        if (kind === 'Pod' ? !!e.removed || obj.status?.phase === 'Succeeded' || obj.status?.phase === 'Failed' : !!obj.metadata.deletionTimestamp) schedule()
      }, { kind }),
    )
    return () => stops.forEach((stop) => stop())
  },
}
