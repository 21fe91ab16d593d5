// Strict decoding of a request body into a kind's wire schema, as the API server does with
// fieldValidation=Strict. Mirrors kubernetes-sigs/json (internal/golang/encoding/json/decode.go,
// kubernetes_patch.go at bc3834c, the version kubernetes 1.31 vendors) and
// kubernetes/apimachinery pkg/runtime/serializer/json/json.go (Serializer.unmarshal).
//
// Semantics kept from Go:
// - keys are visited in sorted order, because kubectl sends JSON marshalled from a Go map;
// - a wrong JSON type is recorded (`json: cannot unmarshal string into Go struct field
//   StatefulSetSpec.spec.replicas of type int32`, the path being the struct field names only,
//   without list indices) and decoding goes on; the first such error wins;
// - a type that decodes itself (Quantity, IntOrString, Time) fails immediately and that
//   error wins over a recorded one;
// - unknown fields are collected (`unknown field "spec.template.spec.containers[0].volumeMount"`,
//   with indices, at most 100) and only reported when nothing else failed;
// - duplicate keys cannot be seen here: kubectl's YAML-to-JSON step keeps the last one.
import { canonicalQuantity } from './quantity'
import { decodeBytes, decodeTime, parseGoInt } from './decode-scalars'
import { compareGoStrings, goNumberText } from './go-format'
import type { StructNode, TypeNode } from './schema'

export type FieldValidation = 'Strict' | 'Warn' | 'Ignore'

/** Decoded object (only known fields, canonical scalars) plus the unknown-field texts for `Warn`. */
export type DecodeResult =
  | { ok: true; object: Record<string, unknown>; warnings: string[] }
  | { ok: false; message: string }

interface State {
  saved?: string
  fatal?: string
  unknown: string[]
  validation: FieldValidation
}

interface Context {
  structName: string | null
  fieldStack: string[]
  strictPath: string
}

const NIL = Symbol('nil')
type Out = unknown | typeof NIL

/** Decodes `raw` into `root`; the error message is what follows `cannot be handled as a Kind: `. */
export function decodeObject(root: StructNode, raw: unknown, validation: FieldValidation = 'Strict'): DecodeResult {
  const state: State = { unknown: [], validation }
  const out = decodeValue(root, raw, { structName: null, fieldStack: [], strictPath: '' }, state)
  if (state.fatal !== undefined) return { ok: false, message: state.fatal }
  if (state.saved !== undefined) return { ok: false, message: state.saved }
  const object = out === NIL || typeof out !== 'object' || out === null ? {} : (out as Record<string, unknown>)
  if (validation === 'Strict' && state.unknown.length > 0) {
    return { ok: false, message: `strict decoding error: ${state.unknown.join(', ')}` }
  }
  return { ok: true, object, warnings: validation === 'Warn' ? state.unknown : [] }
}

function jsonKind(value: unknown): string {
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'object') return 'object'
  if (typeof value === 'boolean') return 'bool'
  if (typeof value === 'number') return 'number'
  return 'string'
}

function typeErrorText(ctx: Context, what: string, goType: string): string {
  if (ctx.structName !== null || ctx.fieldStack.length > 0) {
    return `json: cannot unmarshal ${what} into Go struct field ${ctx.structName ?? ''}.${ctx.fieldStack.join('.')} of type ${goType}`
  }
  return `json: cannot unmarshal ${what} into Go value of type ${goType}`
}

function save(state: State, message: string): Out {
  if (state.saved === undefined) state.saved = message
  return NIL
}

function fail(state: State, message: string): Out {
  state.fatal = message
  return NIL
}

function decodeValue(type: TypeNode, input: unknown, ctx: Context, state: State): Out {
  if (state.fatal !== undefined) return NIL
  const value = normalizeInput(input)
  if (value === null || value === undefined) return decodeNull(type)
  switch (type.kind) {
    case 'ptr':
      return decodeValue(type.elem, value, ctx, state)
    case 'struct':
      return isPlainObject(value) ? decodeStruct(type, value, ctx, state) : mismatch(type, value, ctx, state)
    case 'slice':
      return Array.isArray(value) ? decodeSlice(type.elem, value, ctx, state) : mismatch(type, value, ctx, state)
    case 'map':
      return isPlainObject(value) ? decodeMap(type.elem, value, ctx, state) : mismatch(type, value, ctx, state)
    case 'quantity':
      return decodeQuantity(value, state)
    case 'intOrString':
      return decodeIntOrString(value, ctx, state)
    case 'time':
      return decodeTimeValue(value, ctx, state)
    case 'raw':
      return cloneJson(value)
    default:
      return decodeScalar(type, value, ctx, state)
  }
}

/** YAML parsers may hand over bigints and Dates; kubectl's YAML-to-JSON step would give numbers and RFC 3339 strings. */
function normalizeInput(input: unknown): unknown {
  if (typeof input === 'bigint') return Number(input)
  if (input instanceof Date) return Number.isNaN(input.getTime()) ? null : input.toISOString().replace(/\.000Z$/, 'Z')
  return input
}

