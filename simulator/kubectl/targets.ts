// Resource arguments as kubectl's resource builder reads them: `TYPE`, `TYPE NAME…`,
// `TYPE/NAME…`, `TYPE1,TYPE2`, and the `all` category.
// mirrors kubernetes/cli-runtime pkg/resource/builder.go (ResourceTypeOrNameArgs, resourceTuples).

import { resolveResource, resourceFor, type ResourceInfo } from '../engine/resources'
import type { KubeObject } from '../objects/meta'

/** One requested resource type; `names` null means every object (filtered by selector). */
export interface TargetGroup {
  info: ResourceInfo
  names: string[] | null
}

export type TargetsResult = { ok: true; groups: TargetGroup[] } | { ok: false; error: string }

/** The `all` category (kubectl get all) among the kinds the sandbox serves. */
const ALL_CATEGORY = ['Pod', 'Service', 'StatefulSet']

/** Parses resource arguments; errors are kubectl's texts without the `error: ` prefix. */
export function parseTargets(args: readonly string[]): TargetsResult {
  if (args.length === 0) return { ok: true, groups: [] }
  if (args.some((a) => a.includes('/'))) return parseTuples(args)
  const [types, ...names] = args
  const groups: TargetGroup[] = []
  for (const type of types.split(',').filter(Boolean)) {
    const infos = type === 'all' ? ALL_CATEGORY.map((k) => resourceFor(k) as ResourceInfo) : [resolveResource(type)]
    for (const info of infos) {
      if (!info) return { ok: false, error: `the server doesn't have a resource type "${type}"` }
      groups.push({ info, names: names.length ? [...names] : null })
    }
  }
  if (names.length && groups.length > 1) {
    return { ok: false, error: `arguments in resource/name form must have a single resource and name` }
  }
  return { ok: true, groups }
}

function parseTuples(args: readonly string[]): TargetsResult {
  const groups: TargetGroup[] = []
  for (const arg of args) {
    const slash = arg.indexOf('/')
    if (slash < 0) {
      return {
        ok: false,
        error:
          "there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'",
      }
    }
    const type = arg.slice(0, slash)
    const name = arg.slice(slash + 1)
    const info = resolveResource(type)
    if (!info) return { ok: false, error: `the server doesn't have a resource type "${type}"` }
    if (!name) return { ok: false, error: `arguments in resource/name form must have a single resource and name` }
    const last = groups.at(-1)
    if (last && last.info === info && last.names) last.names.push(name)
    else groups.push({ info, names: [name] })
  }
  return { ok: true, groups }
}

/** `statefulset.apps/web`: how kubectl names an object in mutating commands' output. */
export function qualifiedName(obj: Pick<KubeObject, 'kind' | 'metadata'>): string {
  return `${kindGroup(obj.kind)}/${obj.metadata.name}`
}

/** `statefulset.apps`, `pod`. */
export function kindGroup(kind: string): string {
  const info = resourceFor(kind)
  if (!info) return kind.toLowerCase()
  return info.group ? `${info.singular}.${info.group}` : info.singular
}
