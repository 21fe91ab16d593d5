// A lesson's starting objects as `kubectl apply -f manifests/` would have created them: in the
// default namespace when namespaced and unset, and with the last-applied-configuration
// annotation, so a learner's later `kubectl apply` of the same file is a plain "configured".
import { resolveResource } from '../engine/resources'
import { withLastApplied } from '../kubectl/commands/write-options'

export function asApplied(object: unknown): unknown {
  if (typeof object !== 'object' || object === null) return object
  const manifest = object as Record<string, unknown>
  const metadata = (typeof manifest.metadata === 'object' && manifest.metadata !== null ? manifest.metadata : {}) as Record<string, unknown>
  const namespaced = resolveResource(String(manifest.kind ?? ''))?.namespaced ?? false
  const placed = namespaced && !metadata.namespace ? { ...manifest, metadata: { ...metadata, namespace: 'default' } } : manifest
  return withLastApplied(placed)
}
