// The discrete-event queue that drives the simulation. Events are ordered by virtual time,
// then by the order they were scheduled, so a run is reproducible: equal seeds and equal
// commands give equal event orders. A binary min-heap keyed on (at, seq) keeps scheduling
// and running O(log n); cancelled events are dropped lazily and compacted in bulk.
import type { Clock } from './clock'

export type EventCallback = () => void

export interface ScheduleOptions {
  /**
   * A background event (a periodic resync, a probe tick) runs like any other but does not
   * keep the queue busy: runUntilIdle settles once only background events remain.
   */
  background?: boolean
}

export interface EventHandle {
  /** Virtual time the event runs at. */
  readonly at: number
  /** What the event is for, for debugging and traces (`statefulset sync default/web`). */
  readonly label: string
  /** True until the event runs or is cancelled. */
  readonly pending: boolean
  /** Prevents the event from running. Returns false if it already ran or was cancelled. */
  cancel(): boolean
}

export interface RunResult {
  /** Events whose callbacks ran. */
  ran: number
  /** True if no foreground event remains pending. */
  idle: boolean
}

export interface EventQueue {
  readonly clock: Clock
  /** Pending events, foreground and background. */
  readonly size: number
  /** True when only background events (or none) are pending. */
  readonly idle: boolean
  /** Schedules `callback` at virtual time `atMs`; a time in the past means now. */
  schedule(atMs: number, callback: EventCallback, label: string, options?: ScheduleOptions): EventHandle
  /** Schedules `callback` `afterMs` milliseconds from now (negative means now). */
  scheduleAfter(afterMs: number, callback: EventCallback, label: string, options?: ScheduleOptions): EventHandle
  /**
   * Runs every event due at or before now+`ms`, in (time, scheduling order), moving the clock
   * to each event's time first; events scheduled meanwhile run too if they fall inside the
   * window. The clock ends at now+`ms`. Returns the number of events run.
   */
  advance(ms: number): number
  /**
   * Skips ahead until settled: runs events in order until no foreground event remains or the
   * next one lies beyond now+`limitMs`. When settled the clock stays at the last event run;
   * when the limit is hit it ends at now+`limitMs`.
   */
  runUntilIdle(limitMs: number): RunResult
  /** The virtual time of the next pending event, or undefined if none is pending. */
  nextEventAt(): number | undefined
}

const PENDING = 0
const DONE = 1
const CANCELLED = 2

class ScheduledEvent implements EventHandle {
  state = PENDING
  constructor(
    readonly at: number,
    readonly seq: number,
    readonly label: string,
    readonly background: boolean,
    public callback: EventCallback | undefined,
    private readonly queue: HeapQueue,
  ) {}

  get pending(): boolean {
    return this.state === PENDING
  }

  cancel(): boolean {
    return this.queue.cancel(this)
  }
}

/**
 * A binary min-heap of events keyed on (at, seq). Keys live in typed arrays beside the event
 * references so comparisons touch contiguous memory rather than scattered event objects.
 */
class EventHeap {
  length = 0
  private at = new Float64Array(1024)
  private seq = new Float64Array(1024)
  private events: ScheduledEvent[] = []

  top(): ScheduledEvent | undefined {
    return this.length > 0 ? this.events[0] : undefined
  }

  push(event: ScheduledEvent): void {
    if (this.length === this.at.length) this.grow()
    const { at, seq, events } = this
    events.push(event)
    let i = this.length++
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (at[parent] < event.at || (at[parent] === event.at && seq[parent] < event.seq)) break
      at[i] = at[parent]
      seq[i] = seq[parent]
      events[i] = events[parent]
      i = parent
    }
    at[i] = event.at
    seq[i] = event.seq
    events[i] = event
  }

  pop(): void {
    const moved = this.events.pop() as ScheduledEvent
    if (--this.length > 0) this.siftDown(0, moved)
  }

  /** Keeps only the events `keep` accepts, then restores heap order in O(n). */
  filter(keep: (event: ScheduledEvent) => boolean): void {
    this.events = this.events.filter(keep)
    this.length = this.events.length
    this.events.forEach((e, i) => {
      this.at[i] = e.at
      this.seq[i] = e.seq
    })
    for (let i = (this.length >> 1) - 1; i >= 0; i--) this.siftDown(i, this.events[i])
  }

  private siftDown(start: number, event: ScheduledEvent): void {
    const { at, seq, events, length } = this
    let i = start
    for (;;) {
      let child = 2 * i + 1
      if (child >= length) break
      const right = child + 1
      if (right < length && (at[right] < at[child] || (at[right] === at[child] && seq[right] < seq[child]))) child = right
      if (event.at < at[child] || (event.at === at[child] && event.seq < seq[child])) break
      at[i] = at[child]
      seq[i] = seq[child]
      events[i] = events[child]
      i = child
    }
    at[i] = event.at
    seq[i] = event.seq
    events[i] = event
  }

  private grow(): void {
    const size = this.at.length * 2
    const at = new Float64Array(size)
    const seq = new Float64Array(size)
    at.set(this.at)
    seq.set(this.seq)
    this.at = at
    this.seq = seq
  }
}

