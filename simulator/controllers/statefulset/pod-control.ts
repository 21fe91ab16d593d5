// Creating and deleting a StatefulSet's pods and claims through the API server, with the
// controller's events. Mirrors kubernetes/kubernetes pkg/controller/statefulset/stateful_pod_control.go
// (CreateStatefulPod, DeleteStatefulPod, createPersistentVolumeClaims, recordPodEvent, recordClaimEvent)
// and newStatefulSetPod / newVersionedStatefulSetPod in stateful_set_utils.go.
import type { ControllerContext } from '../../engine/controller'
import type { KubeObject } from '../../objects/meta'
import { keyOf } from '../../objects/meta'
import { getPersistentVolumeClaimName, getPodName, POD_INDEX_LABEL, POD_NAME_LABEL, REVISION_LABEL } from './names'

const SOURCE = { component: 'statefulset-controller' }

const controllerRef = (set: KubeObject) => ({
  apiVersion: 'apps/v1',
  kind: 'StatefulSet',
  name: set.metadata.name,
  uid: set.metadata.uid,
  controller: true,
  blockOwnerDeletion: true,
})

/** The claims the pod at `ordinal` mounts, one per volumeClaimTemplate. */
export function claimsFor(set: KubeObject, ordinal: number): KubeObject[] {
  const selectorLabels = set.spec.selector?.matchLabels ?? {}
  const deleteWithSet = set.spec.persistentVolumeClaimRetentionPolicy?.whenDeleted === 'Delete'
  return (set.spec.volumeClaimTemplates ?? []).map((template: KubeObject) => ({
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: {
      name: getPersistentVolumeClaimName(set, template.metadata.name, ordinal),
      namespace: set.metadata.namespace,
      labels: { ...template.metadata.labels, ...selectorLabels },
      ...(template.metadata.annotations ? { annotations: template.metadata.annotations } : {}),
      ...(deleteWithSet ? { ownerReferences: [controllerRef(set)] } : {}),
    },
    spec: template.spec,
  })) as KubeObject[]
}

/** newStatefulSetPod at `revision` from `template`: identity labels, hostname, claim volumes. */
export function newStatefulSetPod(set: KubeObject, template: Record<string, any>, revision: string, ordinal: number): Record<string, unknown> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const name = getPodName(set, ordinal)
  const claimVolumes = (set.spec.volumeClaimTemplates ?? []).map((t: KubeObject) => ({
    name: t.metadata.name,
    persistentVolumeClaim: { claimName: getPersistentVolumeClaimName(set, t.metadata.name, ordinal) },
  }))
  const claimNames = new Set(claimVolumes.map((v: { name: string }) => v.name))
  const volumes = [...(template.spec?.volumes ?? []).filter((v: { name: string }) => !claimNames.has(v.name)), ...claimVolumes]
  const labels = { ...template.metadata?.labels, [REVISION_LABEL]: revision, [POD_NAME_LABEL]: name, [POD_INDEX_LABEL]: String(ordinal) }
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      namespace: set.metadata.namespace,
      labels,
      ...(template.metadata?.annotations ? { annotations: template.metadata.annotations } : {}),
      ownerReferences: [controllerRef(set)],
    },
    spec: { ...template.spec, ...(volumes.length ? { volumes } : {}), hostname: name, subdomain: set.spec.serviceName },
  }
}

/**
 * CreateStatefulPod: creates the pod's missing claims, then the pod. Returns false (with a
 * FailedCreate event) if anything was refused; claims already created stay.
 */
export function createStatefulPod(ctx: ControllerContext, set: KubeObject, pod: Record<string, any>, ordinal: number): boolean { // eslint-disable-line @typescript-eslint/no-explicit-any
  const setName = set.metadata.name
  const podName: string = pod.metadata.name
  for (const claim of claimsFor(set, ordinal)) {
    const existing = ctx.store.get(keyOf(claim))
    const claimName = claim.metadata.name
    if (existing?.metadata.deletionTimestamp) {
      ctx.events.record(set, 'Warning', 'FailedCreate', `create Pod ${podName} in StatefulSet ${setName} failed error: pvc ${claimName} is being deleted`, SOURCE)
      return false
    }
    if (existing) continue
    const created = ctx.api.create(claim, { trusted: true })
    if (!created.ok) {
      ctx.events.record(set, 'Warning', 'FailedCreate', `create Claim ${claimName} for Pod ${podName} in StatefulSet ${setName} failed error: ${created.error.message}`, SOURCE)
      return false
    }
    ctx.events.record(set, 'Normal', 'SuccessfulCreate', `create Claim ${claimName} Pod ${podName} in StatefulSet ${setName} success`, SOURCE)
  }
  const created = ctx.api.create(pod, { trusted: true })
  if (!created.ok) {
    ctx.events.record(set, 'Warning', 'FailedCreate', `create Pod ${podName} in StatefulSet ${setName} failed error: ${created.error.message}`, SOURCE)
    return false
  }
  ctx.events.record(set, 'Normal', 'SuccessfulCreate', `create Pod ${podName} in StatefulSet ${setName} successful`, SOURCE)
  return true
}

/** DeleteStatefulPod, with its SuccessfulDelete or FailedDelete event. */
export function deleteStatefulPod(ctx: ControllerContext, set: KubeObject, pod: KubeObject): void {
  const deleted = ctx.api.delete(keyOf(pod))
  const message = `delete Pod ${pod.metadata.name} in StatefulSet ${set.metadata.name}`
  if (deleted.ok) ctx.events.record(set, 'Normal', 'SuccessfulDelete', `${message} successful`, SOURCE)
  else ctx.events.record(set, 'Warning', 'FailedDelete', `${message} failed error: ${deleted.error.message}`, SOURCE)
}

export function recordRecreate(ctx: ControllerContext, set: KubeObject, pod: KubeObject): void {
  const who = `StatefulSet ${set.metadata.namespace}/${set.metadata.name}`
  if (pod.status?.phase === 'Failed') ctx.events.record(set, 'Warning', 'RecreatingFailedPod', `${who} is recreating failed Pod ${pod.metadata.name}`, SOURCE)
  else ctx.events.record(set, 'Normal', 'RecreatingTerminatedPod', `${who} is recreating terminated Pod ${pod.metadata.name}`, SOURCE)
}
