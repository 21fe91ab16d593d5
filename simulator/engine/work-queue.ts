// A controller's work queue on virtual time: adding a key schedules one sync of it after a
// short reaction delay; adding it again while it waits is a no-op, so a burst of watch events
// costs one sync. Mirrors the dedup of client-go util/workqueue, without goroutines.
import type { EventQueue } from './queue'

export interface WorkQueue {
  /** Schedules a sync of `key` after the queue's delay unless one is already pending. */
  add(key: string): void
  /** Schedules a sync of `key` at least `afterMs` from now (requeue after), keeping an earlier one. */
  addAfter(key: string, afterMs: number): void
  /** Keys waiting for a sync. */
  readonly pending: number
}

export interface WorkQueueOptions {
  queue: EventQueue
  /** Label prefix for queue events (`statefulset`). */
  name: string
  /** Reaction delay between a change and its sync, in virtual ms. */
  delayMs: number
  sync: (key: string) => void
}

export function createWorkQueue({ queue, name, delayMs, sync }: WorkQueueOptions): WorkQueue {
  const waiting = new Map<string, ReturnType<EventQueue['schedule']>>()

  function addAt(key: string, at: number): void {
    const current = waiting.get(key)
    if (current?.pending && current.at <= at) return
    current?.cancel()
    const handle = queue.schedule(
      at,
      () => {
        waiting.delete(key)
        sync(key)
      },
      `${name} sync ${key}`,
    )
    waiting.set(key, handle)
  }

  return {
    add: (key) => addAt(key, queue.clock.now() + delayMs),
    addAfter: (key, afterMs) => addAt(key, queue.clock.now() + Math.max(afterMs, delayMs)),
    get pending() {
      return waiting.size
    },
  }
}
