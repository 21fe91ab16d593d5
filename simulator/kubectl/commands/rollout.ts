// kubectl rollout status | history | undo | restart | pause | resume for StatefulSets.
// mirrors kubernetes/kubectl pkg/cmd/rollout/*.go and pkg/polymorphichelpers
// (statefulSetStatusViewer, StatefulSetHistoryViewer, StatefulSetRollbacker, objectrestarter).

import type { KubeObject } from '../../objects/meta'
import type { Proc } from '../../shell/run/process'
import { formatApiError, type KubectlCommand, type KubectlContext } from '../context'
import type { FlagSpecs } from '../flags'
import { rolloutHelp } from '../help'
import { parseTargets, qualifiedName } from '../targets'
import { rolloutHistory } from './rollout-history'
import { statefulSetStatus } from './rollout-status-text'

const common: FlagSpecs = {
  filename: { type: 'strings', short: 'f' },
  recursive: { type: 'bool', short: 'R' },
  selector: { type: 'string', short: 'l' },
  output: { type: 'string', short: 'o' },
}

function subcommand(name: string, flags: FlagSpecs, run: (ctx: KubectlContext, sets: KubeObject[]) => Proc): KubectlCommand {
  return {
    name,
    path: `rollout ${name}`,
    flags: { ...common, ...flags },
    *run(ctx) {
      const sets = findSets(ctx)
      if (typeof sets === 'number') return sets
      return yield* run(ctx, sets)
    },
  }
}

/** The objects named; prints the error and returns 1 when one is missing or not a StatefulSet. */
function findSets(ctx: KubectlContext): KubeObject[] | number {
  if (ctx.args.length === 0 && ctx.flag<string[]>('filename').length === 0) {
    ctx.err('error: required resource not specified\n')
    return 1
  }
  const targets = parseTargets(ctx.args)
  if (!targets.ok) return ctx.fail(targets.error)
  const sets: KubeObject[] = []
  for (const target of targets.groups) {
    for (const name of target.names ?? []) {
      const object = ctx.store.get({ kind: target.info.kind, namespace: target.info.namespaced ? ctx.namespace : '', name })
      if (!object) {
        ctx.err(`Error from server (NotFound): ${target.info.groupResource} "${name}" not found\n`)
        return 1
      }
      if (object.kind !== 'StatefulSet') return ctx.fail(`no status viewer has been implemented for ${object.kind}`)
      sets.push(object)
    }
    if (target.names === null) sets.push(...ctx.store.list(target.info.kind, { namespace: ctx.namespace }))
  }
  return sets
}

