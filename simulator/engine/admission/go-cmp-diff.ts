// An approximation of github.com/google/go-cmp cmp.Diff(old, new) over one API struct, as
// appended to the PVC, PV and Pod immutability messages. go-cmp deliberately varies its
// whitespace between runs, so no byte-exact reproduction exists; this keeps its shape: the
// struct's internal type name, changed fields as `-`/`+` lines, a field of context on each
// side and `... // N identical fields` for the rest. Field names are the json names capitalised.
import { goQuote } from './go-format'
import { semanticEqual } from './semantic-equal'
import { structOf, type TypeNode } from './schema'

const isNil = (v: unknown) => v === undefined || v === null

function goFieldName(json: string): string {
  return json.charAt(0).toUpperCase() + json.slice(1)
}

/** go-cmp's compact rendering of a value: `{"a", "b"}`, `&"x"`, `nil`, `{Name: "x"}`. */
function render(type: TypeNode, value: unknown): string {
  if (type.kind === 'ptr') return isNil(value) ? 'nil' : `&${render(type.elem, value)}`
  if (type.kind === 'slice') {
    return Array.isArray(value) ? `{${value.map((v) => render(type.elem, v)).join(', ')}}` : 'nil'
  }
  if (type.kind === 'map') {
    if (typeof value !== 'object' || value === null) return 'nil'
    const entries = Object.entries(value).map(([k, v]) => `${goQuote(k)}: ${render(type.elem, v)}`)
    return `{${entries.join(', ')}}`
  }
  if (type.kind === 'struct') {
    const obj = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>
    const parts = type.fields.filter((f) => !isNil(obj[f.json])).map((f) => `${goFieldName(f.json)}: ${render(f.type, obj[f.json])}`)
    return `{${parts.join(', ')}}`
  }
  if (type.kind === 'quantity') return `{s: ${goQuote(String(value ?? '0'))}}`
  if (typeof value === 'string') return goQuote(value)
  return isNil(value) ? (type.kind === 'string' ? '""' : type.kind === 'bool' ? 'false' : '0') : String(value)
}

interface Line {
  mark: ' ' | '-' | '+'
  name: string
  text: string
}

/** cmp.Diff(old, new) for the struct type `typeId` (e.g. `core.PersistentVolumeClaimSpec`). */
export function cmpDiff(typeId: string, oldValue: unknown, newValue: unknown): string {
  const type = structOf(typeId)
  const o = (oldValue ?? {}) as Record<string, unknown>
  const n = (newValue ?? {}) as Record<string, unknown>
  const changed = type.fields.map((f) => !semanticEqual(typeId, { [f.json]: o[f.json] }, { [f.json]: n[f.json] }))
  const lines: Line[] = []
  let identical = 0
  const flush = () => {
    if (identical > 0) lines.push({ mark: ' ', name: '', text: `... // ${identical} identical fields` })
    identical = 0
  }
  type.fields.forEach((f, i) => {
    const name = goFieldName(f.json)
    if (changed[i]) {
      flush()
      lines.push({ mark: '-', name, text: `${render(f.type, o[f.json])},` })
      lines.push({ mark: '+', name, text: `${render(f.type, n[f.json])},` })
    } else if (changed[i - 1] || changed[i + 1]) {
      flush()
      lines.push({ mark: ' ', name, text: `${render(f.type, o[f.json])},` })
    } else identical++
  })
  flush()
  const width = Math.max(0, ...lines.filter((l) => l.name).map((l) => l.name.length + 1))
  const body = lines.map((l) => `${l.mark} \t${l.name ? `${`${l.name}:`.padEnd(width)} ` : ''}${l.text}`)
  return [`  ${typeId}{`, ...body, '  }', ''].join('\n')
}
