// kubectl set env TYPE/NAME KEY=VALUE… KEY-… [--from=secret/NAME|configmap/NAME] [--list]:
// environment variables of a pod template's containers.
// mirrors kubernetes/kubectl pkg/cmd/set/set_env.go (and env/env_parse.go for KEY=VALUE, KEY-).

import type { KubeObject } from '../../objects/meta'
import type { Proc } from '../../shell/run/process'
import { formatApiError, type KubectlCommand, type KubectlContext } from '../context'
import { qualifiedName } from '../targets'
import { forEachTarget, NO_RESOURCES, SET_TARGET_FLAGS } from './named-targets'

/* eslint-disable @typescript-eslint/no-explicit-any */
type EnvVar = { name: string; value?: string; valueFrom?: any }

export const setEnv: KubectlCommand = {
  name: 'env',
  path: 'set env',
  flags: {
    env: { type: 'strings', short: 'e' },
    from: { type: 'string' },
    prefix: { type: 'string' },
    keys: { type: 'strings' },
    containers: { type: 'string', short: 'c', default: '*' },
    list: { type: 'bool' },
    resolve: { type: 'bool' },
    overwrite: { type: 'bool', default: true },
    ...SET_TARGET_FLAGS,
  },
  run: runSetEnv,
}

/** env.go keyToEnvName: anything but letters, digits and _ becomes _, then upper case. */
const keyToEnvName = (key: string) => key.replace(/[^a-zA-Z0-9_]/g, '_').toUpperCase()

function* runSetEnv(ctx: KubectlContext): Proc {
  const resources = ctx.args.filter((a) => !a.includes('=') && !a.endsWith('-'))
  const pairs = [...ctx.args.filter((a) => a.includes('=') || a.endsWith('-')), ...(ctx.flag<string[]>('env') ?? [])]
  if (resources.length === 0) {
    return ctx.fail(NO_RESOURCES)
  }
  const list = ctx.flag<boolean>('list')
  const from = ctx.flag<string>('from')
  if (!list && pairs.length === 0 && !from) return ctx.fail('at least one environment variable must be provided')
  const adds: EnvVar[] = []
  const removes: string[] = []
  for (const pair of pairs) {
    if (pair.endsWith('-') && !pair.includes('=')) removes.push(pair.slice(0, -1))
    else {
      const eq = pair.indexOf('=')
      const name = pair.slice(0, eq)
      if (!/^[-._a-zA-Z][-._a-zA-Z0-9]*$/.test(name)) return ctx.fail(`invalid key name "${name}"`)
      adds.push({ name, value: pair.slice(eq + 1) })
    }
  }
  if (from) {
    const fromVars = envFrom(ctx, from)
    if (typeof fromVars === 'number') return fromVars
    adds.push(...fromVars)
  }
  return forEachTarget(ctx, resources, (object, info) => (list ? listEnv(ctx, object, info.plural) : updateEnv(ctx, object, adds, removes)))
}

/** --from=secret/NAME or configmap/NAME: one variable per key, read from it at run time. */
function envFrom(ctx: KubectlContext, from: string): EnvVar[] | number {
  const [type, name] = from.split('/')
  const kind = /^(secrets?)$/.test(type) ? 'Secret' : /^(configmaps?|cm)$/.test(type) ? 'ConfigMap' : undefined
  if (!kind || !name) return ctx.fail(`unsupported resource specified in --from`)
  const source = ctx.store.get({ kind, namespace: ctx.namespace, name })
  if (!source) {
    ctx.err(`Error from server (NotFound): ${kind === 'Secret' ? 'secrets' : 'configmaps'} "${name}" not found\n`)
    return 1
  }
  const wanted = ctx.flag<string[]>('keys') ?? []
  const prefix = ctx.flag<string>('prefix') ?? ''
  const refKey = kind === 'Secret' ? 'secretKeyRef' : 'configMapKeyRef'
  return Object.keys((source as any).data ?? {})
    .sort()
    .filter((key) => wanted.length === 0 || wanted.includes(key))
    .map((key) => ({ name: `${prefix}${keyToEnvName(key)}`, valueFrom: { [refKey]: { name, key } } }))
}

function podSpecOf(object: KubeObject): any {
  return object.kind === 'Pod' ? (object as any).spec : (object as any).spec?.template?.spec
}

function selected(ctx: KubectlContext, containers: { name: string }[]): { name: string }[] {
  const pattern = ctx.flag<string>('containers')
  return pattern === '*' ? containers : containers.filter((c) => c.name === pattern)
}

function updateEnv(ctx: KubectlContext, object: KubeObject, adds: EnvVar[], removes: string[]): number {
  const podSpec = podSpecOf(object)
  if (!podSpec) return ctx.fail(`${object.kind} is not a resource with a pod template`)
  const targets = new Set(selected(ctx, podSpec.containers).map((c) => c.name))
  const overwrite = ctx.flag<boolean>('overwrite')
  const containers = podSpec.containers.map((c: { name: string; env?: EnvVar[] }) => {
    if (!targets.has(c.name)) return c
    const env = [...(c.env ?? [])].filter((e) => !removes.includes(e.name))
    for (const add of adds) {
      const at = env.findIndex((e) => e.name === add.name)
      if (at < 0) env.push(add)
      else if (overwrite) env[at] = add
    }
    if (env.length) return { ...c, env }
    const bare: { name: string; env?: EnvVar[] } = { ...c }
    delete bare.env
    return bare
  })
  const spec = { ...podSpec, containers }
  const updated = object.kind === 'Pod' ? { ...object, spec } : { ...object, spec: { ...(object as any).spec, template: { ...(object as any).spec.template, spec } } }
  const result = ctx.api.update(updated as KubeObject)
  if (!result.ok) {
    ctx.err(formatApiError(result.error))
    return 1
  }
  if (result.object.metadata.resourceVersion !== object.metadata.resourceVersion) ctx.out(`${qualifiedName(object)} env updated\n`)
  return 0
}

/** --list: each container's variables as KEY=value, references as comments (set_env.go). */
function listEnv(ctx: KubectlContext, object: KubeObject, plural: string): number {
  const podSpec = podSpecOf(object)
  if (!podSpec) return ctx.fail(`${object.kind} is not a resource with a pod template`)
  for (const c of selected(ctx, podSpec.containers) as { name: string; env?: EnvVar[] }[]) {
    ctx.out(`# ${plural}/${object.metadata.name}, container ${c.name}\n`)
    for (const e of c.env ?? []) {
      const from = e.valueFrom
      if (from?.secretKeyRef) ctx.out(`# ${e.name} from secret ${from.secretKeyRef.name}, key ${from.secretKeyRef.key}\n`)
      else if (from?.configMapKeyRef) ctx.out(`# ${e.name} from configmap ${from.configMapKeyRef.name}, key ${from.configMapKeyRef.key}\n`)
      else if (from?.fieldRef) ctx.out(`# ${e.name} from field path ${from.fieldRef.fieldPath}\n`)
      else ctx.out(`${e.name}=${e.value ?? ''}\n`)
    }
  }
  return 0
}
/* eslint-enable @typescript-eslint/no-explicit-any */
