// The FailedScheduling message: which share of the nodes failed for which reason, then what
// preemption concluded. Mirrors kubernetes/kubernetes pkg/scheduler/framework/types.go
// (FitError.Error, sortReasonsHistogram) and the default preemption PostFilter's message.
import type { FilterFailure } from './filters'

function histogram(reasons: readonly string[]): string {
  const counts = new Map<string, number>()
  for (const reason of reasons) counts.set(reason, (counts.get(reason) ?? 0) + 1)
  return [...counts].map(([reason, count]) => `${count} ${reason}`).sort().join(', ')
}

/**
 * `0/3 nodes are available: 1 node(s) had untolerated taint {…}, 2 Insufficient cpu. preemption: …`
 * `perNode` holds every node's failures; `preFilter`, when set, is a reason that failed the pod
 * before any node was looked at (a missing claim), which preemption cannot help with either.
 */
export function fitErrorMessage(nodeCount: number, perNode: readonly (readonly FilterFailure[])[], preFilter?: string): string {
  const head = `0/${nodeCount} nodes are available:`
  const reasons = preFilter ?? histogram(perNode.flatMap((failures) => failures.map((f) => f.reason)))
  const preemption = preFilter
    ? nodeCount > 0 ? [`${nodeCount} Preemption is not helpful for scheduling`] : []
    : perNode.map((failures) =>
        failures.some((f) => f.unresolvable) ? 'Preemption is not helpful for scheduling' : 'No preemption victims found for incoming pod',
      )
  const postFilter = preFilter ? preemption.join(', ') : histogram(preemption)
  return `${head} ${reasons}. preemption: ${head} ${postFilter}.`
}
