// The PersistentVolume controller: binds claims to volumes, asks provisioners for new volumes,
// marks volumes Released and reclaims them, and reports what it is waiting for with upstream's
// events. Mirrors kubernetes/kubernetes pkg/controller/volume/persistentvolume/pv_controller.go
// (syncClaim, syncUnboundClaim, syncBoundClaim, syncVolume, reclaimVolume).
import type { Controller, ControllerContext } from '../../engine/controller'
import { createWorkQueue } from '../../engine/work-queue'
import type { KubeObject } from '../../objects/meta'
import { bind } from './binding'
import { claimClass, findMatchingVolume, mismatch, preBoundTo } from './matching'

const SOURCE = { component: 'persistentvolume-controller' }
const SELECTED_NODE = 'volume.kubernetes.io/selected-node'
export const ANN_STORAGE_PROVISIONER = 'volume.kubernetes.io/storage-provisioner'
const ANN_BETA_STORAGE_PROVISIONER = 'volume.beta.kubernetes.io/storage-provisioner'
const REACTION_MS = 10
/** The controller's periodic resync (--pvclaimbinder-sync-period). */
const RESYNC_MS = 15_000

export const pvController: Controller = {
  name: 'persistentvolume-controller',
  start(ctx) {
    const work = createWorkQueue({ queue: ctx.queue, name: 'persistentvolume-controller', delayMs: REACTION_MS, sync: (key) => sync(ctx, key) })
    const resync = () => {
      for (const claim of ctx.store.list('PersistentVolumeClaim')) if (claim.status?.phase !== 'Bound') work.add(claimKey(claim))
      ctx.queue.scheduleAfter(RESYNC_MS, resync, 'persistentvolume-controller resync', { background: true })
    }
    ctx.queue.scheduleAfter(RESYNC_MS, resync, 'persistentvolume-controller resync', { background: true })
    const onClaim = ctx.store.watch((e) => {
      const claim = e.added ?? e.removed ?? e.updated[1]
      work.add(claimKey(claim))
      // A claim gone releases its volume.
      if (e.removed && claim.spec?.volumeName) work.add(`volume/${claim.spec.volumeName}`)
    }, { kind: 'PersistentVolumeClaim' })
    const onVolume = ctx.store.watch((e) => {
      const volume = e.added ?? e.removed ?? e.updated[1]
      if (!e.removed) work.add(`volume/${volume.metadata.name}`)
      const ref = volume.spec?.claimRef
      if (e.removed) return
      // A volume bound or pre-bound to a claim concerns that claim. A free volume concerns no one
      // yet: pending claims find it at the next resync (up to 15 s), as upstream's syncVolume does.
      if (ref) work.add(`claim/${ref.namespace}/${ref.name}`)
    }, { kind: 'PersistentVolume' })
    return () => {
      onClaim()
      onVolume()
    }
  },
}

const claimKey = (claim: KubeObject) => `claim/${claim.metadata.namespace}/${claim.metadata.name}`

function sync(ctx: ControllerContext, key: string): void {
  const [type, a, b] = key.split('/')
  if (type === 'volume') {
    const volume = ctx.store.get({ kind: 'PersistentVolume', namespace: '', name: a })
    if (volume) syncVolume(ctx, volume)
    return
  }
  const claim = ctx.store.get({ kind: 'PersistentVolumeClaim', namespace: a, name: b })
  if (!claim || claim.metadata.deletionTimestamp) return
  if (claim.status?.phase === 'Bound') syncBoundClaim(ctx, claim)
  else syncUnboundClaim(ctx, claim)
}

function syncBoundClaim(ctx: ControllerContext, claim: KubeObject): void {
  const volume = ctx.store.get({ kind: 'PersistentVolume', namespace: '', name: claim.spec?.volumeName ?? '' })
  if (volume) return
  ctx.api.updateStatus({ ...claim, status: { ...claim.status, phase: 'Lost' } })
  ctx.events.record(claim, 'Warning', 'ClaimLost', 'Bound claim has lost its PersistentVolume. Data on the volume is lost!', SOURCE)
}

