// kubectl explain RESOURCE[.field.path]: the documentation of a kind or of one of its fields,
// from the schema the API server decodes with and the sandbox's own descriptions.
// mirrors kubernetes/kubectl pkg/cmd/explain/explain.go (ExplainOptions.Validate and Run) and
// pkg/explain/v2/explain.go (printModelDescriptionWithGenerator).

import { kinds } from '../../engine/admission/kinds'
import { structOf } from '../../engine/admission/schema'
import { resources } from '../../engine/resources'
import type { Proc } from '../../shell/run/process'
import type { KubectlCommand, KubectlContext } from '../context'
import { explainOpenAPIV2 } from '../explain/render-openapiv2'
import { explainPlaintext, type Explanation } from '../explain/render'
import { resolveExplainTarget, type ExplainTarget } from '../explain/resolve'
import { explainHelp } from '../help'

/** The OpenAPI v3 documents the server serves, as `openapi/v3` lists them (`api/v1`, `apis/apps/v1`). */
const servedPaths = new Set(resources.map((r) => (r.group ? `apis/${r.group}/${r.version}` : `api/${r.version}`)))

export const explain: KubectlCommand = {
  name: 'explain',
  path: 'explain',
  flags: {
    recursive: { type: 'bool' },
    'api-version': { type: 'string' },
    output: { type: 'string', short: 'o', default: 'plaintext' },
    help: { type: 'bool', short: 'h' },
  },
  run: runExplain,
}

function* runExplain(ctx: KubectlContext): Proc {
  if (ctx.flag('help')) {
    ctx.out(explainHelp)
    return 0
  }
  if (ctx.args.length === 0) {
    return ctx.fail('You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.')
  }
  if (ctx.args.length > 1) return ctx.fail('We accept only this format: explain RESOURCE')
  const apiVersion = ctx.flag<string>('api-version')
  const resolved = resolveExplainTarget(ctx.args[0], apiVersion !== '')
  if (!resolved.ok) {
    ctx.err(resolved.error)
    return 1
  }
  const explanation = explainTarget(resolved.target, apiVersion, ctx.flag<string>('output'), ctx.flag('recursive'))
  if (typeof explanation === 'string') return ctx.fail(explanation)
  ctx.out(explanation.out)
  return explanation.error === undefined ? 0 : ctx.fail(explanation.error)
}

/**
 * The explanation of `target` in `apiVersion` (its own when empty) and format `output`, or
 * kubectl's error without `error: ` when that version, format or kind is not served.
 */
function explainTarget(target: ExplainTarget, apiVersion: string, output: string, recursive: boolean): Explanation | string {
  const { resource, fieldPath } = target
  const gv = apiVersion ? parseGroupVersion(apiVersion) : [resource.group, resource.version]
  if (!gv) return `unexpected GroupVersion string: ${apiVersion}`
  const [group, version] = gv
  const served = kinds.find((k) => k.group === group && k.version === version && k.resource === resource.plural)
  if (output === 'plaintext-openapiv2') {
    if (!served) return `couldn't find resource for "${group}/${version}, Kind=${resource.kind}"`
    return explainOpenAPIV2(served, structOf(served.root), fieldPath, recursive)
  }
  const gvr = `${group}/${version}, Resource=${resource.plural}`
  if (!servedPaths.has(group ? `apis/${group}/${version}` : `api/${version}`)) return `couldn't find resource for "${gvr}"`
  if (output !== 'plaintext') return `unrecognized format: ${output}`
  if (!served) return `GVR (${gvr}) not found in OpenAPI schema`
  return explainPlaintext(served, structOf(served.root), fieldPath, recursive)
}

/** schema.ParseGroupVersion: `v1`, `apps/v1`, and `` or `/` for the empty version; null when malformed. */
function parseGroupVersion(text: string): [string, string] | null {
  if (text === '/') return ['', '']
  const parts = text.split('/')
  if (parts.length > 2) return null
  return parts.length === 1 ? ['', text] : [parts[0], parts[1]]
}