const status = subcommand('status', { watch: { type: 'bool', short: 'w', default: true }, revision: { type: 'int' }, timeout: { type: 'duration' } }, function* (ctx, sets) {
  const set = sets[0]
  if (!set) return 0
  const key = { kind: 'StatefulSet', namespace: set.metadata.namespace ?? '', name: set.metadata.name }
  const check = (): 'done' | 'waiting' | 'error' => {
    const live = ctx.store.get(key)
    if (!live) {
      ctx.err(`Error from server (NotFound): statefulsets.apps "${key.name}" not found\n`)
      return 'error'
    }
    const result = statefulSetStatus(live)
    if ('error' in result) {
      ctx.fail(result.error)
      return 'error'
    }
    ctx.out(result.message)
    return result.done ? 'done' : 'waiting'
  }
  let state = check()
  if (state !== 'waiting' || !ctx.flag<boolean>('watch')) return state === 'error' ? 1 : 0
  let changed = false
  const stop = ctx.store.watch((e) => {
    const obj = e.added ?? e.removed ?? e.updated[1]
    if (obj.metadata.name === key.name && obj.metadata.namespace === key.namespace) changed = true
  }, { kind: 'StatefulSet' })
  // --timeout bounds the wait (0, the default, waits for ever), as the watch's context does.
  const timeout = ctx.flag<number>('timeout')
  const deadline = timeout > 0 ? ctx.runtime.clock.now() + timeout : undefined
  try {
    while (state === 'waiting') {
      yield deadline === undefined ? { ready: () => changed } : { ready: () => changed, until: deadline }
      if (!changed && deadline !== undefined && ctx.runtime.clock.now() >= deadline) return ctx.fail('timed out waiting for the condition')
      changed = false
      state = check()
    }
  } finally {
    stop()
  }
  return state === 'error' ? 1 : 0
})

 
const history = subcommand('history', { revision: { type: 'int' } }, function* (ctx, sets) {
  for (const set of sets) {
    const text = rolloutHistory(ctx, set, ctx.flag<number>('revision'))
    if (!text.ok) return ctx.fail(text.error)
    ctx.out(text.out)
  }
  return 0
})

 
const undo = subcommand('undo', { 'to-revision': { type: 'int' }, 'dry-run': { type: 'string', default: 'none', noOptDefault: 'unchanged' } }, function* (ctx, sets) {
  for (const set of sets) {
    const revisions = ownedRevisions(ctx, set)
    const wanted = ctx.flag<number>('to-revision')
    let target: KubeObject | undefined
    if (wanted > 0) {
      target = revisions.find((r) => r.revision === wanted)
      if (!target) return ctx.fail(`unable to find specified revision ${wanted} in history`)
    } else {
      if (revisions.length < 2) return ctx.fail('no last revision to roll back to')
      target = revisions[revisions.length - 2]
    }
    const template = withoutPatchDirective(target.data.spec.template)
    if (JSON.stringify(sortKeys(template)) === JSON.stringify(sortKeys(set.spec.template))) {
      ctx.out(`${qualifiedName(set)} skipped rollback (current template already matches revision ${target.revision})\n`)
      continue
    }
    const result = ctx.api.update({ ...set, spec: { ...set.spec, template } })
    if (!result.ok) {
      ctx.err(formatApiError(result.error))
      return 1
    }
    ctx.out(`${qualifiedName(set)} rolled back\n`)
  }
  return 0
})

 
const restart = subcommand('restart', {}, function* (ctx, sets) {
  for (const set of sets) {
    const template = set.spec.template ?? {}
    const annotations = { ...template.metadata?.annotations, 'kubectl.kubernetes.io/restartedAt': new Date(ctx.nowMs()).toISOString().replace(/\.\d+Z$/, 'Z') }
    const result = ctx.api.update({ ...set, spec: { ...set.spec, template: { ...template, metadata: { ...template.metadata, annotations } } } })
    if (!result.ok) {
      ctx.err(formatApiError(result.error))
      return 1
    }
    ctx.out(`${qualifiedName(set)} restarted\n`)
  }
  return 0
})

 
const notSupported = (verb: 'pause' | 'resume') => subcommand(verb, {}, function* (ctx, sets) {
  for (const set of sets) ctx.err(`error: ${set.kind === 'StatefulSet' ? 'statefulsets.apps' : set.kind} "${set.metadata.name}" ${verb === 'pause' ? 'pausing' : 'resuming'} is not supported\n`)
  return sets.length ? 1 : 0
})

/** The set's ControllerRevisions, oldest revision first. */
export function ownedRevisions(ctx: KubectlContext, set: KubeObject): KubeObject[] {
  return ctx.store
    .listOwnedBy(set.metadata.uid)
    .filter((o) => o.kind === 'ControllerRevision')
    .sort((a, b) => a.revision - b.revision)
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]))
}

export const rollout: KubectlCommand = {
  name: 'rollout',
  path: 'rollout',
  flags: {},
  subcommands: [status, history, undo, restart, notSupported('pause'), notSupported('resume')],
   
  *run(ctx) {
    ctx.out(rolloutHelp)
    return 0
  },
}

/** A revision's template without the `$patch: replace` directive it is stored with. */
export function withoutPatchDirective(template: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(template).filter(([key]) => key !== '$patch'))
}
