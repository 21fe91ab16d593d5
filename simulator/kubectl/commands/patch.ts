// kubectl patch TYPE NAME -p PATCH [--type strategic|merge|json].
// mirrors kubernetes/kubectl pkg/cmd/patch/patch.go.

import { parse as parseYaml } from 'yaml'
import { deepEqual } from '../../engine/deep-equal'
import type { KubeObject } from '../../objects/meta'
import type { Proc } from '../../shell/run/process'
import { formatApiError, type KubectlCommand, type KubectlContext } from '../context'
import { applyPatch, type PatchType } from '../patch/apply-patch'
import { forEachTarget } from './named-targets'
import { qualifiedName } from '../targets'

export const patch: KubectlCommand = {
  name: 'patch',
  path: 'patch',
  flags: {
    patch: { type: 'string', short: 'p' },
    'patch-file': { type: 'string' },
    type: { type: 'string', default: 'strategic' },
    filename: { type: 'strings', short: 'f' },
    local: { type: 'bool' },
    'dry-run': { type: 'string', default: 'none', noOptDefault: 'unchanged' },
    output: { type: 'string', short: 'o' },
    subresource: { type: 'string' },
    'field-manager': { type: 'string' },
    'allow-missing-template-keys': { type: 'bool', default: true },
    'show-managed-fields': { type: 'bool' },
    template: { type: 'string' },
    recursive: { type: 'bool', short: 'R' },
    kustomize: { type: 'string', short: 'k' },
  },
  run: runPatch,
}

 
function* runPatch(ctx: KubectlContext): Proc {
  const type = ctx.flag<string>('type')
  if (!['strategic', 'merge', 'json'].includes(type)) {
    return ctx.fail(`--type must be one of [json merge strategic], not "${type}"`)
  }
  let text = ctx.flag<string>('patch')
  if (ctx.changed('patch-file')) {
    const read = ctx.io.fs.readFile(ctx.flag<string>('patch-file'), ctx.io.cwd)
    if (!read.ok) return ctx.fail(`unable to read patch file: open ${ctx.flag<string>('patch-file')}: no such file or directory`)
    text = read.content
  }
  if (!text) return ctx.usageError('must specify --patch or --patch-file containing the contents of the patch')
  let body: unknown
  try {
    body = parseYaml(text, { version: '1.1' })
  } catch (e) {
    return ctx.fail(`unable to parse "${text}": ${(e as Error).message.split('\n')[0]}`)
  }
  if (ctx.args.length === 0) return ctx.usageError('must specify at least one resource')
  return forEachTarget(ctx, ctx.args, (object) => patchOne(ctx, object, type as PatchType, body))
}

function patchOne(ctx: KubectlContext, object: KubeObject, type: PatchType, body: unknown): number {
  const patched = applyPatch(type, object, body)
  if (!patched.ok) {
    ctx.err(`Error from server (BadRequest): ${patched.error}\n`)
    return 1
  }
  if (deepEqual(patched.object, object)) {
    ctx.out(`${qualifiedName(object)} patched (no change)\n`)
    return 0
  }
  const result = ctx.api.update(patched.object, { patch: body })
  if (!result.ok) {
    ctx.err(formatApiError(result.error))
    return 1
  }
  ctx.out(`${qualifiedName(object)} patched\n`)
  return 0
}
