// Declarative wire schema of every kind the simulator stores: for each Go struct the json field
// names in Go struct order, their Go types and whether the json tag says omitempty. Strict
// decoding (decode.ts) and server-style encoding (encode.ts) both walk it.
// The tables in schema-*.ts mirror kubernetes/api v0.31.0 and kubernetes/apimachinery 1.31.
import { appsSchema } from './schema-apps'
import { clusterSchema } from './schema-cluster'
import { containerSchema } from './schema-container'
import { metaSchema } from './schema-meta'
import { podSchema } from './schema-pod'
import { storageSchema } from './schema-storage'
import { volumeSchema } from './schema-volumes'

/**
 * Go structs keyed by qualified type name (`core.Container`), each a list of lines
 * `json type`, `json? type` (omitempty) or `...type` (inline embed); named non-struct types
 * (`core.RestartPolicy` → `string`) in `named`.
 */
export interface SchemaTable {
  structs: Record<string, string>
  named: Record<string, string>
}

/** Scalar kinds, plus the apimachinery types that decode themselves (UnmarshalJSON). */
export type ScalarKind =
  | 'string'
  | 'bool'
  | 'int32'
  | 'int64'
  | 'float64'
  | 'bytes'
  | 'quantity'
  | 'intOrString'
  | 'time'
  | 'raw'

/**
 * A resolved Go type. `goType` is what reflect.Type.String() prints, e.g. `[]v1.Container`;
 * `id` is the qualified name of a named type (`core.ResourceList`, `core.Container`).
 */
export type TypeNode = (
  | { kind: ScalarKind; goType: string }
  | { kind: 'ptr'; elem: TypeNode; goType: string }
  | { kind: 'slice'; elem: TypeNode; goType: string }
  | { kind: 'map'; elem: TypeNode; goType: string }
  | StructNode
) & { id?: string }

/** A Go struct; `fields` has inline embeds flattened in place. `name` is the bare type name. */
export interface StructNode {
  kind: 'struct'
  id: string
  goType: string
  name: string
  fields: FieldNode[]
  byJson: Map<string, FieldNode>
}

export interface FieldNode {
  json: string
  omitempty: boolean
  type: TypeNode
}

const tables = [metaSchema, appsSchema, podSchema, containerSchema, volumeSchema, storageSchema, clusterSchema]
const structSources = new Map<string, string>()
const namedSources = new Map<string, string>()
for (const table of tables) {
  for (const [name, body] of Object.entries(table.structs)) structSources.set(name, body)
  for (const [name, body] of Object.entries(table.named)) namedSources.set(name, body)
}

const external: Record<string, TypeNode> = {
  'resource.Quantity': { kind: 'quantity', goType: 'resource.Quantity' },
  'intstr.IntOrString': { kind: 'intOrString', goType: 'intstr.IntOrString' },
  'meta.Time': { kind: 'time', goType: 'v1.Time' },
  'meta.MicroTime': { kind: 'time', goType: 'v1.MicroTime' },
  'runtime.RawExtension': { kind: 'raw', goType: 'runtime.RawExtension' },
  'meta.FieldsV1': { kind: 'raw', goType: 'v1.FieldsV1' },
  'types.UID': { kind: 'string', goType: 'types.UID' },
}
const builtin: Record<string, ScalarKind> = {
  string: 'string',
  bool: 'bool',
  int32: 'int32',
  int64: 'int64',
  int: 'int64',
  float64: 'float64',
}

const cache = new Map<string, TypeNode>()

/** The Go spelling of a qualified name: every API package here is a `v1` package. */
function displayName(qualified: string): string {
  const [pkg, name] = qualified.split('.')
  return ['core', 'apps', 'meta', 'storage', 'discovery', 'policy'].includes(pkg) ? `v1.${name}` : qualified
}

/** Resolves a qualified Go type expression (`*int32`, `[]core.Container`, `core.ResourceList`). */
export function typeOf(expr: string): TypeNode {
  const hit = cache.get(expr)
  if (hit) return hit
  const node = resolve(expr)
  cache.set(expr, node)
  return node
}

function resolve(expr: string): TypeNode {
  if (expr.startsWith('*')) {
    const elem = typeOf(expr.slice(1))
    return { kind: 'ptr', elem, goType: `*${elem.goType}` }
  }
  if (expr === '[]byte') return { kind: 'bytes', goType: '[]uint8' }
  if (expr.startsWith('[]')) {
    const elem = typeOf(expr.slice(2))
    return { kind: 'slice', elem, goType: `[]${elem.goType}` }
  }
  const map = /^map\[([^\]]+)\](.+)$/.exec(expr)
  if (map) {
    const key = typeOf(map[1])
    const elem = typeOf(map[2])
    return { kind: 'map', elem, goType: `map[${key.goType}]${elem.goType}` }
  }
  if (builtin[expr]) return { kind: builtin[expr], goType: expr }
  if (external[expr]) return external[expr]
  const named = namedSources.get(expr)
  if (named !== undefined) return { ...typeOf(named), goType: displayName(expr), id: expr }
  if (structSources.has(expr)) return resolveStruct(expr)
  throw new Error(`schema: unknown Go type ${expr}`)
}

function resolveStruct(expr: string): StructNode {
  const node: StructNode = {
    kind: 'struct',
    id: expr,
    goType: displayName(expr),
    name: expr.split('.')[1],
    fields: [],
    byJson: new Map(),
  }
  cache.set(expr, node)
  for (const line of (structSources.get(expr) ?? '').split('\n')) {
    const text = line.trim()
    if (!text) continue
    if (text.startsWith('...')) {
      const embedded = typeOf(text.slice(3))
      if (embedded.kind === 'struct') node.fields.push(...embedded.fields)
      continue
    }
    const [name, type] = text.split(/\s+/)
    const omitempty = name.endsWith('?')
    node.fields.push({ json: omitempty ? name.slice(0, -1) : name, omitempty, type: typeOf(type) })
  }
  for (const f of node.fields) node.byJson.set(f.json, f)
  return node
}

/** The struct schema of a qualified type, e.g. `structOf('core.PodSpec')`. */
export function structOf(qualified: string): StructNode {
  const node = typeOf(qualified)
  if (node.kind !== 'struct') throw new Error(`schema: ${qualified} is not a struct`)
  return node
}
