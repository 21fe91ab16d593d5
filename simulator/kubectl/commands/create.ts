// kubectl create -f, and the generators learners need beside manifests: namespace, secret
// generic, configmap. There is no `kubectl create statefulset`.
// mirrors kubernetes/kubectl pkg/cmd/create/{create,create_namespace,create_secret,create_configmap}.go.

import { kubectlMappingText } from '../../engine/admission/status-errors'
import type { KubeObject } from '../../objects/meta'
import type { Proc } from '../../shell/run/process'
import { formatApiError, type KubectlCommand, type KubectlContext } from '../context'
import type { FlagSpecs } from '../flags'
import { readManifests } from '../manifests'
import { printGeneric } from '../output'
import { qualifiedName } from '../targets'
import { dryRunMode, fieldValidation, withLastApplied } from './write-options'

const writeFlags: FlagSpecs = {
  'dry-run': { type: 'string', default: 'none', noOptDefault: 'unchanged' },
  output: { type: 'string', short: 'o' },
  'save-config': { type: 'bool' },
  validate: { type: 'string', default: 'strict', noOptDefault: 'strict' },
  'field-manager': { type: 'string', default: 'kubectl-create' },
  'allow-missing-template-keys': { type: 'bool', default: true },
  'show-managed-fields': { type: 'bool' },
  template: { type: 'string' },
}

/** Creates `object` (or only prints it for --dry-run=client); prints `kind/name created`. */
function createObject(ctx: KubectlContext, object: Record<string, unknown>, source?: string): string | undefined {
  const dryRun = dryRunMode(ctx)
  if (!dryRun.ok) return `error: ${dryRun.error}\n`
  const validation = fieldValidation(ctx)
  if (!validation.ok) return `error: ${validation.error}\n`
  const raw = ctx.flag<boolean>('save-config') ? withLastApplied(object) : object
  const suffix = dryRun.mode === 'client' ? ' (dry run)' : dryRun.mode === 'server' ? ' (server dry run)' : ''
  let created = (dryRun.mode === 'client' ? asGenerated(ctx, raw) : raw) as KubeObject
  if (dryRun.mode !== 'client') {
    const result = ctx.api.create(raw, { namespace: ctx.namespace, fieldValidation: validation.value, dryRun: dryRun.mode === 'server' })
    if (!result.ok) {
      if (result.error.reason === 'NoKindMatch' && source) return kubectlMappingText(result.error as Parameters<typeof kubectlMappingText>[0], source)
      return formatApiError(result.error, source ? { verb: 'creating', file: source } : undefined)
    }
    created = result.object
  }
  const format = ctx.flag<string>('output')
  if (format && format !== 'name') {
    const printed = printGeneric([created], format, true)
    if (!printed.ok) return `error: ${printed.error}\n`
    ctx.out(printed.out)
  } else ctx.out(format === 'name' ? `${qualifiedName(created)}\n` : `${qualifiedName(created)} created${suffix}\n`)
  return undefined
}

/**
 * A generated object as `--dry-run=client -o yaml` prints it: metadata.creationTimestamp null (the
 * Go zero time) and no namespace unless -n was given.
 */
function asGenerated(ctx: KubectlContext, object: Record<string, unknown>): Record<string, unknown> {
  const metadata: Record<string, unknown> = { ...(object.metadata as Record<string, unknown>), creationTimestamp: null }
  if (!ctx.changed('namespace')) delete metadata.namespace
  return { ...object, metadata }
}

/** `key=value` pairs from --from-literal, in order; later keys replace earlier ones. */
function literals(ctx: KubectlContext): Record<string, string> | string {
  const data: Record<string, string> = {}
  for (const literal of ctx.flag<string[]>('from-literal')) {
    const eq = literal.indexOf('=')
    if (eq <= 0) return `error: invalid literal source ${literal}, expected key=value\n`
    data[literal.slice(0, eq)] = literal.slice(eq + 1)
  }
  return data
}

