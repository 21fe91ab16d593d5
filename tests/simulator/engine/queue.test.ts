import { describe, expect, it } from 'vitest'
import { createClock } from '@/simulator/engine/clock'
import { createQueue, type EventQueue } from '@/simulator/engine/queue'
import { createRandom } from '@/simulator/engine/random'

function setup(): { queue: EventQueue; log: string[]; record: (label: string) => () => void } {
  const queue = createQueue(createClock())
  const log: string[] = []
  const record = (label: string) => () => log.push(`${queue.clock.now()}:${label}`)
  return { queue, log, record }
}

describe('event queue ordering', () => {
  it.each([
    {
      name: 'by time',
      events: [[30, 'c'], [10, 'a'], [20, 'b']] as [number, string][],
      expected: ['10:a', '20:b', '30:c'],
    },
    {
      name: 'ties in insertion order',
      events: [[10, 'first'], [5, 'early'], [10, 'second'], [10, 'third']] as [number, string][],
      expected: ['5:early', '10:first', '10:second', '10:third'],
    },
    {
      name: 'a time in the past as now',
      events: [[-5, 'past'], [0, 'now']] as [number, string][],
      expected: ['0:past', '0:now'],
    },
  ])('runs events $name', ({ events, expected }) => {
    const { queue, log, record } = setup()
    for (const [at, label] of events) queue.schedule(at, record(label), label)
    expect(queue.advance(100)).toBe(expected.length)
    expect(log).toEqual(expected)
    expect(queue.clock.now()).toBe(100)
  })

  it('runs events scheduled during advance when they fall inside the window', () => {
    const { queue, log, record } = setup()
    queue.schedule(10, () => {
      record('outer')()
      queue.scheduleAfter(0, record('same-time'), 'same-time')
      queue.scheduleAfter(5, record('inside'), 'inside')
      queue.scheduleAfter(500, record('outside'), 'outside')
    }, 'outer')
    queue.schedule(10, record('sibling'), 'sibling')
    queue.advance(100)
    expect(log).toEqual(['10:outer', '10:sibling', '10:same-time', '15:inside'])
    expect(queue.size).toBe(1)
    expect(queue.nextEventAt()).toBe(510)
    queue.advance(410)
    expect(log.at(-1)).toBe('510:outside')
  })

  it('leaves events after the window pending and moves the clock to the window end', () => {
    const { queue, log, record } = setup()
    queue.schedule(100, record('a'), 'a')
    queue.schedule(101, record('b'), 'b')
    expect(queue.advance(100)).toBe(1)
    expect(log).toEqual(['100:a'])
    expect(queue.nextEventAt()).toBe(101)
    expect(queue.advance(0)).toBe(0)
    expect(queue.advance(1)).toBe(1)
  })
})

describe('event queue cancellation', () => {
  it('skips cancelled events and reports whether the cancel did anything', () => {
    const { queue, log, record } = setup()
    const a = queue.schedule(10, record('a'), 'a')
    const b = queue.schedule(20, record('b'), 'b')
    expect(a.cancel()).toBe(true)
    expect(a.cancel()).toBe(false)
    expect(a.pending).toBe(false)
    expect(queue.size).toBe(1)
    expect(queue.nextEventAt()).toBe(20)
    queue.advance(50)
    expect(log).toEqual(['20:b'])
    expect(b.pending).toBe(false)
    expect(b.cancel()).toBe(false)
  })

  it('lets one event cancel a later event due at the same time', () => {
    const { queue, log, record } = setup()
    let victim = queue.schedule(10, record('victim'), 'victim')
    queue.schedule(5, () => victim.cancel(), 'killer')
    victim = queue.schedule(10, record('victim-2'), 'victim-2')
    queue.schedule(10, record('other'), 'other')
    queue.advance(10)
    expect(log).toEqual(['10:victim', '10:other'])
  })

  it('compacts after many cancellations and keeps order', () => {
    const { queue, log, record } = setup()
    const handles = Array.from({ length: 5_000 }, (_, i) => queue.schedule(i, record(`e${i}`), `e${i}`))
    handles.forEach((h, i) => i % 10 !== 0 && h.cancel())
    expect(queue.size).toBe(500)
    queue.advance(10_000)
    expect(log).toEqual(Array.from({ length: 500 }, (_, i) => `${i * 10}:e${i * 10}`))
  })

  it('reports undefined for the next event of an empty or fully cancelled queue', () => {
    const { queue } = setup()
    expect(queue.nextEventAt()).toBeUndefined()
    queue.schedule(10, () => {}, 'x').cancel()
    expect(queue.nextEventAt()).toBeUndefined()
  })
})

