// The object store: the simulated API server's storage (etcd plus the generic registry).
// It assigns uid, resourceVersion, creationTimestamp and generation, enforces optimistic
// concurrency, runs the deletion protocol (graceful deletion, finalizers) and notifies
// watchers synchronously. Admission (defaulting, validation) happens before it.
//
// Stored objects are immutable snapshots. A write never mutates a stored object; it stores
// a new one that shares unchanged subtrees with the old. Objects handed to create/update
// become the store's: the caller must not mutate them afterwards. Readers must treat what
// get/list return as read-only; with `freeze: true` (tests) the store deep-freezes them.
import type { KubeObject, ObjectKey, ObjectMeta } from '../objects/meta'
import {
  newAlreadyExists,
  newConflict,
  newDeletePreconditionFailed,
  newNotFound,
  newUidPreconditionFailed,
  type ApiError,
} from './api-errors'
import type { Clock } from './clock'
import { deepEqual } from './deep-equal'
import { planDeletion, type DeleteOptions } from './deletion'
import type { Selector } from './labels'
import { createObjectIndex } from './object-index'
import type { Random } from './random'
import { resourceFor } from './resources'
import { prepareStatusUpdate, prepareUpdate, shouldDeleteDuringUpdate, withSystemFields } from './update-strategy'
import { createWatchHub, type WatchListener, type WatchOptions } from './watch'
import { withField } from './with-field'

/** An object to create: metadata needs `name` or `generateName`; system fields are ignored. */
export interface NewObject {
  apiVersion: string
  kind: string
  metadata: Partial<ObjectMeta>
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  [field: string]: any
}

/**
 * `object` is the stored result; `removed` says it is no longer stored (a delete that did not
 * wait, or an update that removed the last finalizer), in which case `object` is its last state.
 */
export type StoreResult = { ok: true; object: KubeObject; removed: boolean } | { ok: false; error: ApiError }

export interface ListOptions {
  /** One namespace; all namespaces if undefined. Ignored for cluster-scoped kinds. */
  namespace?: string
  labelSelector?: Selector
}

export interface StoreOptions {
  clock: Clock
  /** Source of uids and generateName suffixes; the store forks its own streams from it. */
  random: Random
  /** The resourceVersion of the first write; default 1. */
  firstResourceVersion?: number
  /** Deep-freeze stored objects so stray mutation throws (tests). Default false. */
  freeze?: boolean
}

export interface Store {
  readonly clock: Clock
  /** Stores a new object; AlreadyExists if the key is taken. */
  create(obj: NewObject): StoreResult
  /** The stored object, or undefined; newNotFound(key) builds the API error for callers that need it. */
  get(key: ObjectKey): KubeObject | undefined
  getByUid(uid: string): KubeObject | undefined
  /** Objects of `kind` in etcd key order (namespace, then name); O(objects of that kind in scope). */
  list(kind: string, options?: ListOptions): KubeObject[]
  /** Objects with an ownerReference to `uid`, in the order they gained it. */
  listOwnedBy(uid: string): KubeObject[]
  /** Stored objects, of one kind or all. */
  count(kind?: string): number
  /** Kinds with at least one stored object, sorted. */
  kinds(): string[]
  /**
   * Replaces the stored object with `obj`. NotFound if absent; Conflict if `obj` carries a uid
   * or a resourceVersion different from the stored one (an empty resourceVersion updates
   * unconditionally). System metadata comes from the stored object; status too, for kinds with
   * a status subresource. Generation is bumped when spec changes, for kinds that keep it.
   * An update that changes nothing writes nothing (same resourceVersion, no watch event).
   */
  update(obj: KubeObject): StoreResult
  /** Like update, but takes only `status` from `obj`; spec and metadata stay as stored. */
  updateStatus(obj: KubeObject): StoreResult
  /** Deletes per planDeletion (graceful Pods, finalizers, propagation policy). NotFound if absent. */
  delete(key: ObjectKey, options?: DeleteOptions): StoreResult
  /** Registers a listener for every later change; see createWatchHub for ordering. */
  watch(listener: WatchListener, options?: WatchOptions): () => void
  /** The resourceVersion of the latest write ('0' before any). */
  resourceVersion(): string
}

