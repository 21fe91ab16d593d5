'use client'

import { memo, useCallback, useState } from 'react'
import type { Cluster } from '@/simulator/index'
import { ObjectDetails, type Selected } from './object-details'
import { useClusterModel, type ClusterModel, type PodModel } from './use-cluster-model'

/** The tone of a pod's STATUS column, for colour (always paired with the text itself). */
function podTone(pod: PodModel): string {
  if (pod.terminating) return 'terminating'
  if (/Err|BackOff|Error|Failed|OOMKilled|Unknown|Evicted/.test(pod.status)) return 'bad'
  if (pod.status === 'Running') return pod.ready.startsWith('0/') ? 'starting' : 'ok'
  if (pod.status === 'Completed' || pod.status === 'Succeeded') return 'done'
  return 'starting'
}

const byOrdinal = (a: PodModel, b: PodModel) => {
  const [, baseA, nA] = /^(.*?)-?(\d*)$/.exec(a.name) ?? []
  const [, baseB, nB] = /^(.*?)-?(\d*)$/.exec(b.name) ?? []
  return baseA.localeCompare(baseB) || Number(nA || 0) - Number(nB || 0)
}

/**
 * The animated picture of the cluster: nodes with their pods (by ordinal, with status,
 * readiness, restarts and revision), StatefulSets and Services, claims bound to volumes, and
 * the latest events. Clicking an object opens its describe and YAML.
 */
export function ClusterView({ cluster }: { cluster: Cluster }) {
  const model = useClusterModel(cluster)
  const [selected, setSelected] = useState<Selected | null>(null)
  const open = useCallback((kind: string, name: string, namespace?: string) => setSelected({ kind, name, namespace }), [])
  return (
    <div className="cluster-view">
      <div className="cluster-columns">
        <section aria-label="Nodes and pods" className="cv-section">
          <h3>Nodes</h3>
          <div className="nodes">
            {model.nodes.map((node) => (
              <NodeColumn key={node.name} node={node} pods={model.pods.filter((p) => p.node === node.name).sort(byOrdinal)} open={open} />
            ))}
            <Unscheduled pods={model.pods.filter((p) => !p.node).sort(byOrdinal)} open={open} />
          </div>
        </section>
        <section aria-label="Workloads" className="cv-section">
          <h3>StatefulSets and Services</h3>
          <Workloads model={model} open={open} />
          <h3>Storage</h3>
          <Storage model={model} open={open} />
        </section>
      </div>
      <section aria-label="Recent events" className="cv-section">
        <h3>Events</h3>
        <Timeline model={model} />
      </section>
      {selected && <ObjectDetails cluster={cluster} selected={selected} version={model.version} onClose={() => setSelected(null)} />}
    </div>
  )
}

type Open = (kind: string, name: string, namespace?: string) => void

const samePod = (a: PodModel, b: PodModel) =>
  a.name === b.name && a.namespace === b.namespace && a.status === b.status && a.ready === b.ready && a.restarts === b.restarts && a.terminating === b.terminating && a.revision === b.revision

/** Re-rendered only when its node or one of its pods changed: 100 pods changing phase stays cheap per frame. */
const NodeColumn = memo(NodeColumnView, (a, b) => {
  const sameNode = a.node.name === b.node.name && a.node.ready === b.node.ready && a.node.unschedulable === b.node.unschedulable
  return sameNode && a.open === b.open && a.pods.length === b.pods.length && a.pods.every((p, i) => samePod(p, b.pods[i]))
})

function NodeColumnView({ node, pods, open }: { node: ClusterModel['nodes'][number]; pods: PodModel[]; open: Open }) {
  return (
    <div className={`node ${node.ready ? '' : 'node-down'}`} data-testid={`node-${node.name}`}>
      <button type="button" className="node-name" onClick={() => open('Node', node.name)}>
        {node.name}
      </button>
      <div className="node-meta">
        {node.ready ? 'Ready' : 'NotReady'}
        {node.controlPlane && ' · control plane'}
        {node.unschedulable && ' · cordoned'}
      </div>
      <ul className="pods" aria-label={`Pods on ${node.name}`}>
        {pods.map((pod) => (
          <PodChip key={`${pod.namespace}/${pod.name}`} pod={pod} open={open} />
        ))}
      </ul>
    </div>
  )
}

function Unscheduled({ pods, open }: { pods: PodModel[]; open: Open }) {
  if (pods.length === 0) return null
  return (
    <div className="node node-pending">
      <span className="node-name">Not scheduled</span>
      <ul className="pods" aria-label="Pods not scheduled">
        {pods.map((pod) => (
          <PodChip key={`${pod.namespace}/${pod.name}`} pod={pod} open={open} />
        ))}
      </ul>
    </div>
  )
}

