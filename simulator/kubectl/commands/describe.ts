// kubectl describe TYPE [NAME…] | TYPE/NAME | -f FILE | -l SELECTOR: the describers' text, one
// object after another, separated by a blank line.
// mirrors kubernetes/kubectl pkg/cmd/describe/describe.go (DescribeOptions.Run).

import type { Proc } from '../../shell/run/process'
import type { KubectlCommand, KubectlContext } from '../context'
import { describeObject } from '../describe'
import { fetchForGet } from './get'

export const describe: KubectlCommand = {
  name: 'describe',
  path: 'describe',
  flags: {
    selector: { type: 'string', short: 'l' },
    'all-namespaces': { type: 'bool', short: 'A' },
    filename: { type: 'strings', short: 'f' },
    recursive: { type: 'bool', short: 'R' },
    'show-events': { type: 'bool', default: true },
    'chunk-size': { type: 'int', default: 500 },
    kustomize: { type: 'string', short: 'k' },
    'ignore-not-found': { type: 'bool' },
  },
  run: runDescribe,
}

 
function* runDescribe(ctx: KubectlContext): Proc {
  if (ctx.args.length === 0 && ctx.flag<string[]>('filename').length === 0) {
    return ctx.fail('You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.')
  }
  const fetched = fetchForGet(ctx)
  if (typeof fetched === 'string') {
    ctx.err(fetched)
    return 1
  }
  const objects = fetched.groups.flatMap((g) => g.objects)
  const texts = objects.map((o) => describeObject(o, { store: ctx.store, nowMs: ctx.nowMs(), showEvents: ctx.flag<boolean>('show-events') }))
  ctx.out(texts.map((text, i) => (i ? `\n\n${text}` : text)).join(''))
  for (const error of fetched.errors) ctx.err(error)
  if (objects.length === 0 && fetched.errors.length === 0) {
    ctx.err(ctx.allNamespaces ? 'No resources found\n' : `No resources found in ${ctx.namespace} namespace.\n`)
  }
  return fetched.errors.length ? 1 : 0
}
