// Change notification for the object store, in the shape tldraw's store uses for diffs:
// one event per change, `added`, `updated: [from, to]` or `removed`, with the
// resourceVersion the change was written at.
import type { KubeObject } from '../objects/meta'

export type WatchEvent =
  | { added: KubeObject; updated?: never; removed?: never; resourceVersion: string }
  | { added?: never; updated: readonly [from: KubeObject, to: KubeObject]; removed?: never; resourceVersion: string }
  | { added?: never; updated?: never; removed: KubeObject; resourceVersion: string }

export type WatchListener = (event: WatchEvent) => void

export interface WatchOptions {
  /** Only changes to objects of this kind (`Pod`). */
  kind?: string
}

export interface WatchHub {
  /** Registers `listener`; returns a function that unregisters it (idempotent). */
  watch(listener: WatchListener, options?: WatchOptions): () => void
  /** Delivers `event` to every listener registered when delivery starts. */
  emit(event: WatchEvent, kind: string): void
}

interface Registration {
  listener: WatchListener
  kind: string | undefined
  active: boolean
}

/**
 * Creates a hub with synchronous, ordered delivery: emit returns after every listener has seen
 * the event. A change a listener makes during delivery is queued and delivered after the
 * current event reaches every listener, so all listeners see all changes in resourceVersion
 * order. A listener that throws aborts delivery and the exception propagates (a bug).
 */
export function createWatchHub(): WatchHub {
  let registrations: Registration[] = []
  const pending: { event: WatchEvent; kind: string }[] = []
  let delivering = false

  const deliver = (event: WatchEvent, kind: string) => {
    const snapshot = registrations
    for (const r of snapshot) {
      if (r.active && (r.kind === undefined || r.kind === kind)) r.listener(event)
    }
  }

  return {
    watch(listener, options) {
      const registration: Registration = { listener, kind: options?.kind, active: true }
      registrations = [...registrations, registration]
      return () => {
        if (!registration.active) return
        registration.active = false
        registrations = registrations.filter((r) => r !== registration)
      }
    },
    emit(event, kind) {
      if (registrations.length === 0) return
      pending.push({ event, kind })
      if (delivering) return
      delivering = true
      try {
        for (let i = 0; i < pending.length; i++) deliver(pending[i].event, pending[i].kind)
      } finally {
        pending.length = 0
        delivering = false
      }
    },
  }
}
