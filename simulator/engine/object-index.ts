// The store's in-memory indexes: kind → namespace → name (names kept sorted, so lists come
// out in etcd key order without sorting per call), uid → object, and owner uid → dependents
// (for controllers and the garbage collector). Holds references only; never copies objects.
import type { KubeObject } from '../objects/meta'

interface Bucket {
  byName: Map<string, KubeObject>
  /** The names; in byte order whenever `sorted`, which lists restore before reading them. */
  names: string[]
  sorted: boolean
}

interface KindIndex {
  buckets: Map<string, Bucket>
  /** Namespaces holding at least one object, in etcd key order (`ns/` compared bytewise). */
  namespaces: string[]
  count: number
}

export interface ObjectIndex {
  get(kind: string, namespace: string, name: string): KubeObject | undefined
  getByUid(uid: string): KubeObject | undefined
  /** Objects of `kind`, in one namespace or (undefined) all, in etcd key order: namespace, then name. */
  list(kind: string, namespace?: string): KubeObject[]
  /** Objects with an ownerReference to `uid`, in the order they first gained it. */
  listOwnedBy(uid: string): KubeObject[]
  count(kind?: string): number
  kinds(): string[]
  /** Adds `obj`, or replaces `previous` (same key) with it. */
  put(obj: KubeObject, previous?: KubeObject): void
  remove(obj: KubeObject): void
}

function lowerBound(sorted: string[], value: string): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (sorted[mid] < value) lo = mid + 1
    else hi = mid
  }
  return lo
}

function insertSorted(sorted: string[], value: string, keyOf: (s: string) => string = (s) => s): void {
  const key = keyOf(value)
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (keyOf(sorted[mid]) < key) lo = mid + 1
    else hi = mid
  }
  sorted.splice(lo, 0, value)
}

const namespaceKey = (ns: string) => `${ns}/`

const byteOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

function sortedNames(bucket: Bucket): string[] {
  if (!bucket.sorted) {
    bucket.names.sort(byteOrder)
    bucket.sorted = true
  }
  return bucket.names
}

function ownerUids(obj: KubeObject | undefined): string[] {
  const refs = obj?.metadata.ownerReferences
  if (refs === undefined || refs.length === 0) return []
  return refs.map((r) => r.uid)
}

class Indexes implements ObjectIndex {
  private readonly byKind = new Map<string, KindIndex>()
  private readonly byUid = new Map<string, KubeObject>()
  private readonly byOwner = new Map<string, Map<string, KubeObject>>()

  get(kind: string, namespace: string, name: string): KubeObject | undefined {
    return this.byKind.get(kind)?.buckets.get(namespace)?.byName.get(name)
  }

  getByUid(uid: string): KubeObject | undefined {
    return this.byUid.get(uid)
  }

  list(kind: string, namespace?: string): KubeObject[] {
    const index = this.byKind.get(kind)
    if (index === undefined) return []
    const namespaces = namespace === undefined ? index.namespaces : [namespace]
    const out: KubeObject[] = []
    for (const ns of namespaces) {
      const bucket = index.buckets.get(ns)
      if (bucket === undefined) continue
      for (const name of sortedNames(bucket)) out.push(bucket.byName.get(name) as KubeObject)
    }
    return out
  }

  listOwnedBy(uid: string): KubeObject[] {
    const owned = this.byOwner.get(uid)
    return owned === undefined ? [] : [...owned.values()]
  }

  count(kind?: string): number {
    if (kind !== undefined) return this.byKind.get(kind)?.count ?? 0
    let total = 0
    for (const index of this.byKind.values()) total += index.count
    return total
  }

  kinds(): string[] {
    return [...this.byKind.keys()].filter((k) => (this.byKind.get(k) as KindIndex).count > 0).sort()
  }

  put(obj: KubeObject, previous?: KubeObject): void {
    const { kind, metadata } = obj
    const namespace = metadata.namespace ?? ''
    const bucket = this.bucket(kind, namespace)
    if (!bucket.byName.has(metadata.name)) {
      // Appending keeps the order when names arrive in order (web-0, web-1, …); otherwise the
      // next list sorts once, instead of every insert moving half the array.
      const last = bucket.names[bucket.names.length - 1]
      if (last !== undefined && last > metadata.name) bucket.sorted = false
      bucket.names.push(metadata.name)
      ;(this.byKind.get(kind) as KindIndex).count++
    }
    bucket.byName.set(metadata.name, obj)
    if (previous !== undefined && previous.metadata.uid !== metadata.uid) this.byUid.delete(previous.metadata.uid)
    this.byUid.set(metadata.uid, obj)
    this.reindexOwners(obj, previous)
  }

  remove(obj: KubeObject): void {
    const index = this.byKind.get(obj.kind)
    const namespace = obj.metadata.namespace ?? ''
    const bucket = index?.buckets.get(namespace)
    if (index === undefined || bucket === undefined || !bucket.byName.delete(obj.metadata.name)) return
    const names = sortedNames(bucket)
    names.splice(lowerBound(names, obj.metadata.name), 1)
    index.count--
    if (bucket.names.length === 0) {
      index.buckets.delete(namespace)
      index.namespaces.splice(index.namespaces.indexOf(namespace), 1)
    }
    this.byUid.delete(obj.metadata.uid)
    this.reindexOwners(undefined, obj)
  }

  private bucket(kind: string, namespace: string): Bucket {
    let index = this.byKind.get(kind)
    if (index === undefined) {
      index = { buckets: new Map(), namespaces: [], count: 0 }
      this.byKind.set(kind, index)
    }
    let bucket = index.buckets.get(namespace)
    if (bucket === undefined) {
      bucket = { byName: new Map(), names: [], sorted: true }
      index.buckets.set(namespace, bucket)
      insertSorted(index.namespaces, namespace, namespaceKey)
    }
    return bucket
  }

  /** Moves the object's owner-index entries from `previous`'s owners to `obj`'s. */
  private reindexOwners(obj: KubeObject | undefined, previous: KubeObject | undefined): void {
    const before = ownerUids(previous)
    const after = ownerUids(obj)
    const subject = obj ?? previous
    if (subject === undefined || (before.length === 0 && after.length === 0)) return
    const key = `${subject.kind}/${subject.metadata.namespace ?? ''}/${subject.metadata.name}`
    for (const uid of before) {
      if (after.includes(uid)) continue
      const owned = this.byOwner.get(uid)
      owned?.delete(key)
      if (owned?.size === 0) this.byOwner.delete(uid)
    }
    for (const uid of after) {
      let owned = this.byOwner.get(uid)
      if (owned === undefined) {
        owned = new Map()
        this.byOwner.set(uid, owned)
      }
      owned.set(key, obj as KubeObject)
    }
  }
}

/** Creates empty indexes. */
export function createObjectIndex(): ObjectIndex {
  return new Indexes()
}
