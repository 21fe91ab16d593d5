// An external dynamic provisioner, as kind's rancher.io/local-path-provisioner behaves: it takes
// claims the PV controller annotated for it, and for the node the scheduler selected creates a
// hostPath volume pinned to that node, named pvc-<claim uid>. Mirrors sigs.k8s.io/sig-storage-lib-external-provisioner
// (controller.go provisionClaimOperation) and rancher/local-path-provisioner (provisioner.go).
import type { Controller, ControllerContext } from '../../engine/controller'
import { createWorkQueue } from '../../engine/work-queue'
import type { KubeObject } from '../../objects/meta'
import { ANN_STORAGE_PROVISIONER } from './pv-controller'

const SELECTED_NODE = 'volume.kubernetes.io/selected-node'
export const LOCAL_PATH_PROVISIONER = 'rancher.io/local-path'
/** Virtual ms the helper pod takes to create the directory on the node. */
const PROVISION_MS: [number, number] = [800, 2500]

/** The provisioner for `name`; its events come from a component named like the real one. */
export function externalProvisioner(name: string = LOCAL_PATH_PROVISIONER): Controller {
  return {
    name: `${name} provisioner`,
    start(ctx) {
      const identity = `${name}_local-path-provisioner-7577fdbbfb-${ctx.random.string(5)}_${ctx.random.uuid()}`
      const inFlight = new Set<string>()
      const work = createWorkQueue({ queue: ctx.queue, name: `${name} provisioner`, delayMs: 10, sync: (uid) => provision(ctx, uid, identity, inFlight) })
      return ctx.store.watch((e) => {
        const claim = e.added ?? e.updated?.[1]
        if (claim && wantsVolume(claim, name)) work.add(claim.metadata.uid)
      }, { kind: 'PersistentVolumeClaim' })
    },
  }
}

function wantsVolume(claim: KubeObject, provisioner: string): boolean {
  return claim.metadata.annotations?.[ANN_STORAGE_PROVISIONER] === provisioner && !claim.spec?.volumeName && !claim.metadata.deletionTimestamp
}

function provision(ctx: ControllerContext, uid: string, identity: string, inFlight: Set<string>): void {
  const claim = ctx.store.getByUid(uid)
  if (!claim || inFlight.has(uid) || ctx.store.get({ kind: 'PersistentVolume', namespace: '', name: `pvc-${uid}` })) return
  const node = claim.metadata.annotations?.[SELECTED_NODE]
  const source = { component: identity }
  const claimName = `${claim.metadata.namespace}/${claim.metadata.name}`
  ctx.events.record(claim, 'Normal', 'Provisioning', `External provisioner is provisioning volume for claim "${claimName}"`, source)
  inFlight.add(uid)
  ctx.queue.scheduleAfter(ctx.random.int(...PROVISION_MS), () => {
    inFlight.delete(uid)
    const current = ctx.store.getByUid(uid)
    if (!current || current.metadata.deletionTimestamp) return
    const storageClass = ctx.store.get({ kind: 'StorageClass', namespace: '', name: current.spec?.storageClassName ?? '' })
    // Built from the stored claim and class, already decoded: strict decoding cannot fail (validation still runs).
    const created = ctx.api.create(localPathVolume(current, node, storageClass), { trusted: true })
    if (created.ok) ctx.events.record(current, 'Normal', 'ProvisioningSucceeded', `Successfully provisioned volume pvc-${uid}`, source)
    else ctx.events.record(current, 'Warning', 'ProvisioningFailed', `failed to provision volume with StorageClass "${current.spec?.storageClassName}": ${created.error.message}`, source)
  }, `provision pvc-${uid}`)
}

function localPathVolume(claim: KubeObject, node: string | undefined, storageClass: KubeObject | undefined): object {
  const name = `pvc-${claim.metadata.uid}`
  return {
    apiVersion: 'v1',
    kind: 'PersistentVolume',
    metadata: {
      name,
      annotations: { ...(node ? { 'local.path.provisioner/selected-node': node } : {}), 'pv.kubernetes.io/provisioned-by': LOCAL_PATH_PROVISIONER },
    },
    spec: {
      accessModes: claim.spec?.accessModes,
      capacity: { storage: claim.spec?.resources?.requests?.storage },
      claimRef: { apiVersion: 'v1', kind: 'PersistentVolumeClaim', name: claim.metadata.name, namespace: claim.metadata.namespace, resourceVersion: claim.metadata.resourceVersion, uid: claim.metadata.uid },
      hostPath: { path: `/var/local-path-provisioner/${name}_${claim.metadata.namespace}_${claim.metadata.name}`, type: 'DirectoryOrCreate' },
      ...(node ? { nodeAffinity: { required: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'In', values: [node] }] }] } } } : {}),
      persistentVolumeReclaimPolicy: storageClass?.reclaimPolicy ?? 'Delete',
      storageClassName: claim.spec?.storageClassName,
      volumeMode: claim.spec?.volumeMode ?? 'Filesystem',
    },
  }
}
