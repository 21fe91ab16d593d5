// Which PersistentVolume a claim may bind to. Pure.
// Mirrors kubernetes/component-helpers storage/volume/pv_helpers.go (FindMatchingVolume,
// CheckVolumeModeMismatches, CheckAccessModes) and pkg/controller/volume/persistentvolume
// (checkVolumeSatisfyClaim).
import { compareQuantities, parseQuantity, type Quantity } from '../../engine/admission/quantity'
import { labelSelectorAsSelector } from '../../engine/labels'
import type { KubeObject } from '../../objects/meta'

export const claimClass = (claim: KubeObject): string => claim.spec?.storageClassName ?? ''
export const volumeClass = (volume: KubeObject): string => volume.spec?.storageClassName ?? ''

function quantity(text: unknown): Quantity | undefined {
  const parsed = typeof text === 'string' ? parseQuantity(text) : undefined
  return parsed?.ok ? parsed.quantity : undefined
}

export const requestedStorage = (claim: KubeObject) => quantity(claim.spec?.resources?.requests?.storage)
export const volumeCapacity = (volume: KubeObject) => quantity(volume.spec?.capacity?.storage)

function accessModesContain(volume: KubeObject, claim: KubeObject): boolean {
  const offered: string[] = volume.spec?.accessModes ?? []
  return (claim.spec?.accessModes ?? []).every((mode: string) => offered.includes(mode))
}

/** Why `volume` cannot satisfy `claim`, in the VolumeMismatch wording, or undefined if it can. */
export function mismatch(volume: KubeObject, claim: KubeObject): string | undefined {
  const request = requestedStorage(claim)
  const capacity = volumeCapacity(volume)
  if (request && (!capacity || compareQuantities(capacity, request) < 0)) return 'requested PV is too small'
  if (volumeClass(volume) !== claimClass(claim)) return 'storageClassName does not match'
  if ((volume.spec?.volumeMode ?? 'Filesystem') !== (claim.spec?.volumeMode ?? 'Filesystem')) return 'incompatible volumeMode'
  if (!accessModesContain(volume, claim)) return 'incompatible accessMode'
  return undefined
}

/** The volume is pre-bound to this claim through its claimRef (by name, and by uid when set). */
export function preBoundTo(volume: KubeObject, claim: KubeObject): boolean {
  const ref = volume.spec?.claimRef
  return !!ref && ref.name === claim.metadata.name && ref.namespace === claim.metadata.namespace && (!ref.uid || ref.uid === claim.metadata.uid)
}

function selectorMatches(volume: KubeObject, claim: KubeObject): boolean {
  if (!claim.spec?.selector) return true
  const selector = labelSelectorAsSelector(claim.spec.selector)
  return selector.ok && selector.selector.matches(volume.metadata.labels ?? {})
}

/**
 * findMatchingVolume: a volume pre-bound to the claim wins; otherwise the smallest available,
 * unclaimed volume that satisfies it, passes its selector and `nodeOk` (node affinity, for
 * claims that wait for their first consumer).
 */
export function findMatchingVolume(claim: KubeObject, volumes: readonly KubeObject[], nodeOk: (v: KubeObject) => boolean): KubeObject | undefined {
  let best: KubeObject | undefined
  for (const volume of volumes) {
    if (volume.metadata.deletionTimestamp || mismatch(volume, claim) || !nodeOk(volume)) continue
    if (preBoundTo(volume, claim)) return volume
    if (volume.spec?.claimRef || (volume.status?.phase ?? 'Available') !== 'Available' || !selectorMatches(volume, claim)) continue
    if (!best || compareQuantities(volumeCapacity(volume)!, volumeCapacity(best)!) < 0) best = volume
  }
  return best
}
