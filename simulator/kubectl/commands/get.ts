// kubectl get: list or fetch objects and print them as tables or in an -o format; -w watches.
// mirrors kubernetes/kubectl pkg/cmd/get/get.go (GetOptions.Run, printGeneric, watch).

import { parseSelector } from '../../engine/label-parser'
import type { KubeObject } from '../../objects/meta'
import type { Proc } from '../../shell/run/process'
import type { KubectlCommand, KubectlContext } from '../context'
import type { FlagSpecs } from '../flags'
import { parseFieldSelector } from '../field-selector'
import { readManifests } from '../manifests'
import { isGenericFormat, printGeneric, unknownFormat } from '../output'
import { printTableGroups, type TableGroup } from '../printers/table-groups'
import { convertToTable } from '../tables'
import { parseTargets, type TargetGroup } from '../targets'
import { sortObjects } from './sort-by'
import { watchObjects } from './get-watch'

export const getFlags: FlagSpecs = {
  output: { type: 'string', short: 'o' },
  selector: { type: 'string', short: 'l' },
  'all-namespaces': { type: 'bool', short: 'A' },
  watch: { type: 'bool', short: 'w' },
  'watch-only': { type: 'bool' },
  'output-watch-events': { type: 'bool' },
  'show-labels': { type: 'bool' },
  'label-columns': { type: 'strings', short: 'L' },
  'sort-by': { type: 'string' },
  'no-headers': { type: 'bool' },
  'show-kind': { type: 'bool' },
  'ignore-not-found': { type: 'bool' },
  filename: { type: 'strings', short: 'f' },
  recursive: { type: 'bool', short: 'R' },
  'field-selector': { type: 'string' },
  'chunk-size': { type: 'int', default: 500 },
  'server-print': { type: 'bool', default: true },
  'show-managed-fields': { type: 'bool' },
  'allow-missing-template-keys': { type: 'bool', default: true },
  template: { type: 'string' },
  subresource: { type: 'string' },
  raw: { type: 'string' },
  kustomize: { type: 'string', short: 'k' },
}

const MISSING_TYPE =
  'You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\n' +
  'error: Required resource not specified.\n' +
  'Use "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).\n' +
  "See 'kubectl get -h' for help and examples\n"

export const get: KubectlCommand = {
  name: 'get',
  path: 'get',
  flags: getFlags,
  run: runGet,
}

/** The objects a get-like command addresses, found errors (NotFound) kept in order. */
export interface Fetched {
  groups: { target: TargetGroup; objects: KubeObject[] }[]
  errors: string[]
  /** Exactly one object was named (printed bare, not as a List). */
  single: boolean
}

 
function* runGet(ctx: KubectlContext): Proc {
  const format = ctx.flag<string>('output')
  if (format && format !== 'wide' && !isGenericFormat(format)) return ctx.fail(unknownFormat(format))
  const fetched = fetchForGet(ctx)
  if (typeof fetched === 'string') {
    ctx.err(fetched)
    return 1
  }
  if (ctx.flag<boolean>('watch') || ctx.flag<boolean>('watch-only')) return yield* watchObjects(ctx, fetched)
  const sorted = sortGroups(ctx, fetched)
  if (typeof sorted === 'string') return ctx.fail(sorted)
  const objects = sorted.flatMap((g) => g.objects)
  if (format && format !== 'wide') {
    const printed = printGeneric(objects, format, fetched.single, ctx.flag<boolean>('no-headers'))
    if (!printed.ok) return ctx.fail(printed.error)
    ctx.out(printed.out)
  } else ctx.out(printTableGroups(tableGroups(ctx, sorted)))
  for (const error of fetched.errors) ctx.err(error)
  if (objects.length === 0 && fetched.errors.length === 0 && !(format && format !== 'wide')) ctx.err(noResources(ctx, fetched))
  return fetched.errors.length ? 1 : 0
}

