// kubectl cordon, uncordon and drain: mark a node (un)schedulable; drain also evicts its pods.
// mirrors kubernetes/kubectl pkg/cmd/drain/{cordon,uncordon,drain}.go and pkg/drain.

import type { KubeObject } from '../../objects/meta'
import { keyOf } from '../../objects/meta'
import type { Proc } from '../../shell/run/process'
import { formatApiError, type KubectlCommand, type KubectlContext } from '../context'

const nodeFlags = { selector: { type: 'string' as const, short: 'l' }, 'dry-run': { type: 'string' as const, default: 'none', noOptDefault: 'unchanged' } }

function findNode(ctx: KubectlContext, verb: string): KubeObject | number {
  if (ctx.args.length !== 1) return ctx.usageError(`USAGE: ${verb} NODE [flags]`)
  const node = ctx.store.get({ kind: 'Node', namespace: '', name: ctx.args[0] })
  if (!node) {
    ctx.err(`Error from server (NotFound): nodes "${ctx.args[0]}" not found\n`)
    return 1
  }
  return node
}

function setUnschedulable(ctx: KubectlContext, node: KubeObject, unschedulable: boolean): number {
  const name = node.metadata.name
  if (Boolean(node.spec?.unschedulable) === unschedulable) {
    ctx.out(`node/${name} already ${unschedulable ? 'cordoned' : 'uncordoned'}\n`)
    return 0
  }
  const spec = { ...node.spec }
  if (unschedulable) spec.unschedulable = true
  else delete spec.unschedulable
  const result = ctx.api.update({ ...node, spec })
  if (!result.ok) {
    ctx.err(formatApiError(result.error))
    return 1
  }
  ctx.out(`node/${name} ${unschedulable ? 'cordoned' : 'uncordoned'}\n`)
  return 0
}

export const cordon: KubectlCommand = {
  name: 'cordon',
  path: 'cordon',
  flags: nodeFlags,
   
  *run(ctx) {
    const node = findNode(ctx, 'cordon')
    return typeof node === 'number' ? node : setUnschedulable(ctx, node, true)
  },
}

export const uncordon: KubectlCommand = {
  name: 'uncordon',
  path: 'uncordon',
  flags: nodeFlags,
   
  *run(ctx) {
    const node = findNode(ctx, 'uncordon')
    return typeof node === 'number' ? node : setUnschedulable(ctx, node, false)
  },
}

export const drain: KubectlCommand = {
  name: 'drain',
  path: 'drain',
  flags: {
    ...nodeFlags,
    'ignore-daemonsets': { type: 'bool' },
    'delete-emptydir-data': { type: 'bool' },
    force: { type: 'bool' },
    'grace-period': { type: 'int', default: -1 },
    timeout: { type: 'duration' },
    'disable-eviction': { type: 'bool' },
    'pod-selector': { type: 'string' },
    'skip-wait-for-delete-timeout': { type: 'int' },
    'chunk-size': { type: 'int' },
  },
  run: runDrain,
}

function* runDrain(ctx: KubectlContext): Proc {
  const node = findNode(ctx, 'drain')
  if (typeof node === 'number') return node
  const name = node.metadata.name
  if (!node.spec?.unschedulable) {
    const result = ctx.api.update({ ...node, spec: { ...node.spec, unschedulable: true } })
    if (!result.ok) {
      ctx.err(formatApiError(result.error))
      return 1
    }
  }
  ctx.out(`node/${name} cordoned\n`)
  const pods = ctx.store.list('Pod').filter((p) => p.spec?.nodeName === name && !['Succeeded', 'Failed'].includes(p.status?.phase))
  const unmanaged = pods.filter((p) => !p.metadata.ownerReferences?.some((o) => o.controller))
  if (unmanaged.length && !ctx.flag<boolean>('force')) {
    const list = unmanaged.map((p) => `${p.metadata.namespace}/${p.metadata.name}`).join(', ')
    ctx.err(`error: unable to drain node "${name}" due to error: cannot delete Pods that declare no controller (use --force to override): ${list}, continuing command...\n`)
    ctx.err(`There are pending nodes to be drained:\n ${name}\ncannot delete Pods that declare no controller (use --force to override): ${list}\n`)
    return 1
  }
  if (unmanaged.length) ctx.err(`Warning: deleting Pods that declare no controller: ${unmanaged.map((p) => `${p.metadata.namespace}/${p.metadata.name}`).join(', ')}\n`)
  const grace = ctx.flag<number>('grace-period')
  for (const pod of pods) {
    ctx.out(`evicting pod ${pod.metadata.namespace}/${pod.metadata.name}\n`)
    ctx.api.delete(keyOf(pod), grace >= 0 ? { gracePeriodSeconds: grace } : {})
  }
  for (const pod of pods) {
    const gone = () => ctx.store.getByUid(pod.metadata.uid) === undefined
    if (!gone()) yield { ready: gone }
    ctx.out(`pod/${pod.metadata.name} evicted\n`)
  }
  ctx.out(`node/${name} drained\n`)
  return 0
}
