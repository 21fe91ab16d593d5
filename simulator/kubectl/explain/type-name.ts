// How kubectl explain names the type of a field, for the wire schema the API server decodes with
// (engine/admission/schema.ts). Shared by `kubectl explain` and the editor's field completion.
// mirrors the "typeGuess" template of kubernetes/kubectl pkg/explain/v2/templates/plaintext.tmpl
// and pkg/explain/typename.go (the plaintext-openapiv2 names).

import type { TypeNode } from '../../engine/admission/schema'

/** `node` without pointers: a Go `*T` has T's schema. */
export function unwrapPointer(node: TypeNode): TypeNode
export function unwrapPointer(node: TypeNode | undefined): TypeNode | undefined
export function unwrapPointer(node: TypeNode | undefined): TypeNode | undefined {
  return node?.kind === 'ptr' ? unwrapPointer(node.elem) : node
}

/**
 * The type as `kubectl explain` prints it between `<` and `>`: `string`, `integer`, `boolean`,
 * `number`; a struct's own name (`StatefulSetSpec`, `[]Container`, `map[string]Quantity`);
 * `Quantity`, `IntOrString`, `RawExtension`, `FieldsV1`; `string` for timestamps, which the
 * OpenAPI document declares as strings.
 */
export function explainTypeName(type: TypeNode): string {
  const t = unwrapPointer(type)
  switch (t.kind) {
    case 'struct':
      return t.name
    case 'slice':
      return `[]${explainTypeName(t.elem)}`
    case 'map':
      return `map[string]${explainTypeName(t.elem)}`
    case 'raw':
      return t.goType.slice(t.goType.indexOf('.') + 1)
    default:
      return SCALAR_NAMES[t.kind] ?? 'string'
  }
}

/** The type as `kubectl explain --output=plaintext-openapiv2` prints it: `Object`, `[]Object`, `string`. */
export function openAPIV2TypeName(type: TypeNode): string {
  const t = unwrapPointer(type)
  switch (t.kind) {
    case 'struct':
      return 'Object'
    case 'slice':
      return `[]${openAPIV2TypeName(t.elem)}`
    case 'map':
      return `map[string]${openAPIV2TypeName(t.elem)}`
    case 'raw':
      // A schemaless object: a map whose values have no type name.
      return 'map[string]'
    case 'quantity':
    case 'intOrString':
      return 'string'
    default:
      return SCALAR_NAMES[t.kind] ?? 'string'
  }
}

const SCALAR_NAMES: Partial<Record<TypeNode['kind'], string>> = {
  int32: 'integer',
  int64: 'integer',
  float64: 'number',
  bool: 'boolean',
  quantity: 'Quantity',
  intOrString: 'IntOrString',
}
