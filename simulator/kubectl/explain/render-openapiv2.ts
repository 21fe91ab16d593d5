// The text of `kubectl explain --output=plaintext-openapiv2`, the explain of kubectl before
// v1.27: KIND/VERSION, `RESOURCE:` or `FIELD:` for a field path, the descriptions of the field
// and of its type as separate paragraphs, and FIELDS indented by three, `Object` for any struct.
// mirrors kubernetes/kubectl pkg/explain (explain.go, field_lookup.go, model_printer.go,
// fields_printer.go, recursive_fields_printer.go, typename.go, formatter.go) v0.31.0.

import type { KindInfo } from '../../engine/admission/kinds'
import type { StructNode, TypeNode } from '../../engine/admission/schema'
import { fieldDescription, typeDescription } from './descriptions'
import type { Explanation } from './render'
import { isRequired } from './schema-facts'
import { unwrapPointer } from './type-name'

/** A schema as kube-openapi's proto package models the OpenAPI v2 document. */
type Model =
  | { is: 'kind'; desc?: string; struct: StructNode }
  | { is: 'reference' | 'array' | 'map'; desc?: string; sub: Model }
  | { is: 'primitive'; desc?: string; type: string }
  | { is: 'arbitrary'; desc?: string }

/** Explains `root`, the schema of `kind`, or the field at `path` under it. */
export function explainOpenAPIV2(kind: KindInfo, root: StructNode, path: readonly string[], recursive: boolean): Explanation {
  let model: Model = { is: 'kind', desc: typeDescription(root), struct: root }
  for (let i = 0; i < path.length && model.is !== 'primitive' && model.is !== 'arbitrary'; ) {
    if (model.is !== 'kind') {
      model = model.sub
      continue
    }
    const field = model.struct.byJson.get(path[i])
    if (!field) return { out: '', error: `field "${path[i]}" does not exist` }
    model = modelOf(field.type, fieldDescription(model.struct, field))
    i++
  }
  return { out: printModel(kind, path.at(-1) ?? '', model, recursive) }
}

/** The model of a field of `type`: structs and the apimachinery types are references to definitions. */
function modelOf(type: TypeNode, desc: string | undefined): Model {
  const t = unwrapPointer(type)
  const own = typeDescription(t)
  switch (t.kind) {
    case 'struct':
      return { is: 'reference', desc, sub: { is: 'kind', desc: own, struct: t } }
    case 'slice':
    case 'map':
      return { is: t.kind === 'slice' ? 'array' : 'map', desc, sub: modelOf(t.elem, undefined) }
    case 'raw':
      return { is: 'reference', desc, sub: { is: 'map', desc: own, sub: { is: 'arbitrary', desc: own } } }
    case 'quantity':
    case 'intOrString':
    case 'time':
      return { is: 'reference', desc, sub: { is: 'primitive', desc: own, type: 'string' } }
    default:
      return { is: 'primitive', desc, type: { int32: 'integer', int64: 'integer', float64: 'number', bool: 'boolean' }[t.kind as string] ?? 'string' }
  }
}

function typeName(model: Model): string {
  switch (model.is) {
    case 'kind':
      return 'Object'
    case 'reference':
      return typeName(model.sub)
    case 'array':
      return `[]${typeName(model.sub)}`
    case 'map':
      return `map[string]${typeName(model.sub)}`
    case 'primitive':
      return model.type
    default:
      return ''
  }
}

/** modelPrinter: collects descriptions down references, arrays and maps, then prints the kind or field. */
function printModel(kind: KindInfo, name: string, model: Model, recursive: boolean): string {
  const descriptions: (string | undefined)[] = []
  let type = ''
  while (model.is === 'reference' || model.is === 'array' || model.is === 'map') {
    descriptions.push(model.desc)
    if (!type && model.is !== 'reference') type = typeName(model)
    model = model.sub
  }
  const leaf = model as Exclude<Model, { sub: Model }>
  let out = `KIND:     ${kind.kind}\nVERSION:  ${kind.apiVersion}\n\n`
  const described = descriptionText([...descriptions, leaf.desc])
  if (leaf.is === 'primitive') return `${out}FIELD:    ${name} <${type || leaf.type}>\n\n${described}`
  if (leaf.is === 'arbitrary') return out + described
  if (name) out += `RESOURCE: ${name} <${type || 'Object'}>\n\n`
  return `${out}${described}\nFIELDS:\n${recursive ? recursiveFields(leaf.struct, 3, new Set()) : fields(leaf.struct)}`
}

function descriptionText(descriptions: (string | undefined)[]): string {
  let out = 'DESCRIPTION:\n'
  descriptions.forEach((desc, i) => {
    if (!desc) return
    if (i !== 0) out += '\n'
    out += writeWrapped(desc, 5)
  })
  return out === 'DESCRIPTION:\n' ? `${out}     <empty>\n` : out
}

/** regularFieldsPrinter: each field with its type, `-required-` and description. */
function fields(struct: StructNode): string {
  return sorted(struct)
    .map((f) => `   ${f.json}\t<${typeName(modelOf(f.type, undefined))}>${isRequired(struct, f) ? ' -required-' : ''}\n${writeWrapped(fieldDescription(struct, f) ?? '', 5)}\n`)
    .join('')
}

/** recursiveFieldsPrinter: every nested field, three spaces deeper per level, each definition once per path. */
function recursiveFields(struct: StructNode, indent: number, seen: ReadonlySet<string>): string {
  let out = ''
  for (const f of sorted(struct)) {
    out += `${' '.repeat(indent)}${f.json}\t<${typeName(modelOf(f.type, undefined))}>\n`
    let model = modelOf(f.type, undefined)
    while (model.is === 'reference' || model.is === 'array' || model.is === 'map') model = model.sub
    if (model.is === 'kind' && !seen.has(model.struct.id)) out += recursiveFields(model.struct, indent + 3, new Set([...seen, model.struct.id]))
  }
  return out
}

function sorted(struct: StructNode) {
  return [...struct.fields].sort((a, b) => (a.json < b.json ? -1 : 1))
}

/** Formatter.WriteWrapped: `text` wrapped at 80 columns, each line indented; empty lines stay empty. */
function writeWrapped(text: string, indent: number): string {
  return wrapParagraphs(text, 80 - indent)
    .map((line) => (line ? `${' '.repeat(indent)}${line}\n` : '\n'))
    .join('')
}

/** formatter.go wrapString: joins lines into paragraphs, keeping code blocks, lists and breaks after `:`. */
function wrapParagraphs(text: string, width: number): string[] {
  const wrapped: string[] = []
  let line: string[] = []
  let lastWord = ''
  const flush = () => {
    if (!line.length) return
    lastWord = ''
    wrapped.push(line.join(' '))
    line = []
  }
  for (const str of text.split('\n')) {
    if (str.startsWith('    ')) {
      flush()
      wrapped.push(str)
      continue
    }
    if (wrapped.length > 0 && str.trim() === '') {
      flush()
      wrapped.push('')
      continue
    }
    if (lastWord.endsWith(':') || str.trim() === '' || /^(\d+\.?|-|\*)\s/.test(str.trim())) flush()
    for (const word of str.split(/\s+/).filter(Boolean)) {
      lastWord = word
      if (line.length && [...line, word].join(' ').length > width) flush()
      line.push(word)
    }
  }
  flush()
  return wrapped
}