class HeapQueue implements EventQueue {
  private readonly heap = new EventHeap()
  private seq = 0
  private live = 0
  private foreground = 0

  get idle(): boolean {
    return this.foreground === 0
  }
  private cancelledInHeap = 0
  private running = false

  constructor(readonly clock: Clock) {}

  get size(): number {
    return this.live
  }

  schedule(atMs: number, callback: EventCallback, label: string, options?: ScheduleOptions): EventHandle {
    if (Number.isNaN(atMs)) throw new RangeError(`queue: NaN time for ${label}`)
    const at = Math.max(atMs, this.clock.now())
    const event = new ScheduledEvent(at, this.seq++, label, options?.background === true, callback, this)
    this.live++
    if (!event.background) this.foreground++
    this.heap.push(event)
    return event
  }

  scheduleAfter(afterMs: number, callback: EventCallback, label: string, options?: ScheduleOptions): EventHandle {
    return this.schedule(this.clock.now() + Math.max(afterMs, 0), callback, label, options)
  }

  advance(ms: number): number {
    if (!(ms >= 0)) throw new RangeError(`queue: cannot advance by ${ms}`)
    const target = this.clock.now() + ms
    const ran = this.runThrough(target, false)
    this.clock.advanceTo(target)
    return ran
  }

  runUntilIdle(limitMs: number): RunResult {
    if (!(limitMs >= 0)) throw new RangeError(`queue: invalid limit ${limitMs}`)
    const target = this.clock.now() + limitMs
    const ran = this.runThrough(target, true)
    const idle = this.foreground === 0
    if (!idle) this.clock.advanceTo(target)
    return { ran, idle }
  }

  nextEventAt(): number | undefined {
    return this.peek()?.at
  }

  cancel(event: ScheduledEvent): boolean {
    if (event.state !== PENDING) return false
    event.state = CANCELLED
    event.callback = undefined
    this.live--
    if (!event.background) this.foreground--
    this.cancelledInHeap++
    if (this.cancelledInHeap > 1024 && this.cancelledInHeap * 2 > this.heap.length) {
      this.heap.filter((e) => e.state === PENDING)
      this.cancelledInHeap = 0
    }
    return true
  }

  /** Runs due events up to `target`; with `untilIdle`, stops once no foreground event is pending. */
  private runThrough(target: number, untilIdle: boolean): number {
    if (this.running) throw new Error('queue: advance called from inside an event callback')
    this.running = true
    let ran = 0
    try {
      for (;;) {
        if (untilIdle && this.foreground === 0) break
        const next = this.peek()
        if (next === undefined || next.at > target) break
        this.heap.pop()
        this.live--
        if (!next.background) this.foreground--
        next.state = DONE
        const callback = next.callback as EventCallback
        next.callback = undefined
        this.clock.advanceTo(next.at)
        ran++
        callback()
      }
    } finally {
      this.running = false
    }
    return ran
  }

  /** The earliest pending event, discarding cancelled ones at the top. */
  private peek(): ScheduledEvent | undefined {
    let top = this.heap.top()
    while (top !== undefined && top.state === CANCELLED) {
      this.heap.pop()
      this.cancelledInHeap--
      top = this.heap.top()
    }
    return top
  }
}

/** Creates an empty queue that moves `clock`. */
export function createQueue(clock: Clock): EventQueue {
  return new HeapQueue(clock)
}
