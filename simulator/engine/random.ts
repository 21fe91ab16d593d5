// Seeded randomness for the simulation: uids, generated name suffixes, pod IPs, jitter.
// The generator is mulberry32 (Tommy Ettinger's 32-bit-state generator, period 2^32), whose
// single 32-bit state makes streams cheap to create and fork. Not for cryptography.

/** Kubernetes' utilrand alphabet: no vowels, no 0/1/3 ("to avoid bad words"). */
export const KUBE_ALPHANUMS = 'bcdfghjklmnpqrstvwxz2456789'

export interface Random {
  /** The 32-bit seed this stream started from. */
  readonly seed: number
  /** A uniform float in [0, 1), with 32 bits of resolution. */
  next(): number
  /** A uniform unsigned 32-bit integer. */
  uint32(): number
  /** A uniform integer in [min, max], both inclusive; min > max is a bug and throws. */
  int(min: number, max: number): number
  /** A uniform element of `items`; an empty list is a bug and throws. */
  pick<T>(items: readonly T[]): T
  /** `n` characters drawn uniformly from `alphabet` (default KUBE_ALPHANUMS), as utilrand.String does. */
  string(n: number, alphabet?: string): string
  /** A random (version 4, RFC 4122 variant) UUID in lower-case 8-4-4-4-12 form, as types.UID. */
  uuid(): string
  /**
   * An independent stream derived from this stream's seed and `label` only: it does not depend
   * on how many values this stream has produced, so adding a draw in one component never shifts
   * another's. Forking the same label twice gives the same stream.
   */
  fork(label: string): Random
}

/** FNV-1a over the UTF-16 code units of `text`, then murmur3's finalizer for avalanche. */
function hashString(text: string, basis: number): number {
  let h = (0x811c9dc5 ^ basis) >>> 0
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return fmix32(h)
}

function fmix32(value: number): number {
  let h = value >>> 0
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

const hexByte = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'))

function hex8(value: number): string {
  return hexByte[value >>> 24] + hexByte[(value >>> 16) & 255] + hexByte[(value >>> 8) & 255] + hexByte[value & 255]
}

class Mulberry32 implements Random {
  private state: number

  constructor(readonly seed: number) {
    this.state = seed
  }

  uint32(): number {
    this.state = (this.state + 0x6d2b79f5) | 0
    let t = this.state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return (t ^ (t >>> 14)) >>> 0
  }

  next(): number {
    return this.uint32() / 4294967296
  }

  int(min: number, max: number): number {
    if (!Number.isInteger(min) || !Number.isInteger(max) || min > max) {
      throw new RangeError(`random: invalid range [${min}, ${max}]`)
    }
    return min + Math.floor(this.next() * (max - min + 1))
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('random: pick from an empty list')
    return items[this.int(0, items.length - 1)]
  }

  string(n: number, alphabet: string = KUBE_ALPHANUMS): string {
    // Joined, not appended: `+=` leaves a chain of n rope nodes in memory for every string kept.
    const chars: string[] = new Array(n)
    for (let i = 0; i < n; i++) chars[i] = alphabet[this.int(0, alphabet.length - 1)]
    return chars.join('')
  }

  uuid(): string {
    const a = hex8(this.uint32())
    const b = hex8(((this.uint32() & 0xffff0fff) | 0x00004000) >>> 0)
    const c = hex8(((this.uint32() & 0x3fffffff) | 0x80000000) >>> 0)
    const d = hex8(this.uint32())
    return [a, '-', b.slice(0, 4), '-', b.slice(4), '-', c.slice(0, 4), '-', c.slice(4), d].join('')
  }

  fork(label: string): Random {
    return new Mulberry32(hashString(label, this.seed))
  }
}

/**
 * Creates a stream from `seed`. Integers are reduced to 32 bits (`seed >>> 0`), so 1 and
 * 2^32+1 give the same stream; a non-integer seed is a bug and throws.
 */
export function createRandom(seed: number): Random {
  if (!Number.isInteger(seed)) throw new RangeError(`random: seed must be an integer, got ${seed}`)
  return new Mulberry32(seed >>> 0)
}
