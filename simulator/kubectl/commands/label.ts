// kubectl label and kubectl annotate: add (`key=value`), change (--overwrite) or remove (`key-`).
// mirrors kubernetes/kubectl pkg/cmd/label/label.go and pkg/cmd/annotate/annotate.go.

import type { KubeObject } from '../../objects/meta'
import { parseSelector } from '../../engine/label-parser'
import type { Proc } from '../../shell/run/process'
import { formatApiError, type KubectlCommand, type KubectlContext } from '../context'
import { parseTargets, qualifiedName } from '../targets'

type Field = 'labels' | 'annotations'

function metadataCommand(name: 'label' | 'annotate', field: Field): KubectlCommand {
  return {
    name,
    path: name,
    flags: {
      overwrite: { type: 'bool' },
      all: { type: 'bool' },
      selector: { type: 'string', short: 'l' },
      'all-namespaces': { type: 'bool', short: 'A' },
      list: { type: 'bool' },
      local: { type: 'bool' },
      'dry-run': { type: 'string', default: 'none', noOptDefault: 'unchanged' },
      output: { type: 'string', short: 'o' },
      filename: { type: 'strings', short: 'f' },
      'resource-version': { type: 'string' },
      'field-selector': { type: 'string' },
      'field-manager': { type: 'string' },
    },
    run: (ctx) => runMetadata(ctx, name, field),
  }
}

 
function* runMetadata(ctx: KubectlContext, verb: 'label' | 'annotate', field: Field): Proc {
  const split = ctx.args.findIndex((a) => a.includes('=') || (a.endsWith('-') && a.length > 1))
  const resourceArgs = split < 0 ? ctx.args : ctx.args.slice(0, split)
  const changes = split < 0 ? [] : ctx.args.slice(split)
  if (resourceArgs.length === 0) return ctx.usageError('one or more resources must be specified as <resource> <name> or <resource>/<name>')
  if (changes.length === 0 && !ctx.flag<boolean>('list')) return ctx.usageError(`at least one ${field === 'labels' ? 'label' : 'annotation'} update is required`)
  const targets = parseTargets(resourceArgs)
  if (!targets.ok) return ctx.fail(targets.error)
  const selectorText = ctx.flag<string>('selector')
  const selector = selectorText ? parseSelector(selectorText) : undefined
  if (selector && !selector.ok) return ctx.fail(selector.error)
  let status = 0
  for (const target of targets.groups) {
    const namespace = target.info.namespaced ? ctx.namespace : ''
    const objects = target.names
      ? target.names.map((n) => ctx.store.get({ kind: target.info.kind, namespace, name: n }) ?? n)
      : ctx.store.list(target.info.kind, { namespace, labelSelector: selector?.ok ? selector.selector : undefined })
    for (const object of objects) {
      if (typeof object === 'string') {
        ctx.err(`Error from server (NotFound): ${target.info.groupResource} "${object}" not found\n`)
        status = 1
        continue
      }
      status = Math.max(status, updateOne(ctx, object, field, changes, verb))
    }
  }
  return status
}

function updateOne(ctx: KubectlContext, object: KubeObject, field: Field, changes: string[], verb: string): number {
  if (ctx.flag<boolean>('list')) {
    for (const [k, v] of Object.entries(object.metadata[field] ?? {})) ctx.out(`${k}=${v}\n`)
    return 0
  }
  const values: Record<string, string> = { ...(object.metadata[field] ?? {}) }
  for (const change of changes) {
    if (change.endsWith('-') && !change.includes('=')) {
      delete values[change.slice(0, -1)]
      continue
    }
    const eq = change.indexOf('=')
    const key = change.slice(0, eq)
    const value = change.slice(eq + 1)
    if (key in values && values[key] !== value && !ctx.flag<boolean>('overwrite')) {
      return ctx.fail(`'${key}' already has a value (${values[key]}), and --overwrite is false`)
    }
    values[key] = value
  }
  const metadata = { ...object.metadata, [field]: values }
  if (Object.keys(values).length === 0) delete metadata[field]
  const result = ctx.api.update({ ...object, metadata })
  if (!result.ok) {
    ctx.err(formatApiError(result.error))
    return 1
  }
  const changed = result.object.metadata.resourceVersion !== object.metadata.resourceVersion
  const past = verb === 'label' ? 'labeled' : 'annotated'
  ctx.out(`${qualifiedName(object)} ${changed ? past : `not ${past}`}\n`)
  return 0
}

export const label = metadataCommand('label', 'labels')
export const annotate = metadataCommand('annotate', 'annotations')
