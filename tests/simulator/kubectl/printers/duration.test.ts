// Expected values are copied from kubernetes/apimachinery pkg/util/duration/duration_test.go
// (TestHumanDuration, TestHumanDurationBoundaries, TestShortHumanDurationBoundaries). For
// formatGoDuration the first block is Go's src/time/time_test.go durationTests (the cases whose
// value is a whole number of milliseconds), the second block applies the same algorithm to the
// kubelet's Truncate(time.Millisecond) inputs and is not independently sourced.
import { describe, expect, it } from 'vitest'
import { formatGoDuration, humanDuration, shortHumanDuration, translateTimestampSince } from '@/simulator/kubectl/printers/duration'

const ms = 1
const s = 1000
const m = 60 * s
const h = 60 * m
const ns = 1e-6

describe('humanDuration (duration_test.go TestHumanDuration)', () => {
  it.each([
    [s, '1s'], [70 * s, '70s'], [190 * s, '3m10s'], [70 * m, '70m'], [47 * h, '47h'], [49 * h, '2d1h'],
    [(8 * 24 + 2) * h, '8d'], [367 * 24 * h, '367d'], [(365 * 2 * 24 + 25) * h, '2y1d'], [(365 * 8 * 24 + 2) * h, '8y'],
  ])('%d ms -> %s', (d, want) => expect(humanDuration(d)).toBe(want))
})

describe('humanDuration (duration_test.go TestHumanDurationBoundaries)', () => {
  const d = 24 * h
  const y = 365 * d
  it.each([
    [-2 * s, '<invalid>'], [-2 * s + ns, '0s'], [0, '0s'], [s - ms, '0s'], [2 * m - ms, '119s'], [2 * m, '2m'],
    [2 * m + s, '2m1s'], [10 * m - ms, '9m59s'], [10 * m, '10m'], [10 * m + s, '10m'], [3 * h - ms, '179m'],
    [3 * h, '3h'], [3 * h + m, '3h1m'], [8 * h - ms, '7h59m'], [8 * h, '8h'], [8 * h + 59 * m, '8h'],
    [2 * d - ms, '47h'], [2 * d, '2d'], [2 * d + h, '2d1h'], [8 * d - ms, '7d23h'], [8 * d, '8d'],
    [8 * d + 23 * h, '8d'], [2 * y - ms, '729d'], [2 * y, '2y'], [2 * y + 23 * h, '2y'],
    [2 * y + 23 * h + 59 * m, '2y'], [2 * y + d - ms, '2y'], [2 * y + d, '2y1d'], [3 * y, '3y'], [4 * y, '4y'],
    [5 * y, '5y'], [6 * y, '6y'], [7 * y, '7y'], [8 * y - ms, '7y364d'], [8 * y, '8y'], [8 * y + 364 * d, '8y'],
    [9 * y, '9y'],
  ])('%d ms -> %s', (dur, want) => expect(humanDuration(dur)).toBe(want))
})

describe('shortHumanDuration (duration_test.go TestShortHumanDurationBoundaries)', () => {
  const d = 24 * h
  const y = 365 * d
  it.each([
    [-2 * s, '<invalid>'], [-2 * s + ns, '0s'], [0, '0s'], [s - ms, '0s'], [s, '1s'], [2 * s - ms, '1s'],
    [m - ms, '59s'], [m, '1m'], [2 * m - ms, '1m'], [h - ms, '59m'], [h, '1h'], [2 * h - ms, '1h'],
    [d - ms, '23h'], [d, '1d'], [2 * d - ms, '1d'], [y - ms, '364d'], [y, '1y'], [2 * y - ms, '1y'], [2 * y, '2y'],
  ])('%d ms -> %s', (dur, want) => expect(shortHumanDuration(dur)).toBe(want))
})

describe('translateTimestampSince', () => {
  const now = Date.parse('2024-09-02T10:05:00Z')
  it('is the age of a set timestamp', () => expect(translateTimestampSince('2024-09-02T10:00:00Z', now)).toBe('5m'))
  it('is <unknown> for an unset timestamp', () => {
    expect(translateTimestampSince(undefined, now)).toBe('<unknown>')
    expect(translateTimestampSince(null, now)).toBe('<unknown>')
  })
  it('tolerates up to 2s of skew into the future', () => {
    expect(translateTimestampSince('2024-09-02T10:05:01Z', now)).toBe('0s')
    expect(translateTimestampSince('2024-09-02T10:05:02Z', now)).toBe('<invalid>')
  })
})

describe('formatGoDuration (time_test.go durationTests)', () => {
  it.each([
    [0, '0s'], [3300, '3.3s'], [4 * m + 5 * s, '4m5s'], [4 * m + 5001, '4m5.001s'], [5 * h + 6 * m + 7001, '5h6m7.001s'],
    [-(4 * m + 5 * s), '-4m5s'],
  ])('%d ms -> %s', (d, want) => expect(formatGoDuration(d)).toBe(want))
})

describe('formatGoDuration (time.Duration.String after Truncate(time.Millisecond))', () => {
  it.each([
    [0, '0s'], [0.9, '0s'], [1, '1ms'], [812, '812ms'], [812.7, '812ms'], [1000, '1s'], [1500, '1.5s'],
    [3412, '3.412s'], [3412.999, '3.412s'], [60_001, '1m0.001s'], [62_500, '1m2.5s'], [3_600_000, '1h0m0s'],
    [7_384_005, '2h3m4.005s'], [-1500, '-1.5s'], [-5, '-5ms'], [100 * h, '100h0m0s'],
  ])('%d ms -> %s', (d, want) => expect(formatGoDuration(d)).toBe(want))
})
