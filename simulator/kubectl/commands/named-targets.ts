// The objects named on a command line (`set image`, `set env`, `patch`), each looked up in the
// current namespace, with kubectl's NotFound text for the missing ones.

import type { ResourceInfo } from '../../engine/resources'
import type { KubeObject } from '../../objects/meta'
import type { KubectlCommand, KubectlContext } from '../context'
import { parseTargets } from '../targets'

/** The resource specifications kubectl asks for when none is given. */
export const NO_RESOURCES =
  "You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'"

/**
 * Calls `each` with every named object that exists and reports the others; returns the highest
 * exit status (1 for a missing object or a bad specification).
 */
export function forEachTarget(ctx: KubectlContext, resources: readonly string[], each: (object: KubeObject, info: ResourceInfo) => number): number {
  const targets = parseTargets(resources)
  if (!targets.ok) return ctx.fail(targets.error)
  let status = 0
  for (const target of targets.groups) {
    for (const name of target.names ?? []) {
      const object = ctx.store.get({ kind: target.info.kind, namespace: target.info.namespaced ? ctx.namespace : '', name })
      if (!object) {
        ctx.err(`Error from server (NotFound): ${target.info.groupResource} "${name}" not found\n`)
        status = 1
        continue
      }
      status = Math.max(status, each(object, target.info))
    }
  }
  return status
}

/** The flags every `kubectl set` subcommand takes for choosing and writing its objects. */
export const SET_TARGET_FLAGS: KubectlCommand['flags'] = {
  all: { type: 'bool' },
  selector: { type: 'string', short: 'l' },
  filename: { type: 'strings', short: 'f' },
  local: { type: 'bool' },
  'dry-run': { type: 'string', default: 'none', noOptDefault: 'unchanged' },
  output: { type: 'string', short: 'o' },
  'field-manager': { type: 'string' },
}
