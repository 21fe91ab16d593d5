// The virtual clock: milliseconds since the cluster epoch, and the RFC 3339 texts the API
// server writes for them. Nothing in simulator/ reads the wall clock; time moves only when
// the event queue (engine/queue.ts) moves it.

/** The instant a default cluster starts at. */
export const DEFAULT_CLUSTER_START = '2024-09-02T10:00:00Z'

export interface Clock {
  /** The cluster epoch as an absolute instant, in Unix milliseconds. */
  readonly epochMs: number
  /** Virtual milliseconds elapsed since the cluster epoch; starts at 0 and never decreases. */
  now(): number
  /**
   * Moves the clock forward to `ms`. Only the event queue calls this. Moving backwards is a
   * bug and throws a RangeError; moving to the current time is a no-op.
   */
  advanceTo(ms: number): void
  /**
   * metav1.Time as serialized: RFC 3339 in UTC, truncated to whole seconds
   * (`2024-09-02T10:00:05Z`). `ms` is virtual time and defaults to now().
   */
  timestamp(ms?: number): string
  /**
   * metav1.MicroTime as serialized (RFC3339Micro): six fractional digits
   * (`2024-09-02T10:00:05.250000Z`), as used by events.k8s.io eventTime and Lease renewTime.
   */
  microTimestamp(ms?: number): string
  /** The virtual time of an RFC 3339 text (any precision or offset), or undefined if it does not parse. */
  parse(text: string): number | undefined
}

/** The strict RFC 3339 shape that Date.parse is allowed to see; it also accepts looser forms. */
const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/

/**
 * Creates a clock at virtual time 0 whose epoch is `start` (RFC 3339, default
 * DEFAULT_CLUSTER_START). An unparsable `start` is a bug and throws.
 */
export function createClock(start: string = DEFAULT_CLUSTER_START): Clock {
  const epochMs = rfc3339.test(start) ? Date.parse(start) : NaN
  if (Number.isNaN(epochMs)) throw new RangeError(`clock: invalid start instant ${JSON.stringify(start)}`)
  let current = 0
  let cachedSecond = NaN
  let cachedText = ''
  const secondText = (ms: number): string => {
    const second = Math.floor((epochMs + ms) / 1000)
    if (second !== cachedSecond) {
      cachedSecond = second
      cachedText = new Date(second * 1000).toISOString().slice(0, 19) + 'Z'
    }
    return cachedText
  }
  return {
    epochMs,
    now: () => current,
    advanceTo(ms) {
      if (!(ms >= current)) throw new RangeError(`clock: cannot move from ${current} back to ${ms}`)
      current = ms
    },
    timestamp: (ms = current) => secondText(ms),
    microTimestamp(ms = current) {
      const abs = epochMs + ms
      const micros = Math.floor((abs - Math.floor(abs / 1000) * 1000) * 1000)
      return `${secondText(ms).slice(0, 19)}.${String(micros).padStart(6, '0')}Z`
    },
    parse(text) {
      if (!rfc3339.test(text)) return undefined
      const abs = Date.parse(text)
      return Number.isNaN(abs) ? undefined : abs - epochMs
    },
  }
}
