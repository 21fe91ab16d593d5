// PersistentVolumeClaim, PersistentVolume and StorageClass rows.
// mirrors kubernetes/kubernetes pkg/printers/internalversion/printers.go
// (printPersistentVolumeClaim, printPersistentVolume, printStorageClass, v1.31) and
// pkg/apis/core/helper GetAccessModesAsString.

import type { KubeObject } from '../../objects/meta'
import { translateTimestampSince } from '../printers/duration'
import type { TableRow } from '../printers/table'
import { ageColumn, column, nameColumn, wide } from './columns'

const MODES: [string, string][] = [['ReadWriteOnce', 'RWO'], ['ReadOnlyMany', 'ROX'], ['ReadWriteMany', 'RWX'], ['ReadWriteOncePod', 'RWOP']]

/** `RWO,RWX`: the modes present, in this fixed order. */
export function accessModesString(modes: readonly string[] | undefined): string {
  return MODES.filter(([mode]) => modes?.includes(mode)).map(([, short]) => short).join(',')
}

export const pvcColumns = [
  nameColumn, column('Status'), column('Volume'), column('Capacity'), column('Access Modes'), column('StorageClass'),
  column('VolumeAttributesClass'), ageColumn, wide('VolumeMode'),
]

export function pvcRow(pvc: KubeObject, nowMs: number): TableRow {
  const phase = pvc.status?.phase ?? ''
  const bound = Boolean(pvc.spec?.volumeName)
  const capacity = bound ? pvc.status?.capacity?.storage ?? '' : ''
  const modes = bound ? accessModesString(pvc.status?.accessModes) : ''
  const status = pvc.metadata.deletionTimestamp ? 'Terminating' : phase
  return {
    cells: [
      pvc.metadata.name, status, pvc.spec?.volumeName ?? '', capacity, modes, pvc.spec?.storageClassName ?? '',
      pvc.spec?.volumeAttributesClassName ?? '<unset>', translateTimestampSince(pvc.metadata.creationTimestamp, nowMs),
      pvc.spec?.volumeMode ?? '<unset>',
    ],
    object: pvc,
  }
}

export const pvColumns = [
  nameColumn, column('Capacity'), column('Access Modes'), column('Reclaim Policy'), column('Status'), column('Claim'),
  column('StorageClass'), column('VolumeAttributesClass'), column('Reason'), ageColumn, wide('VolumeMode'),
]

export function pvRow(pv: KubeObject, nowMs: number): TableRow {
  const ref = pv.spec?.claimRef
  const claim = ref ? `${ref.namespace}/${ref.name}` : ''
  const status = pv.metadata.deletionTimestamp ? 'Terminating' : pv.status?.phase ?? ''
  return {
    cells: [
      pv.metadata.name, pv.spec?.capacity?.storage ?? '', accessModesString(pv.spec?.accessModes),
      pv.spec?.persistentVolumeReclaimPolicy ?? '', status, claim, pv.spec?.storageClassName ?? '',
      pv.spec?.volumeAttributesClassName ?? '<unset>', pv.status?.reason ?? '',
      translateTimestampSince(pv.metadata.creationTimestamp, nowMs), pv.spec?.volumeMode ?? '<unset>',
    ],
    object: pv,
  }
}

export const storageClassColumns = [
  nameColumn, column('Provisioner'), column('ReclaimPolicy'), column('VolumeBindingMode'), column('AllowVolumeExpansion'), ageColumn,
]

const DEFAULT_CLASS = 'storageclass.kubernetes.io/is-default-class'
const BETA_DEFAULT_CLASS = 'storageclass.beta.kubernetes.io/is-default-class'

export function storageClassRow(sc: KubeObject, nowMs: number): TableRow {
  const annotations = sc.metadata.annotations ?? {}
  const isDefault = annotations[DEFAULT_CLASS] === 'true' || annotations[BETA_DEFAULT_CLASS] === 'true'
  return {
    cells: [
      isDefault ? `${sc.metadata.name} (default)` : sc.metadata.name, sc.provisioner ?? '', sc.reclaimPolicy ?? 'Delete',
      sc.volumeBindingMode ?? 'Immediate', String(sc.allowVolumeExpansion ?? false),
      translateTimestampSince(sc.metadata.creationTimestamp, nowMs),
    ],
    object: sc,
  }
}
