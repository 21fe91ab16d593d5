// kubectl delete: by type and name, -f, -l or --all; prints each deletion as the server accepts
// it, then (with --wait, the default) waits until every deleted object is gone.
// mirrors kubernetes/kubectl pkg/cmd/delete/delete.go (DeleteOptions.Complete, RunDelete, PrintObj).

import type { PropagationPolicy } from '../../engine/deletion'
import { parseSelector } from '../../engine/label-parser'
import type { KubeObject } from '../../objects/meta'
import { keyOf } from '../../objects/meta'
import type { Proc } from '../../shell/run/process'
import { formatApiError, type KubectlCommand, type KubectlContext } from '../context'
import type { FlagSpecs } from '../flags'
import { readManifests } from '../manifests'
import { kindGroup, parseTargets } from '../targets'

export const deleteFlags: FlagSpecs = {
  filename: { type: 'strings', short: 'f' },
  recursive: { type: 'bool', short: 'R' },
  selector: { type: 'string', short: 'l' },
  all: { type: 'bool' },
  'all-namespaces': { type: 'bool', short: 'A' },
  cascade: { type: 'string', default: 'background', noOptDefault: 'background' },
  'grace-period': { type: 'int', default: -1 },
  force: { type: 'bool' },
  now: { type: 'bool' },
  wait: { type: 'bool', default: true },
  timeout: { type: 'duration' },
  'ignore-not-found': { type: 'bool' },
  'dry-run': { type: 'string', default: 'none', noOptDefault: 'unchanged' },
  output: { type: 'string', short: 'o' },
  'field-selector': { type: 'string' },
  interactive: { type: 'bool', short: 'i' },
  raw: { type: 'string' },
  kustomize: { type: 'string', short: 'k' },
}

const NO_RESOURCES =
  "You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'"

export const deleteCommand: KubectlCommand = {
  name: 'delete',
  path: 'delete',
  flags: deleteFlags,
  run: runDelete,
}

function* runDelete(ctx: KubectlContext): Proc {
  const cascade = cascadePolicy(ctx)
  if (typeof cascade !== 'string') return ctx.fail(cascade.error)
  const grace = gracePeriod(ctx)
  if (typeof grace === 'string') return ctx.fail(grace)
  const found = findObjects(ctx)
  if (typeof found === 'string') {
    ctx.err(found)
    return 1
  }
  if (found.objects.length === 0 && found.errors.length === 0) {
    ctx.out('No resources found\n')
    return 0
  }
  if (grace === 0 && ctx.flag<boolean>('force')) {
    ctx.err('Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n')
  }
  const deleted: KubeObject[] = []
  for (const object of found.objects) {
    const result = ctx.api.delete(keyOf(object), { propagationPolicy: cascade, ...(grace >= 0 ? { gracePeriodSeconds: grace } : {}) })
    if (!result.ok) {
      if (result.error.reason === 'NotFound' && ctx.flag<boolean>('ignore-not-found')) continue
      found.errors.push(formatApiError(result.error))
      continue
    }
    const verb = grace === 0 && ctx.flag<boolean>('force') ? 'force deleted' : 'deleted'
    ctx.out(`${kindGroup(object.kind)} "${object.metadata.name}" ${verb}\n`)
    deleted.push(object)
  }
  for (const error of found.errors) ctx.err(error)
  if (ctx.flag<boolean>('wait')) {
    const gone = () => deleted.every((o) => ctx.store.getByUid(o.metadata.uid) === undefined)
    if (!gone()) yield { ready: gone }
  }
  return found.errors.length ? 1 : 0
}

/** --cascade: background (also `true`), foreground, orphan (also `false`, with a warning). */
function cascadePolicy(ctx: KubectlContext): PropagationPolicy | { error: string } {
  const value = ctx.flag<string>('cascade')
  switch (value) {
    case 'background':
    case 'true':
      return 'Background'
    case 'foreground':
      return 'Foreground'
    case 'orphan':
      return 'Orphan'
    case 'false':
      ctx.err('warning: --cascade=false is deprecated (boolean value) and can be replaced with --cascade=orphan.\n')
      return 'Orphan'
    default:
      return { error: `invalid cascade value (${value}). Must be "background", "foreground", or "orphan"` }
  }
}

/** The grace period to send: --now is 1, --force alone is 0, -1 means the object's default. */
function gracePeriod(ctx: KubectlContext): number | string {
  let grace = ctx.flag<number>('grace-period')
  if (ctx.flag<boolean>('now')) {
    if (grace !== -1) return '--now and --grace-period cannot be specified together'
    grace = 1
  }
  if (ctx.flag<boolean>('force') && grace === -1) grace = 0
  if (grace === 0 && !ctx.flag<boolean>('force')) grace = 1
  return grace
}

interface Found {
  objects: KubeObject[]
  errors: string[]
}

function findObjects(ctx: KubectlContext): Found | string {
  const filenames = ctx.flag<string[]>('filename')
  if (filenames.length) return fromFiles(ctx, filenames)
  const selectorText = ctx.flag<string>('selector')
  const all = ctx.flag<boolean>('all')
  if (ctx.args.length === 0) return `error: ${NO_RESOURCES}\n`
  const targets = parseTargets(ctx.args)
  if (!targets.ok) return `error: ${targets.error}\n`
  const selector = selectorText ? parseSelector(selectorText) : undefined
  if (selector && !selector.ok) return `error: ${selector.error}\n`
  const found: Found = { objects: [], errors: [] }
  for (const target of targets.groups) {
    const namespace = target.info.namespaced ? ctx.namespace : ''
    if (target.names === null) {
      if (!all && !selector) {
        return `error: resource(s) were provided, but no name was specified\n`
      }
      found.objects.push(...ctx.store.list(target.info.kind, { namespace: ctx.allNamespaces ? undefined : namespace, labelSelector: selector?.ok ? selector.selector : undefined }))
      continue
    }
    for (const name of target.names) {
      const object = ctx.store.get({ kind: target.info.kind, namespace, name })
      if (object) found.objects.push(object)
      else if (!ctx.flag<boolean>('ignore-not-found')) found.errors.push(`Error from server (NotFound): ${target.info.groupResource} "${name}" not found\n`)
    }
  }
  return found
}

function fromFiles(ctx: KubectlContext, filenames: string[]): Found | string {
  const read = readManifests(filenames, ctx.io, ctx.flag<boolean>('recursive'))
  if (!read.ok) return `error: ${read.error}\n`
  const found: Found = { objects: [], errors: [] }
  for (const manifest of read.manifests) {
    const meta = (manifest.object.metadata ?? {}) as { name?: string; namespace?: string }
    const targets = parseTargets([`${manifest.object.kind}/${meta.name ?? ''}`])
    if (!targets.ok) {
      found.errors.push(`error: ${targets.error}\n`)
      continue
    }
    const info = targets.groups[0].info
    const object = ctx.store.get({ kind: info.kind, namespace: info.namespaced ? meta.namespace ?? ctx.namespace : '', name: meta.name ?? '' })
    if (object) found.objects.push(object)
    else if (!ctx.flag<boolean>('ignore-not-found')) {
      found.errors.push(`Error from server (NotFound): error when deleting "${manifest.source}": ${info.groupResource} "${meta.name ?? ''}" not found\n`)
    }
  }
  return found
}
