import { describe, expect, it } from 'vitest'
import { fnv1Hash32, hashControllerRevision, safeEncodeString } from '@/simulator/controllers/history/hash'

describe('controller revision hash', () => {
  it('is FNV-1, not FNV-1a (reference values of the FNV test suite)', () => {
    expect(fnv1Hash32('')).toBe(0x811c9dc5)
    expect(fnv1Hash32('a')).toBe(0x050c5d7e)
    expect(fnv1Hash32('foobar')).toBe(0x31f0b262)
  })

  it('maps decimal digits into 456789bcdf', () => {
    expect(safeEncodeString('0123456789')).toBe('456789bcdf')
  })

  it('continues the hash over the collision count', () => {
    const data = '{"spec":{"template":{"$patch":"replace"}}}'
    expect(hashControllerRevision(data)).toMatch(/^[456789bcdf]{1,10}$/)
    expect(hashControllerRevision(data, 1)).not.toBe(hashControllerRevision(data))
    expect(hashControllerRevision(data, 0)).toBe(safeEncodeString(String(fnv1Hash32('0', fnv1Hash32(data)))))
  })
})
