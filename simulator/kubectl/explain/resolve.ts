// `kubectl explain RESOURCE[.field.path]`: which resource the argument names and which field path
// follows it, with kubectl's quirks: the resource is the argument's first JSONPath field, looked
// up like discovery's RESTMapper does (short names exact, other names case-insensitive), and a
// `resource.group` prefix is stripped only when it is spelled exactly as `plural.group`.
// mirrors kubernetes/kubectl pkg/explain/explain.go (SplitAndParseResourceRequest and
// SplitAndParseResourceRequestWithMatchingPrefix) and client-go util/jsonpath/parser.go.

import { resources, type ResourceInfo } from '../../engine/resources'

export interface ExplainTarget {
  resource: ResourceInfo
  fieldPath: string[]
}

/**
 * The target of `arg`; with `exact` (--api-version given) the whole rest of the argument is the
 * field path. Errors carry kubectl's text: `error: …`, or for an unknown resource the
 * NoResourceMatchError text, which kubectl prints without the prefix.
 */
export function resolveExplainTarget(arg: string, exact: boolean): { ok: true; target: ExplainTarget } | { ok: false; error: string } {
  const nodes = parsePath(arg)
  if (typeof nodes === 'string') return { ok: false, error: `error: ${nodes}\n` }
  const [first, ...rest] = nodes
  if (first === NOT_FIELD) return { ok: false, error: 'error: invalid jsonpath syntax, first node must be field node\n' }
  if (first === '') return { ok: false, error: 'error: a resource must be present, got: /, Resource=\n' }
  const resource = findResource(first)
  if (!resource) return { ok: false, error: `the server doesn't have a resource type "${first}"\n` }
  let fields = rest
  const groupResource = resource.group ? `${resource.plural}.${resource.group}` : resource.plural
  if (!exact && arg.startsWith(groupResource)) {
    const suffix = arg.slice(groupResource.length)
    const suffixNodes = suffix ? parsePath(suffix) : [NOT_FIELD]
    if (typeof suffixNodes === 'string') return { ok: false, error: `error: ${suffixNodes}\n` }
    fields = suffixNodes.slice(1)
  }
  if (fields.includes(NOT_FIELD)) {
    const which = exact ? 'all nodes must be field nodes' : 'first node must be field node'
    return { ok: false, error: `error: invalid jsonpath syntax, ${which}\n` }
  }
  return { ok: true, target: { resource, fieldPath: fields } }
}

/**
 * The resource `name` names, as kubectl's shortcut expander and RESTMapper find it: a short name
 * spelled exactly, or the plural or singular (the lower-cased kind) in any case.
 */
function findResource(name: string): ResourceInfo | undefined {
  const lower = name.toLowerCase()
  return resources.find((r) => r.plural === name || r.singular === name || r.shortNames.includes(name))
    ?? resources.find((r) => r.plural === lower || r.singular === lower)
}

/** Stands for a node that is no field (`..`, an index, a quoted string): fine only where it is dropped. */
const NOT_FIELD = '\u0000'

const TERMINATORS = new Set([' ', '\t', '\r', '\n', '.', ',', '[', ']', '$', '@', '{', '}'])

/**
 * The nodes of the JSONPath `{.<text>}` (one trailing `.` dropped): field names, and NOT_FIELD
 * for any other node; or the parser's error.
 */
function parsePath(text: string): string[] | string {
  const input = `.${text.endsWith('.') ? text.slice(0, -1) : text}}`
  const nodes: string[] = []
  let i = 0
  const field = () => {
    let name = ''
    while (i < input.length && !TERMINATORS.has(input[i])) {
      if (input[i] === '\\' && i + 1 < input.length) i++
      name += input[i++]
    }
    nodes.push(name === '*' ? NOT_FIELD : name)
  }
  while (i < input.length) {
    const c = input[i]
    if (c === '}') return i === input.length - 1 ? nodes : 'must pass in 1 jsonpath string'
    if (input.startsWith('..', i)) {
      if (nodes.at(-1) === NOT_FIELD) return 'invalid multiple recursive descent'
      nodes.push(NOT_FIELD)
      i += 2
      if (/[\p{L}\p{N}_]/u.test(input[i] ?? '')) field()
    } else if (c === '.') {
      i++
      field()
    } else if (c === ' ' || c === '@' || c === '$') {
      i++
    } else if (c === '[' || c === '"' || c === "'" || /[\p{L}\p{N}_+-]/u.test(c)) {
      // An index, a quoted string or a bare word: never a field node, which is all explain needs.
      const end = input.indexOf(c === '[' ? ']' : c === '"' || c === "'" ? c : '}', i + 1)
      if (end < 0) return c === '[' ? 'unterminated array' : 'unterminated quoted string'
      nodes.push(NOT_FIELD)
      i = c === '[' || c === '"' || c === "'" ? end + 1 : end
    } else if (c === '\r' || c === '\n') {
      return 'unclosed action'
    } else {
      return `unrecognized character in action: U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} '${c}'`
    }
  }
  return 'unclosed action'
}
