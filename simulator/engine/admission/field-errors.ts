// Field-level validation errors and their exact text.
// Mirrors kubernetes/apimachinery pkg/util/validation/field/errors.go (Error.ErrorBody,
// ErrorList.ToAggregate) and pkg/util/errors/errors.go (aggregate.Error).
import { goQuote, type GoSyntax } from './go-format'

export type FieldErrorType =
  | 'FieldValueNotFound'
  | 'FieldValueRequired'
  | 'FieldValueDuplicate'
  | 'FieldValueInvalid'
  | 'FieldValueNotSupported'
  | 'FieldValueForbidden'
  | 'FieldValueTooLong'
  | 'FieldValueTooMany'
  | 'InternalError'

/** The value printed after the error type: Go prints strings with %q, numbers and bools with %v, the rest with %#v. */
export type BadValue = string | number | boolean | null | undefined | GoSyntax

/** One field.Error: `field` is the rendered field.Path, e.g. `spec.template.spec.containers[0].image`. */
export interface FieldError {
  type: FieldErrorType
  field: string
  badValue: BadValue
  detail: string
}

const typeText: Record<FieldErrorType, string> = {
  FieldValueNotFound: 'Not found',
  FieldValueRequired: 'Required value',
  FieldValueDuplicate: 'Duplicate value',
  FieldValueInvalid: 'Invalid value',
  FieldValueNotSupported: 'Unsupported value',
  FieldValueForbidden: 'Forbidden',
  FieldValueTooLong: 'Too long',
  FieldValueTooMany: 'Too many',
  InternalError: 'Internal error',
}

export function required(field: string, detail = ''): FieldError {
  return { type: 'FieldValueRequired', field, badValue: '', detail }
}

export function invalid(field: string, badValue: BadValue, detail: string): FieldError {
  return { type: 'FieldValueInvalid', field, badValue, detail }
}

export function notFound(field: string, badValue: BadValue): FieldError {
  return { type: 'FieldValueNotFound', field, badValue, detail: '' }
}

export function duplicate(field: string, badValue: BadValue): FieldError {
  return { type: 'FieldValueDuplicate', field, badValue, detail: '' }
}

export function forbidden(field: string, detail: string): FieldError {
  return { type: 'FieldValueForbidden', field, badValue: '', detail }
}

export function tooLong(field: string, maxLength: number): FieldError {
  return { type: 'FieldValueTooLong', field, badValue: '', detail: `must have at most ${maxLength} bytes` }
}

/** field.NotSupported: the detail lists the supported values, each %q-quoted, in the given order. */
export function notSupported(field: string, badValue: BadValue, supported: readonly string[]): FieldError {
  const detail = supported.length > 0 ? `supported values: ${supported.map(goQuote).join(', ')}` : ''
  return { type: 'FieldValueNotSupported', field, badValue, detail }
}

function renderValue(value: BadValue): string {
  if (value === null || value === undefined) return 'null'
  if (typeof value === 'string') return goQuote(value)
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return value.goSyntax
}

/** Error.ErrorBody: the message without the field path. */
export function errorBody(e: FieldError): string {
  const bare = ['FieldValueRequired', 'FieldValueForbidden', 'FieldValueTooLong', 'InternalError'].includes(e.type)
  let s = bare ? typeText[e.type] : `${typeText[e.type]}: ${renderValue(e.badValue)}`
  if (e.detail.length > 0) s += `: ${e.detail}`
  return s
}

/** Error.Error: `<field>: <body>`. */
export function errorString(e: FieldError): string {
  return `${e.field}: ${errorBody(e)}`
}

/** ErrorList.ToAggregate().Error(): duplicates dropped, one message bare, several as `[a, b]`. */
export function aggregateMessage(errs: readonly FieldError[]): string {
  const messages = [...new Set(errs.map(errorString))]
  if (messages.length === 1) return messages[0]
  return `[${messages.join(', ')}]`
}
