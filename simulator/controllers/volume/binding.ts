// Writing a bind between a claim and a volume, in the order the PV controller writes it:
// the volume's claimRef and phase first, then the claim's volumeName, annotations and status.
// Mirrors kubernetes/kubernetes pkg/controller/volume/persistentvolume/pv_controller.go (bind).
import type { ControllerContext } from '../../engine/controller'
import type { KubeObject } from '../../objects/meta'

export const ANN_BIND_COMPLETED = 'pv.kubernetes.io/bind-completed'
export const ANN_BOUND_BY_CONTROLLER = 'pv.kubernetes.io/bound-by-controller'

const annotate = (obj: KubeObject, extra: Record<string, string>) => ({ ...obj, metadata: { ...obj.metadata, annotations: { ...obj.metadata.annotations, ...extra } } })

function claimRef(claim: KubeObject) {
  return {
    kind: 'PersistentVolumeClaim',
    namespace: claim.metadata.namespace,
    name: claim.metadata.name,
    uid: claim.metadata.uid,
    apiVersion: 'v1',
    resourceVersion: claim.metadata.resourceVersion,
  }
}

/** Binds `claim` to `volume`; returns false if a write failed (the next sync retries). */
export function bind(ctx: ControllerContext, volume: KubeObject, claim: KubeObject): boolean {
  let pv = volume
  if (!pv.spec?.claimRef?.uid) {
    const byController: Record<string, string> = pv.spec?.claimRef ? {} : { [ANN_BOUND_BY_CONTROLLER]: 'yes' }
    const written = ctx.store.update(annotate({ ...pv, spec: { ...pv.spec, claimRef: claimRef(claim) } }, byController))
    if (!written.ok) return false
    pv = written.object
  }
  if (pv.status?.phase !== 'Bound') {
    const written = ctx.api.updateStatus({ ...pv, status: { ...pv.status, phase: 'Bound' } })
    if (!written.ok) return false
  }
  const byController: Record<string, string> = claim.spec?.volumeName ? {} : { [ANN_BOUND_BY_CONTROLLER]: 'yes' }
  const spec = { ...claim.spec, volumeName: pv.metadata.name }
  const updated = ctx.store.update(annotate({ ...claim, spec }, { [ANN_BIND_COMPLETED]: 'yes', ...byController }))
  if (!updated.ok) return false
  const status = { ...updated.object.status, phase: 'Bound', accessModes: pv.spec?.accessModes, capacity: pv.spec?.capacity }
  return ctx.api.updateStatus({ ...updated.object, status }).ok
}
