// The text of `kubectl explain` (the default `--output=plaintext`): GROUP/KIND/VERSION, then for a
// field path the FIELD line, DESCRIPTION (the field's words, then its type's), and FIELDS in
// name order, each with its type, `-required-`, enum values and description, or under
// --recursive every nested field, two spaces deeper per level, without descriptions.
// mirrors kubernetes/kubectl pkg/explain/v2/templates/plaintext.tmpl (v0.31.0).

import type { FieldNode, StructNode, TypeNode } from '../../engine/admission/schema'
import type { KindInfo } from '../../engine/admission/kinds'
import { fieldDescription, typeDescription } from './descriptions'
import { enumValues, isRequired } from './schema-facts'
import { explainTypeName, unwrapPointer } from './type-name'
import { wrapString } from './word-wrap'

/** The explanation as kubectl prints it; `error` (without `error: `) when a field is unknown. */
export interface Explanation {
  out: string
  error?: string
}

/** Explains `root`, the schema of `kind`, or the field at `path` under it. */
export function explainPlaintext(kind: KindInfo, root: StructNode, path: readonly string[], recursive: boolean): Explanation {
  const header = `${kind.group ? `GROUP:      ${kind.group}\n` : ''}KIND:       ${kind.kind}\nVERSION:    ${kind.version}\n\n`
  if (path.length === 0) return { out: `${header}${description([typeDescription(root)])}${fieldsSection(root, recursive, new Set())}\n` }
  let owner = root
  let field: FieldNode | undefined
  for (const [i, name] of path.entries()) {
    field = owner.byJson.get(name)
    const next = field && structBehind(field.type)
    if (!field || (i < path.length - 1 && !next)) return { out: header, error: `field "${path.at(-1)}" does not exist` }
    if (i < path.length - 1) owner = next as StructNode
  }
  const f = field as FieldNode
  const values = enumValues(f)
  const enumText = values ? `ENUM:${values.map((v) => `\n    ${quoteEmpty(v)}`).join('')}` : ''
  const inner = structBehind(f.type)
  return {
    out:
      `${header}FIELD: ${f.json} <${explainTypeName(f.type)}>\n${enumText}\n\n` +
      description([fieldDescription(owner, f), typeDescription(terminal(f.type))]) +
      fieldsSection(inner, recursive, new Set(inner ? [inner.id] : [])) +
      '\n',
  }
}

/** `DESCRIPTION:` and the descriptions, each ending its own line, wrapped and indented by 4. */
function description(texts: (string | undefined)[]): string {
  const text = texts.filter(Boolean).map((t) => `${t}\n`).join('')
  return `DESCRIPTION:\n${indent(text ? wrapString(text, 76) : '<empty>', 4)}\n`
}

/** `FIELDS:` and the fields of `struct`; empty when it has none. */
function fieldsSection(struct: StructNode | undefined, recursive: boolean, seen: ReadonlySet<string>): string {
  const list = struct ? fieldList(struct, 1, recursive, seen) : ''
  return list ? `FIELDS:\n${list}` : ''
}

/** The "fieldList" template: fields by name; under `recursive` each followed by its own, once per path. */
function fieldList(struct: StructNode, level: number, recursive: boolean, seen: ReadonlySet<string>): string {
  let out = ''
  for (const f of [...struct.fields].sort((a, b) => (a.json < b.json ? -1 : 1))) {
    out += fieldDetail(struct, f, level, recursive)
    const inner = recursive ? structBehind(f.type) : undefined
    if (inner && !seen.has(inner.id)) out += fieldList(inner, level + 1, recursive, new Set([...seen, inner.id]))
  }
  return out
}

/** The "fieldDetail" template: `name<TAB><type>`, ` -required-`, `enum: …`, then (unless short) the description. */
function fieldDetail(owner: StructNode, f: FieldNode, level: number, short: boolean): string {
  const pad = ' '.repeat(level * 2)
  const values = enumValues(f)
  let out = `${pad}${f.json}\t<${explainTypeName(f.type)}>${isRequired(owner, f) ? ' -required-' : ''}`
  if (values) out += `\n${pad}enum: ${values.slice(0, 4).map(quoteEmpty).join(', ')}${values.length > 4 ? ', ....' : ''}`
  out += '\n'
  if (short) return out
  return `${out}${indent(wrapString(fieldDescription(owner, f) || '<no description>', 78 - level * 2), level * 2 + 2)}\n\n`
}

/** The struct whose fields a field of `type` has: through pointers, list items and map values. */
function structBehind(type: TypeNode): StructNode | undefined {
  const t = terminal(type)
  return t.kind === 'struct' ? t : undefined
}

/** `type` without pointers, slices and maps around it. */
function terminal(type: TypeNode): TypeNode {
  const t = unwrapPointer(type)
  return t.kind === 'slice' || t.kind === 'map' ? terminal(t.elem) : t
}

/** The template's `indent`: `amount` spaces before every line, empty ones included. */
function indent(text: string, amount: number): string {
  const pad = ' '.repeat(amount)
  return pad + text.replaceAll('\n', `\n${pad}`)
}

function quoteEmpty(value: string): string {
  return value === '' ? '""' : value
}
