// kubectl describe persistentvolumeclaim and persistentvolume.
// mirrors kubernetes/kubectl pkg/describe/describe.go (describePersistentVolumeClaim,
// printPersistentVolumeClaim, getPodsForPVC, PersistentVolumeDescriber, describeNodeAffinity).

import type { KubeObject } from '../../objects/meta'
import { translateTimestampSince } from '../printers/duration'
import { accessModesString } from '../tables/storage'
import type { DescribeContext } from './index'
import { describeEvents, PrefixWriter } from './writer'

export function describePersistentVolumeClaim(pvc: KubeObject, ctx: DescribeContext): string {
  const w = new PrefixWriter()
  const bound = Boolean(pvc.spec?.volumeName)
  w.write(0, 'Name:\t%s\n', pvc.metadata.name)
  w.write(0, 'Namespace:\t%s\n', pvc.metadata.namespace ?? '')
  w.write(0, 'StorageClass:\t%s\n', pvc.spec?.storageClassName ?? '')
  if (pvc.metadata.deletionTimestamp) w.write(0, 'Status:\tTerminating (lasts %s)\n', translateTimestampSince(pvc.metadata.deletionTimestamp, ctx.nowMs))
  else w.write(0, 'Status:\t%s\n', pvc.status?.phase ?? '')
  w.write(0, 'Volume:\t%s\n', pvc.spec?.volumeName ?? '')
  w.labels('Labels', pvc.metadata.labels)
  w.annotations('Annotations', pvc.metadata.annotations)
  w.write(0, 'Finalizers:\t[%s]\n', (pvc.metadata.finalizers ?? []).join(' '))
  w.write(0, 'Capacity:\t%s\n', bound ? pvc.status?.capacity?.storage ?? '' : '')
  w.write(0, 'Access Modes:\t%s\n', bound ? accessModesString(pvc.status?.accessModes) : '')
  if (pvc.spec?.volumeMode) w.write(0, 'VolumeMode:\t%s\n', pvc.spec.volumeMode)
  const users = ctx.store
    .list('Pod', { namespace: pvc.metadata.namespace })
    .filter((p) => (p.spec?.volumes ?? []).some((v: { persistentVolumeClaim?: { claimName: string } }) => v.persistentVolumeClaim?.claimName === pvc.metadata.name))
  w.pods('Used By', users)
  if (ctx.showEvents !== false) describeEvents(w, pvc, ctx)
  return w.text()
}

export function describePersistentVolume(pv: KubeObject, ctx: DescribeContext): string {
  const w = new PrefixWriter()
  const spec = pv.spec ?? {}
  w.write(0, 'Name:\t%s\n', pv.metadata.name)
  w.labels('Labels', pv.metadata.labels)
  w.annotations('Annotations', pv.metadata.annotations)
  w.write(0, 'Finalizers:\t[%s]\n', (pv.metadata.finalizers ?? []).join(' '))
  w.write(0, 'StorageClass:\t%s\n', spec.storageClassName ?? '')
  if (pv.metadata.deletionTimestamp) w.write(0, 'Status:\tTerminating (lasts %s)\n', translateTimestampSince(pv.metadata.deletionTimestamp, ctx.nowMs))
  else w.write(0, 'Status:\t%s\n', pv.status?.phase ?? '')
  w.write(0, 'Claim:\t%s\n', spec.claimRef ? `${spec.claimRef.namespace}/${spec.claimRef.name}` : '')
  w.write(0, 'Reclaim Policy:\t%s\n', spec.persistentVolumeReclaimPolicy ?? '')
  w.write(0, 'Access Modes:\t%s\n', accessModesString(spec.accessModes))
  if (spec.volumeMode) w.write(0, 'VolumeMode:\t%s\n', spec.volumeMode)
  w.write(0, 'Capacity:\t%s\n', spec.capacity?.storage ?? '')
  describeNodeAffinity(w, spec.nodeAffinity)
  w.write(0, 'Message:\t%s\n', pv.status?.message ?? '')
  w.write(0, 'Source:\n')
  if (spec.hostPath) w.write(1, 'Type:\tHostPath (bare host directory volume)\n    Path:\t%s\n    HostPathType:\t%s\n', spec.hostPath.path, spec.hostPath.type || '')
  else if (spec.local) w.write(1, 'Type:\tLocalVolume (a persistent volume backed by local storage on a node)\n    Path:\t%s\n', spec.local.path)
  else if (spec.nfs) w.write(1, 'Type:\tNFS (an NFS mount that lasts the lifetime of a pod)\n    Server:\t%s\n    Path:\t%s\n    ReadOnly:\t%s\n', spec.nfs.server, spec.nfs.path, Boolean(spec.nfs.readOnly))
  else if (spec.csi) w.write(1, 'Type:\tCSI (a Container Storage Interface (CSI) volume source)\n    Driver:\t%s\n    VolumeHandle:\t%s\n', spec.csi.driver, spec.csi.volumeHandle)
  if (ctx.showEvents !== false) describeEvents(w, pv, ctx)
  return w.text()
}

/* eslint-disable @typescript-eslint/no-explicit-any -- wire-shape node affinity */
function describeNodeAffinity(w: PrefixWriter, affinity: any): void {
  const terms: any[] | undefined = affinity?.required?.nodeSelectorTerms
  if (!terms) return w.write(0, 'Node Affinity:\t<none>\n')
  w.write(0, 'Node Affinity:\n')
  w.write(1, 'Required Terms:\n')
  for (const term of terms) {
    const exprs: string[] = (term.matchExpressions ?? []).map((e: any) => `${e.key} ${e.operator} [${(e.values ?? []).join(' ')}]`)
    w.write(2, 'Term %d:\t%s\n', terms.indexOf(term), exprs.join('\n'))
  }
}
