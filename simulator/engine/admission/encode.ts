// Server-side encoding: what encoding/json writes for a Go struct. Fields come out in Go
// struct order, map keys sorted; omitempty drops "", 0, false, nil and empty lists/maps but
// never a struct value (so `resources: {}`, `creationTimestamp: null`, `status: {}` appear as in
// real `-o yaml`); Quantity, IntOrString, Time and RawExtension are structs too.
// Mirrors golang encoding/json/encode.go (isEmptyValue) and apimachinery's MarshalJSON methods.
import { compareGoStrings } from './go-format'
import { parseQuantity, quantityToString } from './quantity'
import type { StructNode, TypeNode } from './schema'
import { isShareable, partKey, shareMade } from './share-subtrees'

export interface EncodeOptions {
  /** Encode nil and empty lists/maps alike (apiequality.Semantic.DeepEqual treats them as equal). */
  semantic?: boolean
  /** Share repeated parts with other stored objects (see share-subtrees); for the stored form only. */
  share?: boolean
}

/** The wire form of `value` under `root`; fields unknown to the schema are dropped. */
export function encodeObject(root: StructNode, value: unknown, options: EncodeOptions = {}): Record<string, unknown> {
  return encodeStruct(root, isObject(value) ? value : {}, options)
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isNil(value: unknown): boolean {
  return value === undefined || value === null
}

/** isEmptyValue for omitempty; structs (including Quantity, IntOrString, Time, RawExtension) are never empty. */
function isEmpty(type: TypeNode, value: unknown): boolean {
  switch (type.kind) {
    case 'struct':
    case 'quantity':
    case 'intOrString':
    case 'time':
    case 'raw':
      return false
    case 'ptr':
      return isNil(value)
    case 'slice':
      return isNil(value) || !Array.isArray(value) || value.length === 0
    case 'map':
      return isNil(value) || !isObject(value) || Object.keys(value).length === 0
    case 'bytes':
    case 'string':
      return isNil(value) || value === ''
    case 'bool':
      return isNil(value) || value === false
    default:
      return isNil(value) || value === 0
  }
}

function encodeStruct(type: StructNode, value: Record<string, unknown>, options: EncodeOptions): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  let key: string | undefined = options.share ? '{' : undefined
  for (const field of type.fields) {
    const v = value[field.json]
    const omit = field.omitempty || (options.semantic && (field.type.kind === 'slice' || field.type.kind === 'map'))
    if (omit && isEmpty(field.type, v)) continue
    const encoded = encodeValue(field.type, v, options)
    out[field.json] = encoded
    if (key !== undefined) key = isShareable(encoded) ? `${key}${field.json}=${partKey(encoded)}` : undefined
  }
  return key === undefined ? out : shareMade(out, key)
}

function encodeValue(type: TypeNode, value: unknown, options: EncodeOptions): unknown {
  switch (type.kind) {
    case 'struct':
      return encodeStruct(type, isObject(value) ? value : {}, options)
    case 'ptr':
      return isNil(value) ? null : encodeValue(type.elem, value, options)
    case 'slice':
      return Array.isArray(value) ? encodeSlice(type.elem, value, options) : null
    case 'map':
      return isObject(value) ? encodeMap(type.elem, value, options) : null
    default:
      return options.semantic && type.kind === 'quantity' ? semanticQuantity(value) : encodeScalar(type, value)
  }
}

/** Quantities compare by value (Semantic.DeepEqual uses Cmp), so `+1Gi` and `1Gi` encode alike. */
function semanticQuantity(value: unknown): string {
  const parsed = parseQuantity(typeof value === 'string' && value !== '' ? value : '0')
  return parsed.ok ? quantityToString({ ...parsed.quantity, s: undefined }) : String(value)
}

function encodeSlice(elem: TypeNode, value: unknown[], options: EncodeOptions): unknown[] {
  const out = value.map((v) => encodeValue(elem, v, options))
  if (!options.share) return out
  let key = '['
  for (const item of out) {
    if (!isShareable(item)) return out
    key += partKey(item)
  }
  return shareMade(out, key)
}

function encodeMap(elem: TypeNode, value: Record<string, unknown>, options: EncodeOptions): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  let shared: string | undefined = options.share ? '<' : undefined
  for (const key of Object.keys(value).sort(compareGoStrings)) {
    const encoded = encodeValue(elem, value[key], options)
    out[key] = encoded
    if (shared !== undefined) shared = isShareable(encoded) ? `${shared}${key.length}:${key}=${partKey(encoded)}` : undefined
  }
  return shared === undefined ? out : shareMade(out, shared)
}

function encodeScalar(type: TypeNode, value: unknown): unknown {
  switch (type.kind) {
    case 'string':
    case 'bytes':
      return typeof value === 'string' ? value : ''
    case 'bool':
      return value === true
    case 'int32':
    case 'int64':
    case 'float64':
      return typeof value === 'number' ? value : 0
    case 'quantity':
      return typeof value === 'string' && value !== '' ? value : '0'
    case 'intOrString':
      return typeof value === 'string' || typeof value === 'number' ? value : 0
    case 'time':
      return typeof value === 'string' && value !== '' ? value : null
    default:
      return isNil(value) ? null : value
  }
}
