// kubectl set image TYPE/NAME CONTAINER=IMAGE…: change container images in a pod template.
// mirrors kubernetes/kubectl pkg/cmd/set/set_image.go.

import type { KubeObject } from '../../objects/meta'
import type { Proc } from '../../shell/run/process'
import { formatApiError, type KubectlCommand, type KubectlContext } from '../context'
import { qualifiedName } from '../targets'
import { forEachTarget, NO_RESOURCES, SET_TARGET_FLAGS } from './named-targets'
import { setEnv } from './set-env'

const image: KubectlCommand = {
  name: 'image',
  path: 'set image',
  flags: { ...SET_TARGET_FLAGS, recursive: { type: 'bool', short: 'R' } },
  run: runSetImage,
}

 
function* runSetImage(ctx: KubectlContext): Proc {
  const pairs = ctx.args.filter((a) => a.includes('='))
  const resources = ctx.args.filter((a) => !a.includes('='))
  if (resources.length === 0) {
    return ctx.fail(NO_RESOURCES)
  }
  if (pairs.length === 0) return ctx.usageError('at least one image update is required')
  return forEachTarget(ctx, resources, (object) => setImages(ctx, object, pairs))
}

function setImages(ctx: KubectlContext, object: KubeObject, pairs: string[]): number {
  const podSpec = object.kind === 'Pod' ? object.spec : object.spec?.template?.spec
  if (!podSpec) return ctx.fail(`${object.kind} is not a resource with a pod template`)
  const containers = podSpec.containers.map((c: { name: string; image: string }) => ({ ...c }))
  for (const pair of pairs) {
    const [name, img] = [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]
    const matching = name === '*' ? containers : containers.filter((c: { name: string }) => c.name === name)
    if (matching.length === 0) return ctx.fail(`unable to find container named "${name}"`)
    for (const c of matching) c.image = img
  }
  const spec = { ...podSpec, containers }
  const updated = object.kind === 'Pod' ? { ...object, spec } : { ...object, spec: { ...object.spec, template: { ...object.spec.template, spec } } }
  const result = ctx.api.update(updated)
  if (!result.ok) {
    ctx.err(formatApiError(result.error))
    return 1
  }
  if (result.object.metadata.resourceVersion !== object.metadata.resourceVersion) ctx.out(`${qualifiedName(object)} image updated\n`)
  return 0
}

export const set: KubectlCommand = {
  name: 'set',
  path: 'set',
  flags: {},
  subcommands: [image, setEnv],
   
  *run(ctx) {
    return ctx.fail(ctx.args.length ? `unknown command "${ctx.args[0]}" for "kubectl set"` : 'use a subcommand: set image, set env')
  },
}
