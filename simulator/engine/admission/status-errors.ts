// API errors as plain data (a metav1.Status) and the texts kubectl prints for them.
// Mirrors kubernetes/apimachinery pkg/api/errors/errors.go (NewInvalid, NewBadRequest,
// NewForbidden) and kubernetes/kubectl pkg/cmd/util/helpers.go (checkErr, MultilineError).
import { aggregateMessage, errorBody, invalid, type FieldError, type FieldErrorType } from './field-errors'
import { goPlusV } from './go-format'

export interface StatusCause {
  type: FieldErrorType
  message: string
  field: string
}

/**
 * A rejected request. Server errors carry the HTTP `code` and the Status `reason`; the two
 * client-side failures kubectl hits before sending anything have `code: 0`:
 * `NoKindMatch` (unknown apiVersion/kind) and `DecodeFailed` (no usable kind in the document).
 */
export interface AdmitError {
  reason: 'BadRequest' | 'Invalid' | 'Forbidden' | 'NotFound' | 'InternalError' | 'NoKindMatch' | 'DecodeFailed'
  code: number
  message: string
  details?: { group: string; kind: string; name: string; causes: StatusCause[] }
  mapping?: { name: string; namespace: string; kind: string; apiVersion: string }
}

/** errors.NewInvalid: 422 with one cause per field error; message `Kind.group "name" is invalid: <aggregate>`. */
export function newInvalid(group: string, kind: string, name: string, errs: readonly FieldError[]): AdmitError {
  const qualified = group ? `${kind}.${group}` : kind
  const message =
    errs.length === 0 ? `${qualified} "${name}" is invalid` : `${qualified} "${name}" is invalid: ${aggregateMessage(errs)}`
  const causes = errs.map((e) => ({ type: e.type, message: errorBody(e), field: e.field }))
  return { reason: 'Invalid', code: 422, message, details: { group, kind, name, causes } }
}

/**
 * A patch whose result does not decode (applyPatchToObject): 422 with no kind or name and one
 * cause on `patch` holding the `%+v` of the patch. kubectl prints `The request is invalid: patch: ...`.
 */
export function newPatchInvalid(patch: unknown, message: string): AdmitError {
  return newInvalid('', '', '', [invalid('patch', goPlusV(patch), message)])
}

export function newBadRequest(message: string): AdmitError {
  return { reason: 'BadRequest', code: 400, message }
}

/** errors.NewForbidden: `<resource>[.group] "name" is forbidden: <message>`. */
export function newForbidden(resource: string, group: string, name: string, message: string): AdmitError {
  const qualified = group ? `${resource}.${group}` : resource
  return { reason: 'Forbidden', code: 403, message: `${qualified} "${name}" is forbidden: ${message}` }
}

/** kubectl's stderr for a 422: `The Kind "name" is invalid: ...`, one cause inline, several as `* ` lines. Ends with a newline. */
export function kubectlInvalidText(err: AdmitError): string {
  if (!err.details) return `The request is invalid: ${err.message}\n`
  const { kind, name } = err.details
  const prefix = kind || name ? `The ${kind} "${name}" is invalid` : 'The request is invalid'
  const lines = [...new Set(err.details.causes.map((c) => `${c.field}: ${c.message}`))]
  if (lines.length === 0) return `${prefix}\n`
  if (lines.length === 1) return `${prefix}: ${lines[0]}\n`
  return `${prefix}: \n${lines.map((l) => `* ${l}\n`).join('')}`
}

/** kubectl's stderr for an unknown apiVersion/kind in a file, two lines, newline-terminated. */
export function kubectlMappingText(err: AdmitError, filename: string): string {
  const m = err.mapping ?? { name: '', namespace: '', kind: '', apiVersion: '' }
  return (
    `error: resource mapping not found for name: "${m.name}" namespace: "${m.namespace}" from "${filename}": ` +
    `no matches for kind "${m.kind}" in version "${m.apiVersion}"\nensure CRDs are installed first\n`
  )
}
