// Engine figures: the store and admission alone, without controllers. They bound what the
// whole-cluster figures of the engine issue (sim.*) can reach.
import { admitCreate } from '@/simulator/engine/admission/admit'
import { createClock } from '@/simulator/engine/clock'
import { createRandom } from '@/simulator/engine/random'
import { createStore } from '@/simulator/engine/store'
import { webStatefulSet } from '../fixtures/web-statefulset'
import { medianMs, retainedHeapMb, round, type Figure } from './measure'

const statefulSet = webStatefulSet()

function pod(i: number) {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: `web-${i}`, namespace: 'default', labels: { app: 'nginx', 'statefulset.kubernetes.io/pod-name': `web-${i}` } },
    spec: { containers: [{ name: 'nginx', image: 'registry.k8s.io/nginx-slim:0.24' }], volumes: [{ name: 'www', persistentVolumeClaim: { claimName: `www-web-${i}` } }] },
    status: { phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }], podIP: `10.244.${i >> 8}.${i & 255}` },
  }
}

function claim(i: number) {
  return {
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: { name: `www-web-${i}`, namespace: 'default', labels: { app: 'nginx' } },
    spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } }, storageClassName: 'standard', volumeName: `pvc-${i}` },
    status: { phase: 'Bound', capacity: { storage: '1Gi' } },
  }
}

function storeWithPods(count: number) {
  const store = createStore({ clock: createClock(), random: createRandom(1) })
  for (let i = 0; i < count; i++) {
    store.create(pod(i))
    store.create(claim(i))
  }
  return store
}

export function engineBenchmarks(): Figure[] {
  return [
    { name: 'engine.admit_statefulset', value: round(medianMs(() => admitCreate(statefulSet), 200, 20), 3), unit: 'ms' },
    { name: 'engine.store_1000_pods_with_pvcs', value: round(medianMs(() => storeWithPods(1000), 10, 2)), unit: 'ms' },
    { name: 'engine.heap_10000_pods_with_pvcs', value: round(retainedHeapMb(() => storeWithPods(10_000)), 1), unit: 'MB' },
  ]
}
