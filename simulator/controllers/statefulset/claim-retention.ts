// persistentVolumeClaimRetentionPolicy: which owners a pod's claims carry, so that the garbage
// collector deletes them with the set (whenDeleted: Delete) or with a pod removed by scale-down
// (whenScaled: Delete). Re-reconciled on every sync, so changing the policy takes effect.
// mirrors kubernetes/kubernetes pkg/controller/statefulset/stateful_set_utils.go
// (updateClaimOwnerRefForSetAndPod, setOwnerRef, removeOwnerRef, podInOrdinalRange) and
// stateful_pod_control.go (UpdatePodClaimForRetentionPolicy).

import type { ControllerContext } from '../../engine/controller'
import type { KubeObject, OwnerReference } from '../../objects/meta'
import { getEndOrdinal, getOrdinal, getPersistentVolumeClaimName, getStartOrdinal } from './names'

type Policy = 'Retain' | 'Delete'

function policyOf(set: KubeObject): { whenDeleted: Policy; whenScaled: Policy } {
  const policy = set.spec.persistentVolumeClaimRetentionPolicy ?? {}
  return { whenDeleted: policy.whenDeleted === 'Delete' ? 'Delete' : 'Retain', whenScaled: policy.whenScaled === 'Delete' ? 'Delete' : 'Retain' }
}

const setRef = (set: KubeObject): OwnerReference => ({ apiVersion: 'apps/v1', kind: 'StatefulSet', name: set.metadata.name, uid: set.metadata.uid, controller: true, blockOwnerDeletion: true })
const podRef = (pod: KubeObject): OwnerReference => ({ apiVersion: 'v1', kind: 'Pod', name: pod.metadata.name, uid: pod.metadata.uid })

/** The owner references `claim` should carry for `pod` of `set` under the set's policy. */
export function claimOwnerRefs(claim: KubeObject, set: KubeObject, pod: KubeObject): OwnerReference[] {
  const { whenDeleted, whenScaled } = policyOf(set)
  const scaledDown = getOrdinal(pod) < getStartOrdinal(set) || getOrdinal(pod) >= getEndOrdinal(set)
  const wantSet = whenDeleted === 'Delete' && !(whenScaled === 'Delete' && scaledDown)
  const wantPod = whenScaled === 'Delete' && scaledDown
  const others = (claim.metadata.ownerReferences ?? []).filter((r) => r.uid !== set.metadata.uid && r.uid !== pod.metadata.uid)
  return [...others, ...(wantSet ? [setRef(set)] : []), ...(wantPod ? [podRef(pod)] : [])]
}

/**
 * UpdatePodClaimForRetentionPolicy: brings the owner references of each of `pod`'s claims in
 * line with the policy. A claim controlled by something else is left alone.
 */
export function updateClaimsForRetentionPolicy(ctx: ControllerContext, set: KubeObject, pod: KubeObject): void {
  for (const template of set.spec.volumeClaimTemplates ?? []) {
    const name = getPersistentVolumeClaimName(set, template.metadata.name, getOrdinal(pod))
    const claim = ctx.store.get({ kind: 'PersistentVolumeClaim', namespace: set.metadata.namespace ?? 'default', name })
    if (!claim || claim.metadata.deletionTimestamp) continue
    const foreign = claim.metadata.ownerReferences?.find((r) => r.controller && r.uid !== set.metadata.uid)
    if (foreign) continue
    const refs = claimOwnerRefs(claim, set, pod)
    if (sameRefs(refs, claim.metadata.ownerReferences ?? [])) continue
    const metadata = { ...claim.metadata, ownerReferences: refs }
    if (refs.length === 0) delete (metadata as Partial<typeof metadata>).ownerReferences
    ctx.store.update({ ...claim, metadata })
  }
}

function sameRefs(a: readonly OwnerReference[], b: readonly OwnerReference[]): boolean {
  return a.length === b.length && a.every((r) => b.some((s) => s.uid === r.uid && s.kind === r.kind && Boolean(s.controller) === Boolean(r.controller)))
}
