// Volume mounts the kubelet cannot set up on a kind node. kind's node image has no NFS client
// (no /sbin/mount.nfs), so every NFS volume fails to mount and the pod stays ContainerCreating,
// with a FailedMount event per retry.
// mirrors kubernetes/kubernetes pkg/volume/nfs and mount-utils mount_linux.go (the error text)

import type { Store } from '../../engine/store'
import type { KubeObject } from '../../objects/meta'

/** The FailedMount message for the first volume of `pod` that cannot be mounted, if any. */
export function failedMount(store: Store, pod: KubeObject): string | undefined {
  /* eslint-disable @typescript-eslint/no-explicit-any */
  for (const volume of (pod as any).spec?.volumes ?? []) {
    let name: string = volume.name
    let nfs: { server: string; path: string } | undefined = volume.nfs
    if (volume.persistentVolumeClaim) {
      const claim: any = store.get({ kind: 'PersistentVolumeClaim', namespace: pod.metadata.namespace ?? 'default', name: volume.persistentVolumeClaim.claimName })
      const pv: any = claim?.spec?.volumeName ? store.get({ kind: 'PersistentVolume', namespace: '', name: claim.spec.volumeName }) : undefined
      if (pv?.spec?.nfs) [name, nfs] = [pv.metadata.name, pv.spec.nfs]
    }
    if (!nfs) continue
    const dir = `/var/lib/kubelet/pods/${pod.metadata.uid}/volumes/kubernetes.io~nfs/${name}`
    return (
      `MountVolume.SetUp failed for volume "${name}" : mount failed: exit status 32\n` +
      'Mounting command: mount\n' +
      `Mounting arguments: -t nfs ${nfs.server}:${nfs.path} ${dir}\n` +
      `Output: mount: ${dir}: bad option; for several filesystems (e.g. nfs, cifs) you might need a /sbin/mount.<type> helper program.\n`
    )
  }
  /* eslint-enable @typescript-eslint/no-explicit-any */
  return undefined
}

/** nestedpendingoperations' exponential back-off: 500 ms doubling up to 2m2s. */
export function nextMountBackOff(previousMs: number): number {
  return previousMs === 0 ? 500 : Math.min(previousMs * 2, 122_000)
}
