// mirrors kubernetes/kubernetes pkg/controller/history/controller_history.go (HashControllerRevision)
// and kubernetes/apimachinery pkg/util/rand/rand.go (SafeEncodeString).
import { forEachUtf8Byte } from '../../engine/utf8'

const ALPHANUMS = 'bcdfghjklmnpqrstvwxz2456789'

/** 32-bit FNV-1 (multiply, then xor; not FNV-1a) over the UTF-8 bytes of `text`. */
export function fnv1Hash32(text: string, seed = 0x811c9dc5): number {
  let hash = seed >>> 0
  forEachUtf8Byte(text, (byte) => {
    hash = Math.imul(hash, 0x01000193) >>> 0
    hash = (hash ^ byte) >>> 0
  })
  return hash
}

/**
 * Encodes a string so it cannot spell words or look like a number: each byte is mapped into
 * `bcdfghjklmnpqrstvwxz2456789`, so decimal digits become `456789bcdf`.
 */
export function safeEncodeString(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i++) out += ALPHANUMS[text.charCodeAt(i) % ALPHANUMS.length]
  return out
}

/**
 * The hash a ControllerRevision is named by: FNV-1 over the revision's raw data, then over the
 * decimal collision count when there is one, printed in decimal and safe-encoded.
 */
export function hashControllerRevision(rawData: string, collisionCount?: number): string {
  let hash = fnv1Hash32(rawData)
  if (collisionCount !== undefined) hash = fnv1Hash32(String(collisionCount), hash)
  return safeEncodeString(String(hash))
}
