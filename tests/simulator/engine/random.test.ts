import { describe, expect, it } from 'vitest'
import { createRandom, KUBE_ALPHANUMS } from '@/simulator/engine/random'

/** The published mulberry32 reference, to pin the algorithm. */
function referenceMulberry32(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return (t ^ (t >>> 14)) >>> 0
  }
}

const draw = (seed: number, n: number) => {
  const r = createRandom(seed)
  return Array.from({ length: n }, () => r.uint32())
}

describe('random', () => {
  it.each([0, 1, 42, 0xdeadbeef, -1])('is mulberry32 for seed %i', (seed) => {
    const reference = referenceMulberry32(seed >>> 0)
    expect(draw(seed, 1_000)).toEqual(Array.from({ length: 1_000 }, reference))
  })

  it('repeats the sequence for the same seed and differs for another', () => {
    expect(draw(7, 50)).toEqual(draw(7, 50))
    expect(draw(7, 50)).not.toEqual(draw(8, 50))
  })

  it('rejects non-integer seeds', () => {
    expect(() => createRandom(1.5)).toThrow(RangeError)
  })

  it('draws integers within inclusive bounds, reaching both ends', () => {
    const r = createRandom(3)
    const seen = new Set<number>()
    for (let i = 0; i < 2_000; i++) {
      const n = r.int(-2, 2)
      expect(n).toBeGreaterThanOrEqual(-2)
      expect(n).toBeLessThanOrEqual(2)
      seen.add(n)
    }
    expect([...seen].sort()).toEqual([-1, -2, 0, 1, 2])
    expect(r.int(5, 5)).toBe(5)
    expect(() => r.int(3, 2)).toThrow(RangeError)
    expect(() => r.int(0.5, 2)).toThrow(RangeError)
  })

  it('draws floats in [0, 1) and picks from lists', () => {
    const r = createRandom(11)
    for (let i = 0; i < 1_000; i++) {
      const x = r.next()
      expect(x >= 0 && x < 1).toBe(true)
    }
    expect(['only']).toContain(r.pick(['only']))
    expect(() => r.pick([])).toThrow(RangeError)
  })

  it('builds strings from the Kubernetes alphabet by default', () => {
    const r = createRandom(5)
    const suffix = r.string(5)
    expect(suffix).toMatch(/^[bcdfghjklmnpqrstvwxz2456789]{5}$/)
    expect(KUBE_ALPHANUMS).toBe('bcdfghjklmnpqrstvwxz2456789')
    expect(r.string(8, 'ab')).toMatch(/^[ab]{8}$/)
    expect(r.string(0)).toBe('')
  })

  it('builds version 4 UUIDs', () => {
    const r = createRandom(9)
    const uuids = Array.from({ length: 200 }, () => r.uuid())
    for (const u of uuids) expect(u).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(new Set(uuids).size).toBe(200)
  })
})

describe('random fork', () => {
  it('derives the same stream from the same seed and label, whatever the parent drew', () => {
    const a = createRandom(42)
    const b = createRandom(42)
    for (let i = 0; i < 17; i++) b.uint32()
    const fa = a.fork('store/uid')
    const fb = b.fork('store/uid')
    expect(Array.from({ length: 20 }, () => fa.uint32())).toEqual(Array.from({ length: 20 }, () => fb.uint32()))
  })

  it('does not advance the parent', () => {
    const a = createRandom(42)
    a.fork('x').uint32()
    expect(a.uint32()).toBe(createRandom(42).uint32())
  })

  it('gives different streams for different labels, seeds and depths', () => {
    const first = (r: { uint32(): number }) => Array.from({ length: 4 }, () => r.uint32()).join(',')
    const streams = [
      first(createRandom(42).fork('a')),
      first(createRandom(42).fork('b')),
      first(createRandom(43).fork('a')),
      first(createRandom(42).fork('a').fork('a')),
      first(createRandom(42)),
    ]
    expect(new Set(streams).size).toBe(streams.length)
  })
})
