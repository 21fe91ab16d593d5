// The storage errors the simulated API server returns, as values carrying the exact
// metav1.Status text. Mirrors kubernetes/apimachinery pkg/api/errors/errors.go
// (NewNotFound, NewAlreadyExists, NewConflict) and k8s.io/apiserver pkg/storage
// (Preconditions.Check, StorageError.Error) for failed preconditions.
import type { ObjectKey } from '../objects/meta'
import { groupResourceFor, resourceFor } from './resources'

export type ApiErrorReason = 'NotFound' | 'AlreadyExists' | 'Conflict'

/** A failed store operation. kubectl prints it as `Error from server (<reason>): <message>`. */
export interface ApiError {
  reason: ApiErrorReason
  /** HTTP status code: 404 or 409. */
  code: 404 | 409
  message: string
  /** StatusDetails: `kind` is the resource plural (`pods`), as upstream fills it. */
  details: { name: string; group: string; kind: string }
}

/** errors.OptimisticLockErrorMsg */
export const OPTIMISTIC_LOCK_ERROR_MSG =
  'the object has been modified; please apply your changes to the latest version and try again'

function details(kind: string, name: string): ApiError['details'] {
  const info = resourceFor(kind)
  return { name, group: info?.group ?? '', kind: info?.plural ?? groupResourceFor(kind) }
}

/** `pods "web-5" not found` */
export function newNotFound(key: Pick<ObjectKey, 'kind' | 'name'>): ApiError {
  const message = `${groupResourceFor(key.kind)} "${key.name}" not found`
  return { reason: 'NotFound', code: 404, message, details: details(key.kind, key.name) }
}

/** `statefulsets.apps "web" already exists` */
export function newAlreadyExists(key: Pick<ObjectKey, 'kind' | 'name'>): ApiError {
  const message = `${groupResourceFor(key.kind)} "${key.name}" already exists`
  return { reason: 'AlreadyExists', code: 409, message, details: details(key.kind, key.name) }
}

/**
 * `Operation cannot be fulfilled on statefulsets.apps "web": <cause>`; the cause defaults to
 * OPTIMISTIC_LOCK_ERROR_MSG (a stale resourceVersion).
 */
export function newConflict(key: Pick<ObjectKey, 'kind' | 'name'>, cause: string = OPTIMISTIC_LOCK_ERROR_MSG): ApiError {
  return conflictOn(groupResourceFor(key.kind), key, cause)
}

function conflictOn(resource: string, key: Pick<ObjectKey, 'kind' | 'name'>, cause: string): ApiError {
  const message = `Operation cannot be fulfilled on ${resource} "${key.name}": ${cause}`
  return { reason: 'Conflict', code: 409, message, details: details(key.kind, key.name) }
}

/**
 * A DELETE whose preconditions do not match, rejected early by rest.BeforeDelete, which names
 * the resource by its Kind (`Operation cannot be fulfilled on Pod "web-0": the UID in the
 * precondition (a) does not match the UID in record (b). The object might have been deleted
 * and then recreated`).
 */
export function newDeletePreconditionFailed(key: Pick<ObjectKey, 'kind' | 'name'>, field: 'UID' | 'ResourceVersion', expected: string, actual: string): ApiError {
  const group = resourceFor(key.kind)?.group ?? ''
  const cause =
    field === 'UID'
      ? `the UID in the precondition (${expected}) does not match the UID in record (${actual}). The object might have been deleted and then recreated`
      : `the ResourceVersion in the precondition (${expected}) does not match the ResourceVersion in record (${actual}). The object might have been modified`
  return conflictOn(group ? `${key.kind}.${group}` : key.kind, key, cause)
}

/** The etcd key the registry stores an object under (`/registry/pods/default/web-0`). */
export function registryKey(key: ObjectKey): string {
  const plural = resourceFor(key.kind)?.plural ?? groupResourceFor(key.kind)
  const prefix = plural === 'services' ? 'services/specs' : plural === 'endpoints' ? 'services/endpoints' : plural
  return key.namespace ? `/registry/${prefix}/${key.namespace}/${key.name}` : `/registry/${prefix}/${key.name}`
}

/**
 * An UPDATE carrying a uid that is not the stored object's: the storage precondition
 * (storage.NewInvalidObjError) interpreted as a Conflict, e.g. `Operation cannot be fulfilled
 * on pods "web-0": StorageError: invalid object, Code: 4, Key: /registry/pods/default/web-0,
 * ResourceVersion: 0, AdditionalErrorMsg: Precondition failed: UID in precondition: <a>, UID
 * in object meta: <b>`.
 */
export function newUidPreconditionFailed(key: ObjectKey, expected: string, actual: string): ApiError {
  const detail = `Precondition failed: UID in precondition: ${expected}, UID in object meta: ${actual}`
  return newConflict(key, `StorageError: invalid object, Code: 4, Key: ${registryKey(key)}, ResourceVersion: 0, AdditionalErrorMsg: ${detail}`)
}
