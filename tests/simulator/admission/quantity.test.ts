import { describe, expect, it } from 'vitest'
import { canonicalQuantity, compareQuantities, parseQuantity, quantityErrors } from '@/simulator/engine/admission/quantity'

describe('canonicalQuantity (resource.Quantity String after ParseQuantity)', () => {
  it.each([
    ['1Gi', '1Gi'],
    ['1024Mi', '1Gi'],
    ['1536Mi', '1536Mi'],
    ['1.5Gi', '1536Mi'],
    ['8Gi', '8Gi'],
    ['10Gi', '10Gi'],
    ['1.5Ki', '1536'],
    ['500m', '500m'],
    ['0.5', '500m'],
    ['1000m', '1'],
    ['1.5k', '1500'],
    ['100M', '100M'],
    ['1e3', '1e3'],
    ['0.1m', '100u'],
    ['1n', '1n'],
    ['0', '0'],
    ['-1Gi', '-1Gi'],
    ['1024Ei', '9223372036854775807'],
    ['12345678901234567890', '12345678901234567890'],
  ])('%s -> %s', (input, expected) => {
    expect(canonicalQuantity(input)).toEqual({ ok: true, text: expected })
  })

  it.each([
    ['', quantityErrors.formatWrong],
    ['abc', quantityErrors.formatWrong],
    ['1Gx', quantityErrors.formatWrong],
    ['1 Gi', quantityErrors.formatWrong],
    ['1Gi5', quantityErrors.suffix],
    ['1Q', quantityErrors.formatWrong],
    ['1KiB', quantityErrors.formatWrong],
  ])('%j is rejected with %j', (input, error) => {
    expect(canonicalQuantity(input)).toEqual({ ok: false, error })
  })

  it('uses the upstream regular-expression message', () => {
    expect(quantityErrors.formatWrong).toBe(
      "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'",
    )
  })

  it('compares by value across formats', () => {
    const q = (s: string) => {
      const r = parseQuantity(s)
      if (!r.ok) throw new Error(r.error)
      return r.quantity
    }
    expect(compareQuantities(q('1Gi'), q('1024Mi'))).toBe(0)
    expect(compareQuantities(q('1G'), q('1Gi'))).toBe(-1)
    expect(compareQuantities(q('2Gi'), q('1Gi'))).toBe(1)
    expect(compareQuantities(q('500m'), q('0.5'))).toBe(0)
  })
})
