// kubectl apply -f: create what does not exist, merge what does (client-side apply with the
// last-applied-configuration annotation), report created / configured / unchanged.
// mirrors kubernetes/kubectl pkg/cmd/apply/apply.go (ApplyOptions.applyOneObject) and
// pkg/cmd/apply/patcher.go.

import { deepEqual } from '../../engine/deep-equal'
import type { ApiFailure } from '../../engine/api-server'
import { kubectlMappingText } from '../../engine/admission/status-errors'
import { resolveResource } from '../../engine/resources'
import type { KubeObject } from '../../objects/meta'
import type { Proc } from '../../shell/run/process'
import { threeWayMerge } from '../apply/three-way'
import { formatApiError, type KubectlCommand, type KubectlContext } from '../context'
import type { FlagSpecs } from '../flags'
import { readManifests, type Manifest } from '../manifests'
import { printGeneric } from '../output'
import { qualifiedName } from '../targets'
import { dryRunMode, fieldValidation, withLastApplied, LAST_APPLIED } from './write-options'

export const applyFlags: FlagSpecs = {
  filename: { type: 'strings', short: 'f' },
  recursive: { type: 'bool', short: 'R' },
  'dry-run': { type: 'string', default: 'none', noOptDefault: 'unchanged' },
  validate: { type: 'string', default: 'strict', noOptDefault: 'strict' },
  output: { type: 'string', short: 'o' },
  'server-side': { type: 'bool' },
  'force-conflicts': { type: 'bool' },
  'field-manager': { type: 'string', default: 'kubectl-client-side-apply' },
  force: { type: 'bool' },
  'grace-period': { type: 'int', default: -1 },
  overwrite: { type: 'bool', default: true },
  prune: { type: 'bool' },
  selector: { type: 'string', short: 'l' },
  'show-managed-fields': { type: 'bool' },
  wait: { type: 'bool' },
  kustomize: { type: 'string', short: 'k' },
  'allow-missing-template-keys': { type: 'bool', default: true },
  template: { type: 'string' },
  'save-config': { type: 'bool' },
  timeout: { type: 'duration' },
  cascade: { type: 'string', default: 'background', noOptDefault: 'background' },
  'server-print': { type: 'bool', default: true },
}

export const apply: KubectlCommand = {
  name: 'apply',
  path: 'apply',
  flags: applyFlags,
  run: runApply,
}

 
function* runApply(ctx: KubectlContext): Proc {
  const filenames = ctx.flag<string[]>('filename')
  if (filenames.length === 0) return ctx.fail('must specify one of -f and -k')
  const dryRun = dryRunMode(ctx)
  if (!dryRun.ok) return ctx.fail(dryRun.error)
  const validation = fieldValidation(ctx)
  if (!validation.ok) return ctx.fail(validation.error)
  const read = readManifests(filenames, ctx.io, ctx.flag<boolean>('recursive'))
  if (!read.ok) return ctx.fail(read.error)
  if (read.manifests.length === 0) return ctx.fail('no objects passed to apply')
  const errors: string[] = []
  for (const manifest of read.manifests) {
    const error = applyOne(ctx, manifest, dryRun.mode, validation.value)
    if (error) errors.push(error)
  }
  for (const error of errors) ctx.err(error)
  return errors.length ? 1 : 0
}

