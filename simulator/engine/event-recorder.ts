// Records core/v1 Events the way client-go's event recorder and EventCorrelator do: one Event
// object per distinct (source, involved object, type, reason, message), named
// `<object>.<hex nanoseconds>`; a repeat bumps `count` and `lastTimestamp` instead of adding one,
// while the correlator still remembers it (an LRU of the last 4096 distinct events).
// Mirrors kubernetes/client-go tools/record/{event.go,events_cache.go}.
import type { KubeObject } from '../objects/meta'
import type { ApiServer } from './api-server'
import { flat } from './flat-string'
import { createInterner } from './intern'

export type EventType = 'Normal' | 'Warning'

export interface EventSource {
  /** `statefulset-controller`, `kubelet`, `default-scheduler`, … */
  component: string
  /** The node, for kubelet events. */
  host?: string
}

export interface EventRecorder {
  /** Records an event about `object`; `fieldPath` names a container (`spec.containers{nginx}`). */
  record(object: KubeObject, type: EventType, reason: string, message: string, source: EventSource, fieldPath?: string): void
}

/** Events are kept this long after their last occurrence, as the API server's event TTL (1 h). */
export const EVENT_TTL_MS = 60 * 60 * 1000

/** The correlator remembers this many distinct events, least recently seen dropped first (client-go maxLruCacheEntries). */
export const EVENT_CACHE_ENTRIES = 4096

const TWO_20 = 2 ** 20

/**
 * `ms * 1e6 + extra` in hex, exactly, without BigInt: the product passes 2^53, so it is worked
 * out in two halves around bit 20.
 */
export function nanosHex(ms: number, extra: number): string {
  const high = Math.floor(ms / TWO_20) * 1_000_000
  const low = (ms % TWO_20) * 1_000_000 + extra
  const top = high + Math.floor(low / TWO_20)
  const bottom = low % TWO_20
  return top === 0 ? bottom.toString(16) : `${top.toString(16)}${bottom.toString(16).padStart(5, '0')}`
}

export function createEventRecorder(api: ApiServer): EventRecorder {
  const { store } = api
  const byKey = new Map<string, { namespace: string; name: string }>()
  let sequence = 0
  // Stored events are immutable, so equal parts are shared between them.
  const sources = createInterner<{ component: string; host?: string }>(256)
  const subjects = createInterner<Record<string, string | undefined>>(256)
  const messages = createInterner<string>(1024)

  function eventName(objectName: string): string {
    return flat(`${objectName}.${nanosHex(Math.floor(store.clock.epochMs + store.clock.now()), sequence++ % 1_000_000)}`)
  }

  return {
    record(object, type, reason, message, source, fieldPath) {
      const namespace = object.metadata.namespace || 'default'
      const key = `${source.component}\u0000${source.host ?? ''}\u0000${object.kind}\u0000${namespace}\u0000${object.metadata.name}\u0000${object.metadata.uid}\u0000${fieldPath ?? ''}\u0000${type}\u0000${reason}\u0000${message}`
      const now = store.clock.timestamp()
      const seen = byKey.get(key)
      const existing = seen && store.get({ kind: 'Event', ...seen })
      if (existing) {
        byKey.delete(key)
        byKey.set(key, seen)
        store.update({ ...existing, count: (existing.count ?? 1) + 1, lastTimestamp: now })
        return
      }
      const name = eventName(object.metadata.name)
      const { uid, resourceVersion } = object.metadata
      const subjectKey = `${uid}\u0000${resourceVersion}\u0000${fieldPath ?? ''}`
      const involvedObject =
        subjects.find(subjectKey) ??
        subjects.keep(subjectKey, {
          kind: object.kind,
          namespace: object.metadata.namespace,
          name: object.metadata.name,
          uid,
          apiVersion: object.apiVersion,
          resourceVersion,
          ...(fieldPath ? { fieldPath } : {}),
        })
      const sourceKey = `${source.component}\u0000${source.host ?? ''}`
      const eventSource =
        sources.find(sourceKey) ?? sources.keep(sourceKey, source.host ? { component: source.component, host: source.host } : { component: source.component })
      const created = store.create({
        apiVersion: 'v1',
        kind: 'Event',
        metadata: { name, namespace },
        involvedObject,
        reason,
        message: messages.find(message) ?? messages.keep(message, flat(message)),
        source: eventSource,
        firstTimestamp: now,
        lastTimestamp: now,
        count: 1,
        type,
        eventTime: null,
        reportingComponent: source.component,
        reportingInstance: source.host ?? '',
      })
      if (!created.ok) return
      if (seen) byKey.delete(key)
      byKey.set(key, { namespace, name })
      if (byKey.size > EVENT_CACHE_ENTRIES) byKey.delete(byKey.keys().next().value as string)
    },
  }
}