function syncUnboundClaim(ctx: ControllerContext, claim: KubeObject): void {
  if (claim.spec?.volumeName) return syncPreBoundClaim(ctx, claim)
  const storageClass = claimClass(claim) ? ctx.store.get({ kind: 'StorageClass', namespace: '', name: claimClass(claim) }) : undefined
  const delayed = storageClass?.volumeBindingMode === 'WaitForFirstConsumer'
  const node = claim.metadata.annotations?.[SELECTED_NODE]
  if (delayed && !node) {
    ctx.events.record(claim, 'Normal', 'WaitForFirstConsumer', 'waiting for first consumer to be created before binding', SOURCE)
    return
  }
  // A volume provisioned for this claim (pvc-<uid>, pre-bound by its claimRef) wins outright.
  const provisioned = ctx.store.get({ kind: 'PersistentVolume', namespace: '', name: `pvc-${claim.metadata.uid}` })
  const match = provisioned && preBoundTo(provisioned, claim) ? provisioned : findMatchingVolume(claim, ctx.store.list('PersistentVolume'), (v) => !node || volumeFitsNode(ctx, v, node))
  if (match) return void bind(ctx, match, claim)
  if (!claimClass(claim)) {
    ctx.events.record(claim, 'Normal', 'FailedBinding', 'no persistent volumes available for this claim and no storage class is set', SOURCE)
    return
  }
  if (!storageClass) {
    ctx.events.record(claim, 'Warning', 'ProvisioningFailed', `storageclass.storage.k8s.io "${claimClass(claim)}" not found`, SOURCE)
    return
  }
  askProvisioner(ctx, claim, storageClass.provisioner)
}

/** A claim naming its volume: bind if that volume is free and fits, else say why not. */
function syncPreBoundClaim(ctx: ControllerContext, claim: KubeObject): void {
  const name = claim.spec.volumeName
  const volume = ctx.store.get({ kind: 'PersistentVolume', namespace: '', name })
  if (!volume) return
  const ref = volume.spec?.claimRef
  if (ref?.uid && ref.uid !== claim.metadata.uid) {
    ctx.events.record(claim, 'Warning', 'FailedBinding', `volume "${name}" already bound to a different claim.`, SOURCE)
    return
  }
  const reason = mismatch(volume, claim)
  if (reason) ctx.events.record(claim, 'Warning', 'VolumeMismatch', `Cannot bind to requested volume "${name}": ${reason}`, SOURCE)
  else bind(ctx, volume, claim)
}

function volumeFitsNode(ctx: ControllerContext, volume: KubeObject, node: string): boolean {
  const terms: { matchExpressions?: { key: string; operator: string; values?: string[] }[] }[] | undefined =
    volume.spec?.nodeAffinity?.required?.nodeSelectorTerms
  if (!terms) return true
  const labels: Record<string, string> = ctx.store.get({ kind: 'Node', namespace: '', name: node })?.metadata.labels ?? {}
  return terms.some((t) => (t.matchExpressions ?? []).every((r) => r.operator !== 'In' || (r.values ?? []).includes(labels[r.key])))
}

/** Hands the claim to the class's external provisioner by annotating it, and says so. */
function askProvisioner(ctx: ControllerContext, claim: KubeObject, provisioner: string): void {
  if (claim.metadata.annotations?.[ANN_STORAGE_PROVISIONER] !== provisioner) {
    const annotations = { ...claim.metadata.annotations, [ANN_STORAGE_PROVISIONER]: provisioner, [ANN_BETA_STORAGE_PROVISIONER]: provisioner }
    ctx.store.update({ ...claim, metadata: { ...claim.metadata, annotations } })
  }
  const message = `Waiting for a volume to be created either by the external provisioner '${provisioner}' or manually by the system administrator. If volume creation is delayed, please verify that the provisioner is running and correctly registered.`
  ctx.events.record(claim, 'Normal', 'ExternalProvisioning', message, SOURCE)
}

/** syncVolume: Available when free, Released when its claim is gone, then reclaimed per policy. */
function syncVolume(ctx: ControllerContext, volume: KubeObject): void {
  const ref = volume.spec?.claimRef
  const phase = volume.status?.phase
  if (!ref) {
    if (phase !== 'Available') ctx.api.updateStatus({ ...volume, status: { ...volume.status, phase: 'Available' } })
    return
  }
  const claim = ctx.store.get({ kind: 'PersistentVolumeClaim', namespace: ref.namespace, name: ref.name })
  if (!ref.uid) {
    if (phase !== 'Available' && phase !== 'Bound') ctx.api.updateStatus({ ...volume, status: { ...volume.status, phase: 'Available' } })
    return
  }
  if (claim && claim.metadata.uid === ref.uid) return
  if (phase !== 'Released' && phase !== 'Failed') {
    const released = ctx.api.updateStatus({ ...volume, status: { ...volume.status, phase: 'Released' } })
    if (released.ok && volume.spec?.persistentVolumeReclaimPolicy === 'Delete') {
      ctx.api.delete({ kind: 'PersistentVolume', namespace: '', name: volume.metadata.name })
    }
  }
}
