// kubectl scale: set spec.replicas through the scale subresource.
// mirrors kubernetes/kubectl pkg/cmd/scale/scale.go (ScaleOptions.RunScale) and pkg/scale.

import type { KubeObject } from '../../objects/meta'
import type { Proc } from '../../shell/run/process'
import { formatApiError, type KubectlCommand, type KubectlContext } from '../context'
import type { FlagSpecs } from '../flags'
import { klogCommandFailed } from '../klog'
import { parseTargets, qualifiedName } from '../targets'

const SCALABLE = new Set(['StatefulSet', 'Deployment', 'ReplicaSet', 'ReplicationController'])

export const scaleFlags: FlagSpecs = {
  replicas: { type: 'int', default: 0 },
  'current-replicas': { type: 'int', default: -1 },
  'resource-version': { type: 'string' },
  selector: { type: 'string', short: 'l' },
  all: { type: 'bool' },
  filename: { type: 'strings', short: 'f' },
  recursive: { type: 'bool', short: 'R' },
  output: { type: 'string', short: 'o' },
  timeout: { type: 'duration' },
  'dry-run': { type: 'string', default: 'none', noOptDefault: 'unchanged' },
  'allow-missing-template-keys': { type: 'bool', default: true },
  'show-managed-fields': { type: 'bool' },
  template: { type: 'string' },
}

export const scale: KubectlCommand = {
  name: 'scale',
  path: 'scale',
  flags: scaleFlags,
  run: runScale,
}

 
function* runScale(ctx: KubectlContext): Proc {
  if (!ctx.changed('replicas')) {
    ctx.err(klogCommandFailed(ctx, 'required flag(s) \\"replicas\\" not set'))
    return 1
  }
  const replicas = ctx.flag<number>('replicas')
  if (replicas < 0) return ctx.fail('The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0')
  if (ctx.args.length === 0) return ctx.usageError('Required resource not specified.')
  const targets = parseTargets(ctx.args)
  if (!targets.ok) return ctx.fail(targets.error)
  let status = 0
  for (const target of targets.groups) {
    const objects: (KubeObject | undefined)[] = target.names
      ? target.names.map((name) => ctx.store.get({ kind: target.info.kind, namespace: ctx.namespace, name }))
      : ctx.store.list(target.info.kind, { namespace: ctx.namespace })
    for (const [i, object] of objects.entries()) {
      if (!object) {
        ctx.err(`Error from server (NotFound): ${target.info.groupResource} "${target.names?.[i]}" not found\n`)
        status = 1
        continue
      }
      status = Math.max(status, scaleOne(ctx, object, replicas))
    }
  }
  return status
}

function scaleOne(ctx: KubectlContext, object: KubeObject, replicas: number): number {
  if (!SCALABLE.has(object.kind)) {
    ctx.err(`error: no objects passed to scale ${object.kind.toLowerCase()}s "${object.metadata.name}" not found\n`)
    return 1
  }
  const current = ctx.flag<number>('current-replicas')
  if (current >= 0 && object.spec.replicas !== current) {
    return ctx.fail(`Expected replicas to be ${current}, was ${object.spec.replicas}`)
  }
  const result = ctx.api.update({ ...object, spec: { ...object.spec, replicas } })
  if (!result.ok) {
    ctx.err(formatApiError(result.error))
    return 1
  }
  ctx.out(`${qualifiedName(object)} scaled\n`)
  return 0
}
