// ControllerRevisions of a StatefulSet: the pod template of each revision, named by the hash
// of its patch; an equal template reuses (and for a rollback, renumbers) an existing revision.
// Mirrors kubernetes/kubernetes pkg/controller/statefulset/stateful_set_utils.go (getPatch,
// newRevision, ApplyRevision) and stateful_set_control.go (getStatefulSetRevisions).
import type { ControllerContext } from '../../engine/controller'
import { deepEqual } from '../../engine/deep-equal'
import type { KubeObject } from '../../objects/meta'
import { hashControllerRevision } from '../history/hash'

export const HASH_LABEL = 'controller.kubernetes.io/hash'

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]))
}

/** getPatch: the revision data, `{"spec":{"template":{…,"$patch":"replace"}}}` with sorted keys. */
export function getPatch(set: KubeObject): Record<string, unknown> {
  return sortKeys({ spec: { template: { ...set.spec.template, $patch: 'replace' } } }) as Record<string, unknown>
}

export function revisionName(set: KubeObject, data: unknown, collisionCount: number): string {
  return `${set.metadata.name}-${hashControllerRevision(JSON.stringify(data), collisionCount)}`
}

/** The pod template a revision holds. */
export function revisionTemplate(revision: KubeObject): Record<string, unknown> {
  const { $patch: _patch, ...template } = revision.data.spec.template
  void _patch
  return template
}

export interface Revisions {
  current: KubeObject
  update: KubeObject
  collisionCount: number
}

/**
 * getStatefulSetRevisions: the update revision for the set's template (created, reused, or an
 * older equal one renumbered), and the current revision named in status (or the update one).
 */
export function getStatefulSetRevisions(ctx: ControllerContext, set: KubeObject, history: KubeObject[]): Revisions | undefined {
  let collisionCount: number = set.status?.collisionCount ?? 0
  const data = getPatch(set)
  const next = history.reduce((max, r) => Math.max(max, r.revision), 0) + 1
  const equal = history.filter((r) => deepEqual(r.data, data))
  let update: KubeObject | undefined
  if (equal.length > 0 && equal.at(-1) === history.at(-1)) update = equal.at(-1)
  else if (equal.length > 0) {
    const bumped = ctx.store.update({ ...equal.at(-1)!, revision: next })
    update = bumped.ok ? bumped.object : undefined
  } else {
    for (let attempt = 0; attempt < 5 && !update; attempt++) {
      const name = revisionName(set, data, collisionCount)
      const clash = ctx.store.get({ kind: 'ControllerRevision', namespace: set.metadata.namespace ?? 'default', name })
      if (clash && !deepEqual(clash.data, data)) {
        collisionCount++
        continue
      }
      update = clash ?? createRevision(ctx, set, name, data, next)
    }
  }
  if (!update) return undefined
  const current = history.find((r) => r.metadata.name === set.status?.currentRevision) ?? update
  return { current, update, collisionCount }
}

function createRevision(ctx: ControllerContext, set: KubeObject, name: string, data: unknown, revision: number): KubeObject | undefined {
  const hash = name.slice(set.metadata.name.length + 1)
  const created = ctx.api.create({
    apiVersion: 'apps/v1',
    kind: 'ControllerRevision',
    metadata: {
      name,
      namespace: set.metadata.namespace,
      labels: { ...set.spec.template?.metadata?.labels, [HASH_LABEL]: hash },
      ...(set.metadata.annotations ? { annotations: set.metadata.annotations } : {}),
      ownerReferences: [{ apiVersion: 'apps/v1', kind: 'StatefulSet', name: set.metadata.name, uid: set.metadata.uid, controller: true, blockOwnerDeletion: true }],
    },
    data,
    revision,
  })
  return created.ok ? created.object : undefined
}

/** Deletes the oldest revisions no pod uses and that are neither current nor update, past revisionHistoryLimit. */
export function truncateHistory(ctx: ControllerContext, set: KubeObject, history: KubeObject[], pods: KubeObject[], live: string[]): void {
  const used = new Set([...live, ...pods.map((p) => p.metadata.labels?.['controller-revision-hash'])])
  const stale = history.filter((r) => !used.has(r.metadata.name))
  const limit: number = set.spec?.revisionHistoryLimit ?? 10
  for (const revision of stale.slice(0, Math.max(0, stale.length - limit))) {
    ctx.api.delete({ kind: 'ControllerRevision', namespace: revision.metadata.namespace ?? 'default', name: revision.metadata.name })
  }
}
