// kubectl wait --for=condition=X | --for=delete | --for=jsonpath='{…}'=VALUE, in virtual time.
// mirrors kubernetes/kubectl pkg/cmd/wait/wait.go (conditionFuncFor, IsDeleted, IsConditionMet, JSONPathWait).

import type { KubeObject } from '../../objects/meta'
import type { Proc } from '../../shell/run/process'
import type { KubectlCommand, KubectlContext } from '../context'
import { relaxedJSONPathExpression } from '../printers/custom-columns'
import { JSONPath } from '../printers/jsonpath'
import { parseTargets, qualifiedName } from '../targets'
import { parseSelector } from '../../engine/label-parser'
import { resourceFor } from '../../engine/resources'

type Check = (object: KubeObject | undefined) => boolean

export const wait: KubectlCommand = {
  name: 'wait',
  path: 'wait',
  flags: {
    for: { type: 'string' },
    timeout: { type: 'duration', default: 30_000 },
    selector: { type: 'string', short: 'l' },
    all: { type: 'bool' },
    'all-namespaces': { type: 'bool', short: 'A' },
    filename: { type: 'strings', short: 'f' },
    output: { type: 'string', short: 'o' },
    'field-selector': { type: 'string' },
    local: { type: 'bool' },
    recursive: { type: 'bool', short: 'R' },
  },
  run: runWait,
}

function condition(spec: string): Check | string {
  if (spec === 'delete') return (o) => o === undefined
  if (spec.startsWith('condition=')) {
    const [type, value = 'true'] = spec.slice('condition='.length).split('=')
    return (o) =>
      o !== undefined &&
      (o.status?.conditions ?? []).some((c: { type: string; status: string }) => c.type.toLowerCase() === type.toLowerCase() && c.status.toLowerCase() === value.toLowerCase())
  }
  if (spec.startsWith('jsonpath=')) {
    const body = spec.slice('jsonpath='.length)
    const close = body.lastIndexOf('}')
    const path = close >= 0 ? body.slice(0, close + 1) : body
    const value = body.slice(close + 2)
    const expression = relaxedJSONPathExpression(path)
    if (!expression.ok) return expression.error
    const parser = new JSONPath('wait')
    parser.allowMissingKeys = true
    const error = parser.parse(expression.value)
    if (error) return error
    return (o) => {
      if (!o) return false
      const found = parser.findResults(o).results[0] ?? []
      return found.length > 0 && String(found[0]) === value
    }
  }
  return `unrecognized condition: "${spec}"`
}

function* runWait(ctx: KubectlContext): Proc {
  const check = condition(ctx.flag<string>('for'))
  if (typeof check === 'string') return ctx.fail(check)
  const targets = parseTargets(ctx.args)
  if (!targets.ok) return ctx.fail(targets.error)
  const selectorText = ctx.flag<string>('selector')
  const selector = selectorText ? parseSelector(selectorText) : undefined
  if (selector && !selector.ok) return ctx.fail(selector.error)
  const objects: KubeObject[] = []
  for (const target of targets.groups) {
    const namespace = target.info.namespaced ? ctx.namespace : ''
    if (target.names === null) {
      objects.push(...ctx.store.list(target.info.kind, { namespace, labelSelector: selector?.ok ? selector.selector : undefined }))
      continue
    }
    for (const name of target.names) {
      const object = ctx.store.get({ kind: target.info.kind, namespace, name })
      if (!object) {
        if (ctx.flag<string>('for') === 'delete') continue
        ctx.err(`Error from server (NotFound): ${target.info.groupResource} "${name}" not found\n`)
        return 1
      }
      objects.push(object)
    }
  }
  if (objects.length === 0) return ctx.fail('no matching resources found')
  const deadline = ctx.runtime.clock.now() + ctx.flag<number>('timeout')
  for (const object of objects) {
    const live = () => ctx.store.getByUid(object.metadata.uid)
    if (!check(live())) yield { until: deadline, ready: () => check(live()) }
    if (!check(live())) {
      return ctx.fail(`timed out waiting for the condition on ${resourceFor(object.kind)?.plural ?? object.kind}/${object.metadata.name}`)
    }
    ctx.out(`${qualifiedName(object)} condition met\n`)
  }
  return 0
}
