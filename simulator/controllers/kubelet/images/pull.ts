// Image pulls as containerd (2.x, CRI) performs them on a kind node and the kubelet reports them.
// Error texts are containerd's, as the kubelet puts them in the Failed event and in the waiting
// message. Since kubelet 1.28 (kubernetes#117612) gRPC code Unknown is stripped, so only
// NotFound keeps its `rpc error: code = NotFound desc = ` prefix. Verified against real events:
//   NotFound (kind, 2026): `... failed to resolve reference "docker.io/library/nginx:1.27.test":
//     docker.io/library/nginx:1.27.test: not found`; registry.k8s.io and gcr.io answer the same.
//   Docker Hub, no such repository: `failed to pull and unpack image "docker.io/library/busybox777:latest":
//     failed to resolve reference "...": pull access denied, repository does not exist or may
//     require authorization: server message: insufficient_scope: authorization failed`
//   ghcr.io: `failed to authorize: failed to fetch anonymous token: unexpected status from GET request
//     to https://ghcr.io/token?scope=repository%3A...%3Apull&service=ghcr.io: 401 Unauthorized`
//   DNS: `failed to do request: Head "https://<host>/v2/<path>/manifests/<ref>": dial tcp: lookup
//     <host> on <resolver>: no such host` (Go net.DNSError wording).
import { goQuote } from '../../../engine/admission/go-format'
import { formatGoDuration } from './go-duration'
import { lookupImage, type ImageProfile } from './profiles'
import { parseImageReference, type ImageReference, type InvalidImageName } from './reference'
import { lookupRegistry } from './registries'
import { between } from './timeline'

export interface PullContext {
  /** Seeded uniform [0,1) source. */
  rand: () => number
  /** The node's DNS server; kind nodes resolve through the docker network gateway. */
  resolver?: string
  /** Time this pull waited behind other pulls (the "including waiting" part), ms. */
  waitedMs?: number
}

export type PullOutcome =
  | {
      kind: 'pulled'
      profile: ImageProfile
      /** Time spent pulling and unpacking, ms. */
      pullMs: number
      /** pullMs plus the wait, ms. */
      totalMs: number
      /** Normal `Pulled` event message. */
      message: string
    }
  | {
      kind: 'failed'
      /** The runtime error (container waiting message for ErrImagePull). */
      error: string
      /** How long the failed attempt took, ms. */
      afterMs: number
      /** Warning `Failed` event message. */
      message: string
    }
  /** The name does not parse: the kubelet never asks the runtime (waiting reason InvalidImageName). */
  | { kind: 'invalid'; invalid: InvalidImageName }

/** `Successfully pulled image "X" in 3.412s (3.412s including waiting). Image size: N bytes.` */
export function pulledMessage(image: string, pullMs: number, totalMs: number, size: number): string {
  return `Successfully pulled image ${goQuote(image)} in ${formatGoDuration(pullMs)} (${formatGoDuration(totalMs)} including waiting). Image size: ${size} bytes.`
}

/** `Failed to pull image "X": <runtime error>` */
export function pullFailedMessage(image: string, error: string): string {
  return `Failed to pull image ${goQuote(image)}: ${error}`
}

function manifestUrl(scheme: string, host: string, ref: ImageReference): string {
  return `${scheme}://${host}/v2/${ref.path}/manifests/${ref.digest ?? ref.tag ?? 'latest'}`
}

/** The containerd error for a reference that cannot be pulled; undefined when it can. */
export function pullError(ref: ImageReference, resolver = '172.18.0.1:53'): string | undefined {
  const image = ref.canonical
  const prefix = `failed to pull and unpack image "${image}": failed to resolve reference "${image}": `
  const registry = lookupRegistry(ref.domain)
  if (registry.kind === 'unresolvable') {
    const url = manifestUrl('https', ref.domain, ref)
    return `${prefix}failed to do request: Head "${url}": dial tcp: lookup ${registry.hostname} on ${resolver}: no such host`
  }
  if (registry.kind === 'refused') {
    const url = manifestUrl(registry.scheme, ref.domain, ref)
    return `${prefix}failed to do request: Head "${url}": dial tcp ${registry.address}: connect: connection refused`
  }
  const found = lookupImage(ref)
  if (found.kind === 'found') return undefined
  const missing = found.kind === 'unknown-tag' ? 'not-found' : registry.registry.missing
  if (missing === 'not-found') return `rpc error: code = NotFound desc = ${prefix}${image}: not found`
  if (missing === 'docker-hub-denied') {
    return `${prefix}pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed`
  }
  const scope = encodeURIComponent(`repository:${ref.path}:pull`)
  return `${prefix}failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://${ref.domain}/token?scope=${scope}&service=${ref.domain}: 401 Unauthorized`
}

/**
 * Pulls `image` (as written in the Pod spec). Known images succeed after a time that grows with
 * their size; unknown ones fail with containerd's error. An unparsable name never reaches the
 * runtime: the result is the kubelet's InvalidImageName.
 */
export function pullImage(image: string, ctx: PullContext): PullOutcome {
  const parsed = parseImageReference(image)
  if (!parsed.ok) return { kind: 'invalid', invalid: parsed.invalid }
  const ref = parsed.ref
  const error = pullError(ref, ctx.resolver)
  const registry = lookupRegistry(ref.domain)
  if (error !== undefined || registry.kind !== 'registry') {
    const slow = error?.includes('no such host') || error?.includes('connection refused')
    const afterMs = Math.round(slow ? between(ctx.rand, 5, 60) : between(ctx.rand, 300, 1200))
    const text = error ?? 'unreachable registry'
    return { kind: 'failed', error: text, afterMs, message: pullFailedMessage(image, text) }
  }
  const found = lookupImage(ref)
  if (found.kind !== 'found') throw new Error('unreachable: pullError covers every missing image')
  const [lo, hi] = registry.registry.bytesPerSecond
  const size = found.profile.size
  const resolveMs = between(ctx.rand, 250, 900)
  const transferMs = (size / between(ctx.rand, lo, hi)) * 1000
  const unpackMs = (size / between(ctx.rand, 60e6, 140e6)) * 1000
  const pullMs = Math.trunc(resolveMs + transferMs + unpackMs)
  const totalMs = pullMs + Math.trunc(ctx.waitedMs ?? 0)
  return { kind: 'pulled', profile: found.profile, pullMs, totalMs, message: pulledMessage(image, pullMs, totalMs, size) }
}