function oneName(ctx: KubectlContext, args: readonly string[]): string | number {
  if (args.length !== 1) return ctx.usageError(`exactly one NAME is required, got ${args.length}`)
  return args[0]
}

const namespace: KubectlCommand = {
  name: 'namespace',
  aliases: ['ns'],
  path: 'create namespace',
  flags: writeFlags,
   
  *run(ctx) {
    const name = oneName(ctx, ctx.args)
    if (typeof name === 'number') return name
    return finish(ctx, createObject(ctx, { apiVersion: 'v1', kind: 'Namespace', metadata: { name }, spec: {}, status: {} }))
  },
}

const configmap: KubectlCommand = {
  name: 'configmap',
  aliases: ['cm'],
  path: 'create configmap',
  flags: { ...writeFlags, 'from-literal': { type: 'strings' }, 'from-file': { type: 'strings' }, 'from-env-file': { type: 'strings' }, 'append-hash': { type: 'bool' } },
   
  *run(ctx) {
    const name = oneName(ctx, ctx.args)
    if (typeof name === 'number') return name
    const data = literals(ctx)
    if (typeof data === 'string') return finish(ctx, data)
    return finish(ctx, createObject(ctx, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: ctx.namespace }, data }))
  },
}

const secret: KubectlCommand = {
  name: 'secret',
  path: 'create secret generic',
  flags: { ...writeFlags, 'from-literal': { type: 'strings' }, 'from-file': { type: 'strings' }, 'from-env-file': { type: 'strings' }, type: { type: 'string' }, 'append-hash': { type: 'bool' } },
   
  *run(ctx) {
    if (ctx.args[0] !== 'generic') {
      return ctx.usageError(ctx.args.length ? `unknown command "${ctx.args[0]}" for "kubectl create secret"` : 'Required resource not specified.')
    }
    const name = oneName(ctx, ctx.args.slice(1))
    if (typeof name === 'number') return name
    const data = literals(ctx)
    if (typeof data === 'string') return finish(ctx, data)
    const encoded = Object.fromEntries(Object.entries(data).map(([k, v]) => [k, base64(v)]))
    const type = ctx.flag<string>('type')
    return finish(ctx, createObject(ctx, { apiVersion: 'v1', kind: 'Secret', metadata: { name, namespace: ctx.namespace }, data: encoded, ...(type ? { type } : {}) }))
  },
}

function base64(text: string): string {
  let binary = ''
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte)
  return btoa(binary)
}

function finish(ctx: KubectlContext, error: string | undefined): number {
  if (error) ctx.err(error)
  return error ? 1 : 0
}

export const create: KubectlCommand = {
  name: 'create',
  path: 'create',
  flags: { ...writeFlags, filename: { type: 'strings', short: 'f' }, recursive: { type: 'bool', short: 'R' }, edit: { type: 'bool' }, raw: { type: 'string' }, selector: { type: 'string', short: 'l' }, kustomize: { type: 'string', short: 'k' }, 'windows-line-endings': { type: 'bool' } },
  subcommands: [namespace, configmap, secret],
   
  *run(ctx): Proc {
    const filenames = ctx.flag<string[]>('filename')
    if (ctx.args.length) return ctx.usageError(`Unexpected args: [${ctx.args.join(' ')}]`)
    if (filenames.length === 0) {
      return ctx.fail('must specify one of -f and -k')
    }
    const read = readManifests(filenames, ctx.io, ctx.flag<boolean>('recursive'))
    if (!read.ok) return ctx.fail(read.error)
    const errors: string[] = []
    for (const manifest of read.manifests) {
      const object = manifest.object
      if (!object.kind) {
        errors.push(`error: error validating "${manifest.source}": error validating data: kind not set; if you choose to ignore these errors, turn validation off with --validate=false\n`)
        continue
      }
      const error = createObject(ctx, object, manifest.source)
      if (error) errors.push(error)
    }
    for (const error of errors) ctx.err(error)
    return errors.length ? 1 : 0
  },
}
