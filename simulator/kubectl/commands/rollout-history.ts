// `kubectl rollout history` for a StatefulSet: the revision table, or one revision's template.
// mirrors kubernetes/kubectl pkg/polymorphichelpers/history.go (StatefulSetHistoryViewer.ViewHistory, printHistory).

import type { KubeObject } from '../../objects/meta'
import type { KubectlContext } from '../context'
import { describePodTemplate } from '../describe'
import { TabWriter } from '../printers/tabwriter'
import { qualifiedName } from '../targets'
import { ownedRevisions, withoutPatchDirective } from './rollout'

export type HistoryText = { ok: true; out: string } | { ok: false; error: string }

export function rolloutHistory(ctx: KubectlContext, set: KubeObject, revision: number): HistoryText {
  const revisions = ownedRevisions(ctx, set)
  if (revisions.length === 0) return { ok: true, out: 'No rollout history found.\n' }
  if (revision > 0) {
    const found = revisions.find((r) => r.revision === revision)
    if (!found) return { ok: false, error: 'unable to find the specified revision' }
    const template = withoutPatchDirective(found.data.spec.template)
    return { ok: true, out: `${qualifiedName(set)} with revision #${revision}\n${describePodTemplate(template)}` }
  }
  let out = `${qualifiedName(set)} \n`
  const w = new TabWriter((text) => (out += text), 0, 8, 2, ' ', 0)
  w.write('REVISION\tCHANGE-CAUSE\n')
  for (const r of revisions) w.write(`${r.revision}\t${r.metadata.annotations?.['kubernetes.io/change-cause'] || '<none>'}\n`)
  w.flush()
  return { ok: true, out: out + '\n' }
}