/** Applies one document; returns the error text to print at the end, or undefined. */
function applyOne(ctx: KubectlContext, manifest: Manifest, dryRun: 'none' | 'client' | 'server', validation: 'Strict' | 'Warn' | 'Ignore'): string | undefined {
  const checked = checkManifest(ctx, manifest)
  if (typeof checked === 'string') return checked
  const { object, namespace } = checked
  const info = resolveResource(String(object.kind))
  const name = ((object.metadata ?? {}) as { name?: string }).name ?? ''
  const live = info ? ctx.store.get({ kind: info.kind, namespace: info.namespaced ? namespace : '', name }) : undefined
  const desired = withLastApplied(object)
  const suffix = dryRun === 'client' ? ' (dry run)' : dryRun === 'server' ? ' (server dry run)' : ''
  if (!live) {
    if (dryRun === 'client') return report(ctx, desired as KubeObject, `created${suffix}`)
    const created = ctx.api.create(desired, { namespace, fieldValidation: validation, dryRun: dryRun === 'server' })
    if (!created.ok) return failure(created.error, manifest.source, 'creating')
    warn(ctx, created.warnings)
    return report(ctx, created.object, `created${suffix}`)
  }
  if (!live.metadata.annotations?.[LAST_APPLIED] && info) {
    // mirrors warningNoLastAppliedConfigAnnotation in kubectl's apply.go
    ctx.err(
      `Warning: resource ${info.plural}/${name} is missing the ${LAST_APPLIED} annotation which is required by kubectl apply. ` +
        'kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. ' +
        'The missing annotation will be patched automatically.\n',
    )
  }
  const original = parseLastApplied(live)
  const merged = threeWayMerge(original, desired, live) as KubeObject
  if (deepEqual(merged, live)) return report(ctx, live, `unchanged${suffix}`)
  if (dryRun === 'client') return report(ctx, merged, `configured${suffix}`)
  const updated = ctx.api.update(merged, { namespace, fieldValidation: validation, dryRun: dryRun === 'server' })
  if (!updated.ok) return failure(updated.error, manifest.source, 'patching')
  warn(ctx, updated.warnings)
  return report(ctx, updated.object, `configured${suffix}`)
}

type Checked = { object: Record<string, unknown>; namespace: string }

/** kubectl's client-side checks before any request: kind, apiVersion, the namespace flag. */
function checkManifest(ctx: KubectlContext, manifest: Manifest): Checked | string {
  const object = manifest.object
  const validating = (what: string) =>
    `error: error validating "${manifest.source}": error validating data: ${what}; if you choose to ignore these errors, turn validation off with --validate=false\n`
  if (!object.kind) return validating('kind not set')
  if (!object.apiVersion) return validating('apiVersion not set')
  const metadata = (typeof object.metadata === 'object' && object.metadata !== null ? object.metadata : {}) as Record<string, unknown>
  const info = resolveResource(String(object.kind))
  const own = typeof metadata.namespace === 'string' ? metadata.namespace : ''
  if (own && ctx.changed('namespace') && own !== ctx.namespace) {
    return `error: the namespace from the provided object "${own}" does not match the namespace "${ctx.namespace}". You must pass '--namespace=${own}' to perform this operation.\n`
  }
  const namespace = own || ctx.namespace
  const withNamespace = info?.namespaced ? { ...object, metadata: { ...metadata, namespace } } : object
  return { object: withNamespace, namespace }
}

function parseLastApplied(live: KubeObject): unknown {
  const text = live.metadata.annotations?.[LAST_APPLIED]
  if (!text) return {}
  try {
    return JSON.parse(text)
  } catch {
    return {}
  }
}

function report(ctx: KubectlContext, object: KubeObject, what: string): undefined {
  const format = ctx.flag<string>('output')
  if (format && format !== 'name') {
    const printed = printGeneric([object], format, true)
    if (printed.ok) ctx.out(printed.out)
    return undefined
  }
  ctx.out(format === 'name' ? `${qualifiedName(object)}\n` : `${qualifiedName(object)} ${what}\n`)
  return undefined
}

function warn(ctx: KubectlContext, warnings: readonly string[]): void {
  for (const warning of warnings) ctx.err(`Warning: ${warning}\n`)
}

function failure(error: ApiFailure, source: string, verb: string): string {
  if (error.reason === 'NoKindMatch') return kubectlMappingText(error as Parameters<typeof kubectlMappingText>[0], source)
  return formatApiError(error, { verb, file: source })
}
