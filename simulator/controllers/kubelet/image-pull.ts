// Getting a container's image onto the node: the per-node image cache, imagePullPolicy, and
// the pull's events and outcome. Mirrors kubernetes/kubernetes pkg/kubelet/images/image_manager.go
// (EnsureImageExists).
import type { ControllerContext } from '../../engine/controller'
import type { KubeObject } from '../../objects/meta'
import { parseImageReference, profileFor, pullImage, type ImageProfile } from './images'

export type PullResult =
  | { ok: true; profile: ImageProfile; afterMs: number }
  | { ok: false; reason: 'ErrImagePull' | 'InvalidImageName' | 'ErrImageNeverPull'; message: string; afterMs: number }

/** Images present per node, by the reference the kubelet pulled. */
export type ImageCache = Map<string, Set<string>>

function pullPolicy(container: { image: string; imagePullPolicy?: string }): string {
  if (container.imagePullPolicy) return container.imagePullPolicy
  const lastPart = container.image.split('/').at(-1) ?? ''
  return !lastPart.includes(':') || lastPart.endsWith(':latest') ? 'Always' : 'IfNotPresent'
}

/**
 * Starts getting `container`'s image on `node`, recording the kubelet's events now; the result
 * says when (afterMs from now) the image is there or the pull has failed.
 */
export function ensureImage(
  ctx: ControllerContext,
  cache: ImageCache,
  pod: KubeObject,
  container: { name: string; image: string; imagePullPolicy?: string },
  node: string,
): PullResult {
  const source = { component: 'kubelet', host: node }
  const fieldPath = `spec.containers{${container.name}}`
  const parsed = parseImageReference(container.image)
  if (!parsed.ok) {
    for (const e of parsed.invalid.events) ctx.events.record(pod, e.type, e.reason, e.message, source, fieldPath)
    return { ok: false, reason: 'InvalidImageName', message: parsed.invalid.message, afterMs: 0 }
  }
  const present = cache.get(node)?.has(parsed.ref.canonical) ?? false
  const profile = profileFor(parsed.ref)
  const policy = pullPolicy(container)
  if (present && profile && policy !== 'Always') {
    ctx.events.record(pod, 'Normal', 'Pulled', `Container image "${container.image}" already present on machine`, source, fieldPath)
    return { ok: true, profile, afterMs: 0 }
  }
  if (policy === 'Never') {
    const message = `Container image "${container.image}" is not present with pull policy of Never`
    ctx.events.record(pod, 'Warning', 'ErrImageNeverPull', message, source, fieldPath)
    return { ok: false, reason: 'ErrImageNeverPull', message, afterMs: 0 }
  }
  ctx.events.record(pod, 'Normal', 'Pulling', `Pulling image "${container.image}"`, source, fieldPath)
  const outcome = pullImage(container.image, { rand: () => ctx.random.next() })
  if (outcome.kind === 'pulled') {
    ctx.queue.scheduleAfter(outcome.totalMs, () => {
      if (!cache.has(node)) cache.set(node, new Set())
      cache.get(node)!.add(parsed.ref.canonical)
      ctx.events.record(pod, 'Normal', 'Pulled', outcome.message, source, fieldPath)
    }, `pulled ${container.image} on ${node}`)
    return { ok: true, profile: outcome.profile, afterMs: outcome.totalMs }
  }
  if (outcome.kind === 'invalid') return { ok: false, reason: 'InvalidImageName', message: outcome.invalid.message, afterMs: 0 }
  ctx.queue.scheduleAfter(outcome.afterMs, () => {
    ctx.events.record(pod, 'Warning', 'Failed', outcome.message, source, fieldPath)
    ctx.events.record(pod, 'Warning', 'Failed', 'Error: ErrImagePull', source, fieldPath)
  }, `pull failed ${container.image} on ${node}`)
  return { ok: false, reason: 'ErrImagePull', message: outcome.error, afterMs: outcome.afterMs }
}
