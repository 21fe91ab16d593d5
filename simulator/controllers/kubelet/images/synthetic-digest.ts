// Stable stand-in digests for catalogue tags whose real digest was not recorded.
import { fnv1Hash32 } from '../../history/hash'

/** Digests made so far: asked for on every container start and image lookup, for few tags. */
const digests = new Map<string, string>()

/**
 * A `sha256:`-prefixed 64-hex-digit digest derived from `seed` (FNV-1 chained over eight rounds).
 * It is clearly synthetic but stable across runs, so Image IDs in `kubectl describe` never change.
 */
export function syntheticDigest(seed: string): string {
  let digest = digests.get(seed)
  if (digest === undefined) {
    digest = computeDigest(seed)
    if (digests.size >= 1024) digests.clear()
    digests.set(seed, digest)
  }
  return digest
}

function computeDigest(seed: string): string {
  let hex = ''
  let hash = fnv1Hash32(seed)
  for (let round = 0; round < 8; round++) {
    hash = fnv1Hash32(`${round}:${seed}`, hash)
    hex += hash.toString(16).padStart(8, '0')
  }
  return `sha256:${hex}`
}