describe('event queue runUntilIdle', () => {
  it('stops when settled, leaving the clock at the last event', () => {
    const { queue, log, record } = setup()
    queue.schedule(1_000, () => {
      record('first')()
      queue.scheduleAfter(2_000, record('chained'), 'chained')
    }, 'first')
    expect(queue.runUntilIdle(60_000)).toEqual({ ran: 2, idle: true })
    expect(log).toEqual(['1000:first', '3000:chained'])
    expect(queue.clock.now()).toBe(3_000)
  })

  it('stops at the limit when work remains', () => {
    const { queue } = setup()
    const tick = () => {
      queue.scheduleAfter(1_000, tick, 'tick')
    }
    queue.schedule(0, tick, 'tick')
    expect(queue.runUntilIdle(10_500)).toEqual({ ran: 11, idle: false })
    expect(queue.clock.now()).toBe(10_500)
  })

  it('treats background events as settled but runs those due before the last foreground event', () => {
    const { queue, log, record } = setup()
    const resync = () => {
      record('resync')()
      queue.scheduleAfter(30_000, resync, 'resync', { background: true })
    }
    queue.schedule(30_000, resync, 'resync', { background: true })
    queue.schedule(45_000, record('work'), 'work')
    expect(queue.runUntilIdle(600_000)).toEqual({ ran: 2, idle: true })
    expect(log).toEqual(['30000:resync', '45000:work'])
    expect(queue.size).toBe(1)
    expect(queue.nextEventAt()).toBe(60_000)
  })

  it('is idle at once with nothing to do', () => {
    const { queue } = setup()
    expect(queue.runUntilIdle(1_000)).toEqual({ ran: 0, idle: true })
    expect(queue.clock.now()).toBe(0)
  })
})

describe('event queue misuse', () => {
  it('refuses to advance from inside a callback', () => {
    const { queue } = setup()
    queue.schedule(1, () => queue.advance(1), 'reentrant')
    expect(() => queue.advance(5)).toThrow(/inside an event callback/)
    queue.schedule(10, () => {}, 'after')
    expect(queue.advance(10)).toBe(1)
  })

  it('rejects negative or NaN amounts', () => {
    const { queue } = setup()
    expect(() => queue.advance(-1)).toThrow(RangeError)
    expect(() => queue.runUntilIdle(Number.NaN)).toThrow(RangeError)
    expect(() => queue.schedule(Number.NaN, () => {}, 'nan')).toThrow(RangeError)
  })
})

describe('event queue at scale', () => {
  it('orders 100,000 events by (time, insertion)', () => {
    const queue = createQueue(createClock())
    const random = createRandom(7)
    const count = 100_000
    let lastAt = -1
    let lastSeq = -1
    let ran = 0
    let ordered = true
    for (let seq = 0; seq < count; seq++) {
      const at = random.int(0, 100_000)
      queue.schedule(at, () => {
        if (at < lastAt || (at === lastAt && seq < lastSeq)) ordered = false
        lastAt = at
        lastSeq = seq
        ran++
      }, 'bulk')
    }
    expect(queue.size).toBe(count)
    queue.advance(100_000)
    expect(ran).toBe(count)
    expect(ordered).toBe(true)
    expect(queue.size).toBe(0)
  })
})
