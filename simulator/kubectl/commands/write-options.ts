// Options shared by the commands that write objects: --dry-run, --validate and the
// last-applied-configuration annotation kubectl apply and create --save-config keep.
// mirrors kubernetes/kubectl pkg/cmd/util/helpers.go (GetDryRunStrategy, GetValidationDirective)
// and pkg/util/apply.go (GetModifiedConfiguration).

import type { FieldValidation } from '../../engine/admission/decode'
import type { KubectlContext } from '../context'
import { klogLine } from '../klog'
import { marshalJSON } from '../printers/json'

export const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration'

export type DryRun = 'none' | 'client' | 'server'

export function dryRunMode(ctx: KubectlContext): { ok: true; mode: DryRun } | { ok: false; error: string } {
  const value = ctx.flag<string>('dry-run')
  if (value === 'unchanged') {
    ctx.err(klogLine(ctx, 'W', 'helpers.go:702] --dry-run is deprecated and can be replaced with --dry-run=client.'))
    return { ok: true, mode: 'client' }
  }
  if (value === 'none' || value === 'client' || value === 'server') return { ok: true, mode: value }
  return { ok: false, error: `Invalid dry-run value (${value}). Must be "none", "server", or "client".` }
}

export function fieldValidation(ctx: KubectlContext): { ok: true; value: FieldValidation } | { ok: false; error: string } {
  const value = ctx.flag<string>('validate').toLowerCase()
  if (value === 'strict' || value === 'true') return { ok: true, value: 'Strict' }
  if (value === 'warn') return { ok: true, value: 'Warn' }
  if (value === 'ignore' || value === 'false') return { ok: true, value: 'Ignore' }
  return { ok: false, error: `invalid - validate option "${ctx.flag<string>('validate')}"; must be one of: strict (or true), warn, ignore (or false)` }
}

/** `object` with its own JSON (keys sorted, without this annotation) as last-applied-configuration. */
export function withLastApplied(object: Record<string, unknown>): Record<string, unknown> {
  const metadata = { ...((object.metadata ?? {}) as Record<string, unknown>) }
  const annotations = { ...((metadata.annotations ?? {}) as Record<string, string>) }
  delete annotations[LAST_APPLIED]
  const bare = { ...object, metadata: { ...metadata, ...(Object.keys(annotations).length ? { annotations } : {}) } }
  if (!Object.keys(annotations).length) delete (bare.metadata as Record<string, unknown>).annotations
  const text = marshalJSON(bare) + '\n'
  return { ...object, metadata: { ...metadata, annotations: { ...annotations, [LAST_APPLIED]: text } } }
}