const PodChip = memo(PodChipView, (a, b) => a.open === b.open && samePod(a.pod, b.pod))

function PodChipView({ pod, open }: { pod: PodModel; open: Open }) {
  const restarts = pod.restarts.split(' ')[0]
  return (
    <li className={`pod tone-${podTone(pod)}`} data-testid={`pod-${pod.name}`}>
      <button type="button" onClick={() => open('Pod', pod.name, pod.namespace)}>
        <span className="pod-name">{pod.name}</span>
        <span className="pod-status">
          {pod.terminating ? 'Terminating' : pod.status} · {pod.ready}
          {restarts !== '0' && ` · ↻${restarts}`}
        </span>
        {pod.revision && <span className="pod-revision">rev {pod.revision.slice(-5)}</span>}
      </button>
    </li>
  )
}

function Workloads({ model, open }: { model: ClusterModel; open: Open }) {
  if (model.statefulSets.length + model.services.length === 0) return <p className="cv-empty">None yet.</p>
  return (
    <ul className="objects">
      {model.statefulSets.map((s) => (
        <li key={`sts/${s.namespace}/${s.name}`}>
          <button type="button" onClick={() => open('StatefulSet', s.name, s.namespace)}>
            <span className="kind">sts</span> {s.name}{' '}
            <span className={s.ready === s.replicas ? 'tone-ok-text' : 'tone-wait-text'}>
              {s.ready}/{s.replicas} ready
            </span>
            {s.policy === 'Parallel' && <span className="badge">Parallel</span>}
            {s.update && s.current !== s.update && <span className="badge">rolling to {s.update.slice(-5)}</span>}
          </button>
          {s.why && <p className="why">Why: {s.why}</p>}
        </li>
      ))}
      {model.services.map((s) => (
        <li key={`svc/${s.namespace}/${s.name}`}>
          <button type="button" onClick={() => open('Service', s.name, s.namespace)}>
            <span className="kind">svc</span> {s.name} {s.headless && <span className="badge">headless</span>}
          </button>
        </li>
      ))}
    </ul>
  )
}

function Storage({ model, open }: { model: ClusterModel; open: Open }) {
  const claimed = new Set(model.claims.map((c) => c.volume))
  const loose = model.volumes.filter((v) => !claimed.has(v.name))
  if (model.claims.length + loose.length === 0) return <p className="cv-empty">No claims or volumes.</p>
  const users = (claim: string, namespace: string) => model.pods.filter((p) => p.namespace === namespace && p.claims.includes(claim)).map((p) => p.name)
  return (
    <ul className="objects storage">
      {model.claims.map((c) => {
        const volume = model.volumes.find((v) => v.name === c.volume)
        const pods = users(c.name, c.namespace)
        return (
          <li key={`pvc/${c.namespace}/${c.name}`} className="chain">
            {pods.length > 0 && <span className="chain-pods">{pods.join(', ')} →</span>}
            <button type="button" className={`claim phase-${c.phase.toLowerCase()}`} onClick={() => open('PersistentVolumeClaim', c.name, c.namespace)}>
              <span className="kind">pvc</span> {c.name} <span className="phase">{c.terminating ? 'Terminating' : c.phase}</span>
            </button>
            {volume && (
              <>
                <span aria-hidden="true">→</span>
                <button type="button" className={`volume phase-${volume.phase.toLowerCase()}`} onClick={() => open('PersistentVolume', volume.name)}>
                  <span className="kind">pv</span> {volume.name.length > 16 ? `${volume.name.slice(0, 12)}…` : volume.name} <span className="phase">{volume.phase}</span>
                </button>
              </>
            )}
          </li>
        )
      })}
      {loose.map((v) => (
        <li key={`pv/${v.name}`} className="chain">
          <button type="button" className={`volume phase-${v.phase.toLowerCase()}`} onClick={() => open('PersistentVolume', v.name)}>
            <span className="kind">pv</span> {v.name} <span className="phase">{v.phase}</span> {v.reclaim && <span className="badge">{v.reclaim}</span>}
          </button>
        </li>
      ))}
    </ul>
  )
}

function Timeline({ model }: { model: ClusterModel }) {
  if (model.events.length === 0) return <p className="cv-empty">No events yet.</p>
  return (
    <ol className="timeline">
      {model.events.map((e) => (
        <li key={e.key} className={e.type === 'Warning' ? 'event-warning' : undefined}>
          <span className="event-reason">{e.reason}</span> <span className="event-object">{e.object}</span>
          {e.count > 1 && <span className="badge">×{e.count}</span>} <span className="event-message">{e.message}</span>
        </li>
      ))}
    </ol>
  )
}