/** JSON null: nil for pointers, slices and maps; zero for Quantity and IntOrString; ignored otherwise. */
function decodeNull(type: TypeNode): Out {
  if (type.kind === 'quantity') return '0'
  if (type.kind === 'intOrString') return 0
  return NIL
}

function mismatch(type: TypeNode, value: unknown, ctx: Context, state: State): Out {
  return save(state, typeErrorText(ctx, jsonKind(value), type.goType))
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A JSON-only deep copy (what a RawExtension keeps); anything not JSON becomes null. */
function cloneJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(cloneJson)
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cloneJson(v)]))
  if (typeof value === 'bigint') return Number(value)
  return ['string', 'number', 'boolean'].includes(typeof value) ? value : null
}

function childStrictPath(ctx: Context, key: string): string {
  return ctx.strictPath === '' ? key : `${ctx.strictPath}.${key}`
}

function decodeStruct(type: StructNode, value: Record<string, unknown>, ctx: Context, state: State): Out {
  const found = new Map<string, unknown>()
  for (const key of Object.keys(value).sort(compareGoStrings)) {
    if (state.fatal !== undefined) return NIL
    const field = type.byJson.get(key)
    if (!field) {
      const text = `unknown field "${childStrictPath(ctx, key)}"`
      if (state.unknown.length < 100 && !state.unknown.includes(text)) state.unknown.push(text)
      continue
    }
    const child: Context = {
      structName: type.name,
      fieldStack: [...ctx.fieldStack, key],
      strictPath: childStrictPath(ctx, key),
    }
    const out = decodeValue(field.type, value[key], child, state)
    if (out === NIL) found.delete(key)
    else found.set(key, out)
  }
  const result: Record<string, unknown> = {}
  for (const f of type.fields) if (found.has(f.json)) result[f.json] = found.get(f.json)
  return result
}

function decodeSlice(elem: TypeNode, value: unknown[], ctx: Context, state: State): Out {
  const result: unknown[] = []
  value.forEach((item, i) => {
    const out = decodeValue(elem, item, { ...ctx, strictPath: `${ctx.strictPath}[${i}]` }, state)
    result.push(out === NIL ? zeroOf(elem) : out)
  })
  return result
}

function decodeMap(elem: TypeNode, value: Record<string, unknown>, ctx: Context, state: State): Out {
  const result: Record<string, unknown> = {}
  for (const key of Object.keys(value).sort(compareGoStrings)) {
    const out = decodeValue(elem, value[key], { ...ctx, strictPath: childStrictPath(ctx, key) }, state)
    result[key] = out === NIL ? zeroOf(elem) : out
  }
  return result
}

/** The zero value Go leaves in a list or map slot when the element was null or did not decode. */
function zeroOf(type: TypeNode): unknown {
  switch (type.kind) {
    case 'string':
    case 'bytes':
      return ''
    case 'bool':
      return false
    case 'int32':
    case 'int64':
    case 'float64':
    case 'intOrString':
      return 0
    case 'quantity':
      return '0'
    case 'struct':
      return {}
    default:
      return null
  }
}

function literalText(value: unknown): string {
  if (typeof value === 'number') return goNumberText(value)
  if (typeof value === 'string' || typeof value === 'boolean') return String(value)
  return JSON.stringify(value) ?? ''
}

/** Quantity.UnmarshalJSON: strips the quotes of a string, trims, parses; errors carry no field path. */
function decodeQuantity(value: unknown, state: State): Out {
  const r = canonicalQuantity(literalText(value).trim())
  return r.ok ? r.text : fail(state, r.error)
}

/** IntOrString.UnmarshalJSON: a string, or else json.Unmarshal into an int32 (error gets the field path). */
function decodeIntOrString(value: unknown, ctx: Context, state: State): Out {
  if (typeof value === 'string') return value
  if (typeof value === 'number') {
    const n = parseGoInt(goNumberText(value), 32)
    return n !== null ? n : fail(state, typeErrorText(ctx, `number ${goNumberText(value)}`, 'int32'))
  }
  return fail(state, typeErrorText(ctx, jsonKind(value), 'int32'))
}

/** Time.UnmarshalJSON: json.Unmarshal into a string (error gets the field path), then RFC 3339. */
function decodeTimeValue(value: unknown, ctx: Context, state: State): Out {
  if (typeof value !== 'string') return fail(state, typeErrorText(ctx, jsonKind(value), 'string'))
  const r = decodeTime(value)
  return r.ok ? r.value : fail(state, r.error)
}

function decodeScalar(type: TypeNode, value: unknown, ctx: Context, state: State): Out {
  const kind = type.kind
  if (typeof value === 'string') {
    if (kind === 'string') return value
    if (kind === 'bytes') {
      const r = decodeBytes(value)
      return r.ok ? r.value : save(state, r.error)
    }
  } else if (typeof value === 'boolean') {
    if (kind === 'bool') return value
  } else if (typeof value === 'number') {
    const text = goNumberText(value)
    if (kind === 'float64') return value
    if (kind === 'int32' || kind === 'int64') {
      const n = parseGoInt(text, kind === 'int32' ? 32 : 64)
      return n !== null ? n : save(state, typeErrorText(ctx, `number ${text}`, type.goType))
    }
  }
  return mismatch(type, value, ctx, state)
}