/** Resolves arguments or -f to objects; a string is the complete error output. */
export function fetchForGet(ctx: KubectlContext): Fetched | string {
  const selectorText = ctx.flag<string>('selector')
  const selector = selectorText ? parseSelector(selectorText) : undefined
  if (selector && !selector.ok) return `error: ${selector.error}\n`
  const filenames = ctx.flag<string[]>('filename')
  if (filenames.length) return fetchFromFiles(ctx, filenames)
  if (ctx.args.length === 0) return MISSING_TYPE
  const targets = parseTargets(ctx.args)
  if (!targets.ok) return `error: ${targets.error}\n`
  const fetched: Fetched = { groups: [], errors: [], single: false }
  const namespace = ctx.allNamespaces ? undefined : ctx.namespace
  for (const target of targets.groups) {
    const ns = target.info.namespaced ? ctx.namespace : ''
    if (target.names === null) {
      let objects = ctx.store.list(target.info.kind, { namespace, labelSelector: selector?.ok ? selector.selector : undefined })
      const fieldText = ctx.flag<string>('field-selector')
      if (fieldText) {
        const resource = `${target.info.group ? `${target.info.group}/` : '/'}${target.info.version}, Resource=${target.info.plural}`
        const fields = parseFieldSelector(fieldText, target.info.kind, resource)
        if (typeof fields === 'string') return fields.startsWith('Error') ? `${fields}\n` : `error: ${fields}\n`
        objects = objects.filter(fields)
      }
      fetched.groups.push({ target, objects })
      continue
    }
    const objects: KubeObject[] = []
    for (const name of target.names) {
      const object = ctx.store.get({ kind: target.info.kind, namespace: ns, name })
      if (object) objects.push(object)
      else if (!ctx.flag<boolean>('ignore-not-found')) fetched.errors.push(`Error from server (NotFound): ${target.info.groupResource} "${name}" not found\n`)
    }
    fetched.groups.push({ target, objects })
  }
  const named = targets.groups.flatMap((g) => g.names ?? [null, null])
  fetched.single = named.length === 1
  return fetched
}

function fetchFromFiles(ctx: KubectlContext, filenames: string[]): Fetched | string {
  const read = readManifests(filenames, ctx.io, ctx.flag<boolean>('recursive'))
  if (!read.ok) return `error: ${read.error}\n`
  const names = read.manifests.map((m) => `${m.object.kind}/${(m.object.metadata as { name?: string } | undefined)?.name ?? ''}`)
  const targets = parseTargets(names.map((n) => n))
  if (!targets.ok) return `error: ${targets.error}\n`
  const fetched: Fetched = { groups: [], errors: [], single: read.manifests.length === 1 }
  read.manifests.forEach((m, i) => {
    const target = targets.groups[i] ?? targets.groups.at(-1)
    const meta = (m.object.metadata ?? {}) as { name?: string; namespace?: string }
    const info = target.info
    const object = ctx.store.get({ kind: info.kind, namespace: info.namespaced ? meta.namespace ?? ctx.namespace : '', name: meta.name ?? '' })
    if (object) fetched.groups.push({ target: { info, names: [object.metadata.name] }, objects: [object] })
    else fetched.errors.push(`Error from server (NotFound): ${info.groupResource} "${meta.name ?? ''}" not found\n`)
  })
  return fetched
}

function sortGroups(ctx: KubectlContext, fetched: Fetched): Fetched['groups'] | string {
  const field = ctx.flag<string>('sort-by')
  if (!field) return fetched.groups
  const all = fetched.groups.flatMap((g) => g.objects)
  const sorted = sortObjects(all, field)
  if (!sorted.ok) return sorted.error
  if (fetched.groups.length === 1) return [{ ...fetched.groups[0], objects: sorted.objects }]
  return sorted.objects.map((o) => ({ target: fetched.groups.find((g) => g.objects.includes(o))!.target, objects: [o] }))
}

function tableGroups(ctx: KubectlContext, groups: Fetched['groups']): TableGroup[] {
  const nowMs = ctx.nowMs()
  const kinds = new Set(groups.map((g) => g.target.info.kind))
  const tupleKinds = new Set(ctx.args.filter((a) => a.includes('/')).map((a) => a.split('/')[0]))
  const multipleTypes = ctx.args[0] === 'all' || ctx.args[0]?.includes(',') || tupleKinds.size > 1
  const withKind = kinds.size > 1 || multipleTypes || ctx.flag<boolean>('show-kind')
  return groups.map(({ target, objects }) => ({
    options: {
      noHeaders: ctx.flag<boolean>('no-headers'),
      wide: ctx.flag<string>('output') === 'wide',
      withNamespace: ctx.allNamespaces && target.info.namespaced,
      withKind,
      kind: { group: target.info.group, kind: target.info.kind },
      showLabels: ctx.flag<boolean>('show-labels'),
      columnLabels: ctx.flag<string[]>('label-columns').flatMap((l) => l.split(',')),
    },
    tables: target.names ? objects.map((o) => convertToTable([o], { nowMs })) : [convertToTable(objects, { nowMs })],
  }))
}

/** `No resources found in default namespace.` or, for -A and cluster-scoped kinds, `No resources found`. */
export function noResources(ctx: KubectlContext, fetched: Fetched): string {
  const namespaced = fetched.groups.some((g) => g.target.info.namespaced)
  if (ctx.allNamespaces || !namespaced) return 'No resources found\n'
  return `No resources found in ${ctx.namespace} namespace.\n`
}
