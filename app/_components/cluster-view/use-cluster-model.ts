'use client'

import { useEffect, useState } from 'react'
import { explainStatefulSet, podColumns, type Cluster, type KubeObject } from '@/simulator/index'

export interface PodModel {
  name: string
  namespace: string
  node?: string
  status: string
  ready: string
  restarts: string
  terminating: boolean
  /** controller-revision-hash label: which revision of its StatefulSet the pod runs. */
  revision?: string
  claims: string[]
}

export interface ClusterModel {
  version: string
  nodes: { name: string; ready: boolean; controlPlane: boolean; unschedulable: boolean }[]
  pods: PodModel[]
  statefulSets: { name: string; namespace: string; replicas: number; ready: number; current?: string; update?: string; policy: string; why: string | null }[]
  services: { name: string; namespace: string; headless: boolean }[]
  claims: { name: string; namespace: string; phase: string; volume?: string; capacity?: string; storageClass?: string; terminating: boolean }[]
  volumes: { name: string; phase: string; claim?: string; reclaim?: string; capacity?: string }[]
  events: { key: string; type: string; reason: string; object: string; message: string; count: number }[]
}

/* eslint-disable @typescript-eslint/no-explicit-any */
const spec = (o: KubeObject) => (o as any).spec ?? {}
const status = (o: KubeObject) => (o as any).status ?? {}

/** What the cluster view draws, from the cluster's objects in the learner's namespaces. */
export function clusterModel(cluster: Cluster): ClusterModel {
  const nowMs = cluster.nowMs()
  const userNamespace = (o: KubeObject) => o.metadata.namespace !== 'kube-system'
  const podObjects = cluster.objects('Pod').filter(userNamespace)
  const pods = podObjects.map((pod): PodModel => {
    const columns = podColumns(pod, nowMs)
    return {
      name: pod.metadata.name,
      namespace: pod.metadata.namespace ?? 'default',
      node: spec(pod).nodeName,
      status: columns.status,
      ready: columns.ready,
      restarts: columns.restarts,
      terminating: !!pod.metadata.deletionTimestamp,
      revision: pod.metadata.labels?.['controller-revision-hash'],
      claims: (spec(pod).volumes ?? []).flatMap((v: any) => (v.persistentVolumeClaim ? [v.persistentVolumeClaim.claimName] : [])),
    }
  })
  const events = cluster
    .objects('Event')
    .filter(userNamespace)
    .map((e: any) => ({
      key: e.metadata.name,
      order: e.metadata.name.slice(e.metadata.name.lastIndexOf('.') + 1),
      last: e.lastTimestamp ?? e.series?.lastObservedTime ?? e.eventTime ?? '',
      type: e.type ?? 'Normal',
      reason: e.reason ?? '',
      object: `${String(e.involvedObject.kind).toLowerCase()}/${e.involvedObject.name}`,
      message: e.message ?? '',
      count: e.series?.count ?? e.count ?? 1,
    }))
    .sort((a, b) => b.last.localeCompare(a.last) || b.order.length - a.order.length || (b.order > a.order ? 1 : -1))
    .slice(0, 12)
    .map((e) => ({ key: e.key, type: e.type, reason: e.reason, object: e.object, message: e.message, count: e.count }))
  return {
    version: cluster.version(),
    nodes: cluster.objects('Node').map((n) => ({
      name: n.metadata.name,
      ready: (status(n).conditions ?? []).some((c: any) => c.type === 'Ready' && c.status === 'True'),
      controlPlane: n.metadata.labels?.['node-role.kubernetes.io/control-plane'] !== undefined,
      unschedulable: !!spec(n).unschedulable,
    })),
    pods,
    statefulSets: cluster.objects('StatefulSet').filter(userNamespace).map((s) => ({
      name: s.metadata.name,
      namespace: s.metadata.namespace ?? 'default',
      replicas: spec(s).replicas ?? 1,
      ready: status(s).readyReplicas ?? 0,
      current: status(s).currentRevision,
      update: status(s).updateRevision,
      policy: spec(s).podManagementPolicy ?? 'OrderedReady',
      why: explainStatefulSet(s, podObjects),
    })),
    services: cluster.objects('Service').filter(userNamespace).filter((s) => s.metadata.name !== 'kubernetes').map((s) => ({
      name: s.metadata.name,
      namespace: s.metadata.namespace ?? 'default',
      headless: spec(s).clusterIP === 'None',
    })),
    claims: cluster.objects('PersistentVolumeClaim').filter(userNamespace).map((c) => ({
      name: c.metadata.name,
      namespace: c.metadata.namespace ?? 'default',
      phase: status(c).phase ?? 'Pending',
      volume: spec(c).volumeName || undefined,
      capacity: status(c).capacity?.storage,
      storageClass: spec(c).storageClassName,
      terminating: !!c.metadata.deletionTimestamp,
    })),
    volumes: cluster.objects('PersistentVolume').map((v) => ({
      name: v.metadata.name,
      phase: status(v).phase ?? 'Pending',
      claim: spec(v).claimRef ? `${spec(v).claimRef.namespace}/${spec(v).claimRef.name}` : undefined,
      reclaim: spec(v).persistentVolumeReclaimPolicy,
      capacity: spec(v).capacity?.storage,
    })),
    events,
  }
}
/* eslint-enable @typescript-eslint/no-explicit-any */

/**
 * The cluster model, rebuilt at most once per animation frame and only when an object changed
 * (the store notifies synchronously; the view batches by frame).
 */
export function useClusterModel(cluster: Cluster): ClusterModel {
  const [model, setModel] = useState(() => clusterModel(cluster))
  useEffect(() => {
    let dirty = true
    let frame = 0
    const stop = cluster.watch(() => {
      dirty = true
    })
    const tick = () => {
      if (dirty) {
        dirty = false
        setModel(clusterModel(cluster))
      }
      frame = requestAnimationFrame(tick)
    }
    frame = requestAnimationFrame(tick)
    return () => {
      stop()
      cancelAnimationFrame(frame)
    }
  }, [cluster])
  return model
}