/** utilrand.String(5) after a base truncated to 58 characters (names.SimpleNameGenerator). */
const maxGeneratedNameLength = 58
const generateNameAttempts = 8

function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value
  Object.freeze(value)
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key])
  return value
}

const ok = (object: KubeObject, removed = false): StoreResult => ({ ok: true, object, removed })
const fail = (error: ApiError): StoreResult => ({ ok: false, error })

/** Creates an empty store. */
export function createStore(options: StoreOptions): Store {
  return new ObjectStore(options)
}

class ObjectStore implements Store {
  readonly clock: Clock
  private readonly uids: Random
  private readonly names: Random
  private readonly index = createObjectIndex()
  private readonly hub = createWatchHub()
  private readonly freeze: boolean
  private revision: number

  constructor(options: StoreOptions) {
    this.clock = options.clock
    this.uids = options.random.fork('store/uid')
    this.names = options.random.fork('store/generateName')
    this.freeze = options.freeze === true
    this.revision = (options.firstResourceVersion ?? 1) - 1
  }

  create(input: NewObject): StoreResult {
    const namespace = this.namespaceOf(input.kind, input.metadata.namespace)
    const name = input.metadata.name || this.generateName(input, namespace)
    if (this.index.get(input.kind, namespace, name) !== undefined) return fail(newAlreadyExists({ kind: input.kind, name }))
    const info = resourceFor(input.kind)
    const metadata = withSystemFields(input.metadata, {
      name,
      namespace: namespace || undefined,
      uid: this.uids.uuid(),
      resourceVersion: this.nextResourceVersion(),
      creationTimestamp: this.clock.timestamp(),
      generation: info?.generation ? 1 : undefined,
      deletionTimestamp: undefined,
      deletionGracePeriodSeconds: undefined,
    })
    const obj = this.seal(withField(input, 'metadata', metadata) as KubeObject)
    this.index.put(obj)
    this.hub.emit({ added: obj, resourceVersion: metadata.resourceVersion }, obj.kind)
    return ok(obj)
  }

  get(key: ObjectKey): KubeObject | undefined {
    return this.index.get(key.kind, this.namespaceOf(key.kind, key.namespace), key.name)
  }

  getByUid(uid: string): KubeObject | undefined {
    return this.index.getByUid(uid)
  }

  list(kind: string, options: ListOptions = {}): KubeObject[] {
    const scoped = resourceFor(kind)?.namespaced === false ? undefined : options.namespace
    const all = this.index.list(kind, scoped)
    const selector = options.labelSelector
    if (selector === undefined || (selector.selectable && selector.empty())) return all
    return all.filter((o) => selector.matches(o.metadata.labels))
  }

  listOwnedBy(uid: string): KubeObject[] {
    return this.index.listOwnedBy(uid)
  }

  count(kind?: string): number {
    return this.index.count(kind)
  }

  kinds(): string[] {
    return this.index.kinds()
  }

  update(obj: KubeObject): StoreResult {
    return this.write(obj, false)
  }

  updateStatus(obj: KubeObject): StoreResult {
    return this.write(obj, true)
  }

