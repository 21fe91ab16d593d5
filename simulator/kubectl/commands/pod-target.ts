// The pod a logs/exec argument names: `web-0`, `pod/web-0`, or a controller (`sts/web`), which
// picks one of its pods as kubectl's AttachablePodForObject does.

import { resolveResource } from '../../engine/resources'
import { labelSelectorAsSelector } from '../../engine/labels'
import type { KubeObject } from '../../objects/meta'
import type { KubectlContext } from '../context'

/** The pod, or the exit status after printing kubectl's error. */
export function resolvePod(ctx: KubectlContext, arg: string): KubeObject | number {
  const slash = arg.indexOf('/')
  const info = slash < 0 ? resolveResource('pods') : resolveResource(arg.slice(0, slash))
  const name = slash < 0 ? arg : arg.slice(slash + 1)
  if (!info) return ctx.fail(`the server doesn't have a resource type "${arg.slice(0, slash)}"`)
  const object = ctx.store.get({ kind: info.kind, namespace: ctx.namespace, name })
  if (!object) {
    ctx.err(`Error from server (NotFound): ${info.groupResource} "${name}" not found\n`)
    return 1
  }
  if (object.kind === 'Pod') return object
  const selector = labelSelectorAsSelector(object.spec?.selector)
  if (!selector.ok) return ctx.fail(selector.error)
  const pods = ctx.store.list('Pod', { namespace: ctx.namespace, labelSelector: selector.selector })
  if (pods.length === 0) return ctx.fail(`timed out waiting for the condition`)
  if (pods.length > 1) ctx.err(`Found ${pods.length} pods, using pod/${pods[0].metadata.name}\n`)
  return pods[0]
}
