// What `kubectl exec` sees on disk inside a container: the image's files and the kubelet-managed
// /etc files in a root filesystem that lives as long as the container, with each volume mounted
// at its mountPath. Volume contents outlive pods: a PersistentVolume's files are kept by volume
// name, so data written through exec survives pod re-creation on the same claim.

import type { Store } from '../../engine/store'
import type { KubeObject } from '../../objects/meta'
import { createVirtualFs, type ReadResult, type Stat, type VirtualFs, type WriteResult } from '../../shell/fs/virtual-fs'
import { CLUSTER_DOMAIN } from '../dns/resolve'

/** Per-cluster container and volume files. */
export class ContainerFiles {
  private readonly volumes = new Map<string, VirtualFs>()
  private readonly roots = new Map<string, VirtualFs>()

  constructor(private readonly store: Store) {}

  /** The filesystem of `container` (by its containerID) in `pod`, created on first use. */
  filesystem(pod: KubeObject, containerName: string, containerID: string, imageFiles: Readonly<Record<string, string>>): VirtualFs {
    const spec = pod.spec.containers.find((c: { name: string }) => c.name === containerName)
    let root = this.roots.get(containerID)
    if (!root) {
      root = createVirtualFs({ ...imageFiles, ...managedEtc(pod) }, ['/tmp', '/root', '/proc', '/dev'])
      this.roots.set(containerID, root)
    }
    const mounts = (spec?.volumeMounts ?? []).flatMap((m: { name: string; mountPath: string }) => {
      const fs = this.volumeFor(pod, m.name)
      if (!fs) return []
      root!.mkdir(m.mountPath, '/', { parents: true })
      return [{ path: m.mountPath.replace(/\/+$/, ''), fs }]
    })
    return mountedFs(root, mounts)
  }

  /** The files of volume `name` of `pod`: by PV for claims, per pod for emptyDir, else none. */
  private volumeFor(pod: KubeObject, name: string): VirtualFs | undefined {
    const volume = (pod.spec.volumes ?? []).find((v: { name: string }) => v.name === name)
    if (!volume) return undefined
    let key: string
    if (volume.persistentVolumeClaim) {
      const claim = this.store.get({ kind: 'PersistentVolumeClaim', namespace: pod.metadata.namespace ?? 'default', name: volume.persistentVolumeClaim.claimName })
      key = claim?.spec?.volumeName ? `pv/${claim.spec.volumeName}` : `pod/${pod.metadata.uid}/${name}`
    } else if (volume.emptyDir) key = `pod/${pod.metadata.uid}/${name}`
    else if (volume.hostPath) key = `host/${pod.spec.nodeName}/${volume.hostPath.path}`
    else if (volume.nfs) key = `nfs/${volume.nfs.server}/${volume.nfs.path}`
    else return undefined
    let fs = this.volumes.get(key)
    if (!fs) {
      fs = createVirtualFs({}, [])
      this.volumes.set(key, fs)
    }
    return fs
  }

  /** The files kept on PersistentVolume `pvName` (path → content), or null if none were written. */
  volumeFiles(pvName: string): Record<string, string> | null {
    return this.volumes.get(`pv/${pvName}`)?.snapshot() ?? null
  }

  /** Forgets a PersistentVolume's data (its reclaim policy deleted it). */
  deleteVolume(pvName: string): void {
    this.volumes.delete(`pv/${pvName}`)
  }
}

/** /etc/hostname, /etc/hosts and /etc/resolv.conf as the kubelet writes them. */
function managedEtc(pod: KubeObject): Record<string, string> {
  const hostname: string = pod.spec.hostname ?? pod.metadata.name
  const ip: string | undefined = pod.status?.podIP
  const fqdn = pod.spec.subdomain ? `${hostname}.${pod.spec.subdomain}.${pod.metadata.namespace}.svc.${CLUSTER_DOMAIN}` : ''
  const self = ip ? `${ip}\t${fqdn ? `${fqdn}\t` : ''}${hostname}\n` : ''
  const ns = pod.metadata.namespace ?? 'default'
  return {
    '/etc/hostname': `${hostname}\n`,
    '/etc/hosts':
      '# Kubernetes-managed hosts file.\n127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n' +
      'fe00::0\tip6-localnet\nfe00::0\tip6-mcastprefix\nfe00::1\tip6-allnodes\nfe00::2\tip6-allrouters\n' + self,
    '/etc/resolv.conf': `search ${ns}.svc.${CLUSTER_DOMAIN} svc.${CLUSTER_DOMAIN} ${CLUSTER_DOMAIN}\nnameserver 10.96.0.10\noptions ndots:5\n`,
  }
}

interface Mount {
  path: string
  fs: VirtualFs
}

/** A view of `root` in which paths under each mount path are served by that mount's files. */
function mountedFs(root: VirtualFs, mounts: readonly Mount[]): VirtualFs {
  const sorted = [...mounts].sort((a, b) => b.path.length - a.path.length)
  const route = (path: string, cwd: string): { fs: VirtualFs; path: string } => {
    const absolute = root.resolve(path, cwd)
    const mount = sorted.find((m) => absolute === m.path || absolute.startsWith(`${m.path}/`))
    return mount ? { fs: mount.fs, path: absolute.slice(mount.path.length) || '/' } : { fs: root, path: absolute }
  }
  return {
    resolve: (path, cwd) => root.resolve(path, cwd),
    readFile: (path, cwd = '/'): ReadResult => {
      const r = route(path, cwd)
      return r.fs.readFile(r.path, '/')
    },
    writeFile: (path, cwd, content, options): WriteResult => {
      const r = route(path, cwd)
      return r.fs.writeFile(r.path, '/', content, options)
    },
    mkdir: (path, cwd, options) => {
      const r = route(path, cwd)
      return r.fs.mkdir(r.path, '/', options)
    },
    remove: (path, cwd, options) => {
      const r = route(path, cwd)
      return r.fs.remove(r.path, '/', options)
    },
    list: (path, cwd = '/') => {
      const r = route(path, cwd)
      return r.fs.list(r.path, '/')
    },
    stat: (path, cwd = '/'): Stat | undefined => {
      const r = route(path, cwd)
      return r.fs.stat(r.path, '/')
    },
    exists: (path, cwd = '/') => {
      const r = route(path, cwd)
      return r.fs.exists(r.path, '/')
    },
    snapshot: () => root.snapshot(),
    restore: (files) => root.restore(files),
  }
}