  delete(key: ObjectKey, options: DeleteOptions = {}): StoreResult {
    const current = this.get(key)
    if (current === undefined) return fail(newNotFound(key))
    const pre = options.preconditions
    if (pre?.uid !== undefined && pre.uid !== current.metadata.uid) {
      return fail(newDeletePreconditionFailed(key, 'UID', pre.uid, current.metadata.uid))
    }
    if (pre?.resourceVersion !== undefined && pre.resourceVersion !== current.metadata.resourceVersion) {
      return fail(newDeletePreconditionFailed(key, 'ResourceVersion', pre.resourceVersion, current.metadata.resourceVersion))
    }
    const clock = this.clock
    const plan = planDeletion(current, options, {
      now: clock.now(),
      timestamp: (ms) => clock.timestamp(ms),
      parse: (text) => clock.parse(text),
    })
    if (plan.action === 'unchanged') return ok(current)
    if (plan.action === 'mark') return this.replace(current, plan.object)
    return this.removeStored(plan.marked === undefined ? current : this.replaceStored(current, plan.marked))
  }

  watch(listener: WatchListener, options?: WatchOptions): () => void {
    return this.hub.watch(listener, options)
  }

  resourceVersion(): string {
    return String(Math.max(this.revision, 0))
  }

  /** Update and UpdateStatus: preconditions, then the registry's PrepareForUpdate rules. */
  private write(obj: KubeObject, statusOnly: boolean): StoreResult {
    const key = { kind: obj.kind, namespace: obj.metadata.namespace ?? '', name: obj.metadata.name }
    const current = this.get(key)
    if (current === undefined) return fail(newNotFound(key))
    const uid = obj.metadata.uid
    if (uid && uid !== current.metadata.uid) return fail(newUidPreconditionFailed(this.keyOf(current), uid, current.metadata.uid))
    const rv = obj.metadata.resourceVersion
    if (rv && rv !== current.metadata.resourceVersion) return fail(newConflict(key))
    const next = statusOnly ? prepareStatusUpdate(obj, current) : prepareUpdate(obj, current)
    if (shouldDeleteDuringUpdate(next, current)) return this.removeStored(current)
    return this.replace(current, next)
  }

  private replace(current: KubeObject, next: KubeObject): StoreResult {
    return ok(this.replaceStored(current, next))
  }

  /**
   * Stores `next` (which carries `current`'s resourceVersion) in place of `current` under a new
   * resourceVersion, unless nothing changed. Returns what is stored afterwards.
   */
  private replaceStored(current: KubeObject, next: KubeObject): KubeObject {
    if (deepEqual(next, current)) return current
    const resourceVersion = this.nextResourceVersion()
    const stored = this.seal(withField(next, 'metadata', withField(next.metadata, 'resourceVersion', resourceVersion)))
    this.index.put(stored, current)
    this.hub.emit({ updated: [current, stored], resourceVersion }, stored.kind)
    return stored
  }

  private removeStored(current: KubeObject): StoreResult {
    this.index.remove(current)
    this.hub.emit({ removed: current, resourceVersion: this.nextResourceVersion() }, current.kind)
    return ok(current, true)
  }

  /** The namespace part of a key: '' for cluster-scoped kinds; required for namespaced ones. */
  private namespaceOf(kind: string, namespace: string | undefined): string {
    const info = resourceFor(kind)
    if (info?.namespaced === false) return ''
    if (info?.namespaced && !namespace) throw new Error(`store: ${kind} needs a namespace`)
    return namespace ?? ''
  }

  private generateName(input: NewObject, namespace: string): string {
    const base = input.metadata.generateName
    if (!base) throw new Error(`store: ${input.kind} has neither name nor generateName`)
    const prefix = base.slice(0, maxGeneratedNameLength)
    let name = ''
    for (let attempt = 0; attempt < generateNameAttempts; attempt++) {
      name = prefix + this.names.string(5)
      if (this.index.get(input.kind, namespace, name) === undefined) break
    }
    return name
  }

  private keyOf(obj: KubeObject): ObjectKey {
    return { kind: obj.kind, namespace: obj.metadata.namespace ?? '', name: obj.metadata.name }
  }

  private nextResourceVersion(): string {
    this.revision++
    return String(this.revision)
  }

  private seal(obj: KubeObject): KubeObject {
    return this.freeze ? deepFreeze(obj) : obj
  }
}
