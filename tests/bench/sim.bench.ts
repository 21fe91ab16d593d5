// Whole-cluster figures from the engine issue: a StatefulSet with a claim template scaled from
// zero until every pod is Running and Ready with a Bound claim, virtual time skipped.
import { defaultControllers } from '@/simulator/controllers'
import { createClusterRuntime } from '@/simulator/engine/cluster-runtime'
import { DEFAULT_NODES, defaultClusterObjects, type NodeSpec } from '@/simulator/engine/default-cluster'
import { webStatefulSet } from '../fixtures/web-statefulset'
import { medianMs, retainedHeapMb, round, type Figure } from './measure'

/** Enough kind workers for `pods` pods at the kubelet's default 110 pods per node. */
function nodesFor(pods: number): NodeSpec[] {
  const workers = Math.max(2, Math.ceil(pods / 100))
  const extra = Array.from({ length: workers - 2 }, (_, i) => ({ name: `kind-worker${i + 3}`, internalIP: `172.18.${1 + ((i + 5) >> 8)}.${(i + 5) & 255}`, podCIDR: `10.${245 + ((i + 3) >> 8)}.${(i + 3) & 255}.0/24` }))
  return [...DEFAULT_NODES, ...extra]
}

/** Scales to `replicas` and skips time until the set reports every pod ready; throws if it never does. */
function scale(replicas: number, policy: 'Parallel' | 'OrderedReady') {
  const rt = createClusterRuntime({ seed: 1, objects: [...defaultClusterObjects(nodesFor(replicas)), webStatefulSet({ replicas, podManagementPolicy: policy })], controllers: defaultControllers() })
  for (let i = 0; i < 10_000; i++) {
    const set = rt.store.get({ kind: 'StatefulSet', namespace: 'default', name: 'web' })
    if (set?.status?.readyReplicas === replicas) {
      const bound = rt.store.list('PersistentVolumeClaim', { namespace: 'default' }).filter((c) => c.status?.phase === 'Bound').length
      if (bound !== replicas) throw new Error(`only ${bound} of ${replicas} claims are Bound`)
      return rt
    }
    rt.advance(1000)
  }
  throw new Error(`web never reached ${replicas} ready replicas`)
}

export function simBenchmarks(): Figure[] {
  return [
    { name: 'sim.scale_parallel_1000', value: round(medianMs(() => scale(1000, 'Parallel'), 3, 1), 1), unit: 'ms' },
    { name: 'sim.scale_ordered_100', value: round(medianMs(() => scale(100, 'OrderedReady'), 5, 1), 1), unit: 'ms' },
    { name: 'sim.heap_10000_pods', value: round(retainedHeapMb(() => scale(10_000, 'Parallel')), 1), unit: 'MB' },
  ]
}
