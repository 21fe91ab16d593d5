// kubectl config: the kind cluster's kubeconfig (view, current-context, get-contexts) and
// `set-context --current --namespace=…`, which changes the namespace later commands use.
// mirrors kubernetes/kubectl pkg/cmd/config.

import type { KubectlCommand, KubectlContext } from '../context'
import { TabWriter } from '../printers/tabwriter'

export const CONTEXT_NAME = 'kind-kind'

function kubeconfig(namespace: string): string {
  const ns = namespace && namespace !== 'default' ? `    namespace: ${namespace}\n` : ''
  return (
    'apiVersion: v1\nclusters:\n- cluster:\n    certificate-authority-data: DATA+OMITTED\n    server: https://127.0.0.1:39527\n' +
    `  name: ${CONTEXT_NAME}\ncontexts:\n- context:\n    cluster: ${CONTEXT_NAME}\n${ns}    user: ${CONTEXT_NAME}\n  name: ${CONTEXT_NAME}\n` +
    `current-context: ${CONTEXT_NAME}\nkind: Config\npreferences: {}\nusers:\n- name: ${CONTEXT_NAME}\n  user:\n` +
    '    client-certificate-data: DATA+OMITTED\n    client-key-data: DATA+OMITTED\n'
  )
}

const sub = (name: string, flags: KubectlCommand['flags'], run: (ctx: KubectlContext) => number): KubectlCommand => ({
  name,
  path: `config ${name}`,
  flags,
   
  *run(ctx) {
    return run(ctx)
  },
})

const view = sub('view', { minify: { type: 'bool' }, raw: { type: 'bool' }, flatten: { type: 'bool' }, output: { type: 'string', short: 'o' } }, (ctx) => {
  ctx.out(kubeconfig(ctx.cluster.context.namespace))
  return 0
})

const currentContext = sub('current-context', {}, (ctx) => {
  ctx.out(`${CONTEXT_NAME}\n`)
  return 0
})

const getContexts = sub('get-contexts', { 'no-headers': { type: 'bool' }, output: { type: 'string', short: 'o' } }, (ctx) => {
  if (ctx.flag<string>('output') === 'name') {
    ctx.out(`${CONTEXT_NAME}\n`)
    return 0
  }
  let out = ''
  const w = new TabWriter((t) => (out += t), 0, 8, 3, ' ', 0)
  if (!ctx.flag<boolean>('no-headers')) w.write('CURRENT\tNAME\tCLUSTER\tAUTHINFO\tNAMESPACE\n')
  const ns = ctx.cluster.context.namespace === 'default' ? '' : ctx.cluster.context.namespace
  w.write(`*\t${CONTEXT_NAME}\t${CONTEXT_NAME}\t${CONTEXT_NAME}\t${ns}\n`)
  w.flush()
  ctx.out(out)
  return 0
})

const setContext = sub('set-context', { current: { type: 'bool' }, cluster: { type: 'string' }, user: { type: 'string' } }, (ctx) => {
  const name = ctx.flag<boolean>('current') ? CONTEXT_NAME : ctx.args[0]
  if (!name) return ctx.usageError('you must specify a non-empty context name or --current')
  if (name !== CONTEXT_NAME) return ctx.fail(`this sandbox has one context, ${CONTEXT_NAME}`)
  if (ctx.changed('namespace')) ctx.cluster.context.namespace = ctx.flag<string>('namespace') || 'default'
  ctx.out(`Context "${name}" modified.\n`)
  return 0
})

const useContext = sub('use-context', {}, (ctx) => {
  if (ctx.args[0] !== CONTEXT_NAME) return ctx.fail(`no context exists with the name: "${ctx.args[0] ?? ''}"`)
  ctx.out(`Switched to context "${CONTEXT_NAME}".\n`)
  return 0
})

export const config: KubectlCommand = {
  name: 'config',
  path: 'config',
  flags: {},
  subcommands: [view, currentContext, getContexts, setContext, useContext],
   
  *run(ctx) {
    return ctx.args.length ? ctx.fail(`unknown command "${ctx.args[0]}" for "kubectl config"`) : ctx.fail('use a subcommand: view, current-context, get-contexts, set-context, use-context')
  },
}
