import { describe, expect, it } from 'vitest'
import { createClock, DEFAULT_CLUSTER_START } from '@/simulator/engine/clock'

describe('clock', () => {
  it('starts at virtual 0 on the default epoch', () => {
    const clock = createClock()
    expect(clock.now()).toBe(0)
    expect(clock.timestamp()).toBe(DEFAULT_CLUSTER_START)
    expect(clock.epochMs).toBe(Date.UTC(2024, 8, 2, 10, 0, 0))
  })

  it.each([
    [0, '2024-09-02T10:00:00Z', '2024-09-02T10:00:00.000000Z'],
    [999, '2024-09-02T10:00:00Z', '2024-09-02T10:00:00.999000Z'],
    [1_000, '2024-09-02T10:00:01Z', '2024-09-02T10:00:01.000000Z'],
    [5_250, '2024-09-02T10:00:05Z', '2024-09-02T10:00:05.250000Z'],
    [86_400_000 + 61_001, '2024-09-03T10:01:01Z', '2024-09-03T10:01:01.001000Z'],
  ])('formats virtual %i ms as %s (truncating to seconds) and %s', (ms, seconds, micros) => {
    const clock = createClock()
    expect(clock.timestamp(ms)).toBe(seconds)
    expect(clock.microTimestamp(ms)).toBe(micros)
  })

  it('moves forward only', () => {
    const clock = createClock()
    clock.advanceTo(1_500)
    clock.advanceTo(1_500)
    expect(clock.now()).toBe(1_500)
    expect(clock.timestamp()).toBe('2024-09-02T10:00:01Z')
    expect(() => clock.advanceTo(1_499)).toThrow(RangeError)
    expect(() => clock.advanceTo(Number.NaN)).toThrow(RangeError)
  })

  it('accepts another start instant and rejects unparsable ones', () => {
    expect(createClock('2030-01-01T00:00:00Z').timestamp(59_000)).toBe('2030-01-01T00:00:59Z')
    expect(createClock('2030-01-01T01:00:00+01:00').timestamp()).toBe('2030-01-01T00:00:00Z')
    expect(() => createClock('yesterday')).toThrow(RangeError)
    expect(() => createClock('2030-01-01')).toThrow(RangeError)
  })

  it('parses RFC 3339 back to virtual time', () => {
    const clock = createClock()
    expect(clock.parse('2024-09-02T10:00:30Z')).toBe(30_000)
    expect(clock.parse('2024-09-02T09:59:59Z')).toBe(-1_000)
    expect(clock.parse('2024-09-02T10:00:00.250000Z')).toBe(250)
    expect(clock.parse('2024-09-02T12:00:00+02:00')).toBe(0)
    expect(clock.parse('not a time')).toBeUndefined()
    expect(clock.parse('2024-09-02 10:00:00')).toBeUndefined()
  })
})
