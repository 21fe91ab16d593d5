// The volume binding plugin's view of a pod's claims: which are missing, which are bound (and
// to volumes pinned to which nodes), which wait for the pod to be scheduled (WaitForFirstConsumer).
// Mirrors kubernetes/kubernetes pkg/scheduler/framework/plugins/volumebinding (PreFilter, Filter).
import type { Store } from '../../engine/store'
import type { KubeObject } from '../../objects/meta'
import type { FilterFailure } from './filters'

export const SELECTED_NODE_ANNOTATION = 'volume.kubernetes.io/selected-node'

export interface PodClaims {
  /** A reason that fails the pod on every node (missing claim, unbound Immediate claim). */
  preFilter?: string
  bound: { claim: KubeObject; volume: KubeObject | undefined }[]
  /** Unbound claims whose class binds only once a consumer is scheduled. */
  delayed: KubeObject[]
}

const NO_VOLUMES: never[] = []
const claimNamesOf = new WeakMap<object, string[]>()

/** The claims a pod's volumes name; remembered per (immutable) volume list, asked on every pass. */
function claimNames(pod: KubeObject): string[] {
  const volumes: { persistentVolumeClaim?: { claimName?: string } }[] = pod.spec?.volumes ?? NO_VOLUMES
  let names = claimNamesOf.get(volumes)
  if (!names) {
    names = volumes.flatMap((v) => (v.persistentVolumeClaim?.claimName ? [v.persistentVolumeClaim.claimName] : []))
    claimNamesOf.set(volumes, names)
  }
  return names
}

export function podClaims(store: Store, pod: KubeObject): PodClaims {
  const result: PodClaims = { bound: [], delayed: [] }
  const namespace = pod.metadata.namespace ?? 'default'
  for (const name of claimNames(pod)) {
    const claim = store.get({ kind: 'PersistentVolumeClaim', namespace, name })
    if (!claim) return { ...result, preFilter: `persistentvolumeclaim "${name}" not found` }
    if (claim.metadata.deletionTimestamp) return { ...result, preFilter: `persistentvolumeclaim "${name}" is being deleted` }
    if (claim.spec?.volumeName && claim.status?.phase === 'Bound') {
      result.bound.push({ claim, volume: store.get({ kind: 'PersistentVolume', namespace: '', name: claim.spec.volumeName }) })
      continue
    }
    const className: string | undefined = claim.spec?.storageClassName
    const storageClass = className ? store.get({ kind: 'StorageClass', namespace: '', name: className }) : undefined
    if (storageClass?.volumeBindingMode === 'WaitForFirstConsumer') result.delayed.push(claim)
    else result.preFilter = 'pod has unbound immediate PersistentVolumeClaims'
  }
  return result
}

function nodeMatchesVolume(volume: KubeObject, node: KubeObject): boolean {
  const terms: { matchExpressions?: { key: string; operator: string; values?: string[] }[] }[] | undefined =
    volume.spec?.nodeAffinity?.required?.nodeSelectorTerms
  if (!terms) return true
  const labels: Record<string, string> = node.metadata.labels ?? {}
  return terms.some((term) =>
    (term.matchExpressions ?? []).every((r) => (r.operator === 'In' ? (r.values ?? []).includes(labels[r.key]) : r.operator !== 'In')),
  )
}

/** Filter: bound volumes pinned to other nodes, and claims already promised to another node. */
export function volumeFilter(claims: PodClaims, node: KubeObject): FilterFailure[] {
  const conflict = claims.bound.some(({ volume }) => volume && !nodeMatchesVolume(volume, node))
  if (conflict) return [{ reason: 'node(s) had volume node affinity conflict', unresolvable: true }]
  const selected = claims.delayed.map((c) => c.metadata.annotations?.[SELECTED_NODE_ANNOTATION]).find((n) => n)
  if (selected && selected !== node.metadata.name) return [{ reason: "node(s) didn't match the requested node name", unresolvable: true }]
  return []
}
