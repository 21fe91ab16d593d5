// `-o jsonpath=...`: evaluates a parsed template against an object decoded from JSON.
// mirrors kubernetes/client-go@v0.32 util/jsonpath/jsonpath.go (FindResults with its range/end
// bookkeeping, PrintResults, eval*), including two upstream quirks: map iteration for `*` and `..`
// is unordered upstream (we use sorted keys), and executing a template with `range` leaves the
// parsed root truncated, so a JSONPath reused for a second object (`get -w`) starts mid-template.
import { ComparisonError, compareGo } from './jsonpath-compare'
import { parseJSONPath, JSONPathSyntaxError, type ListNode, type Node } from './jsonpath-parser'
import { formatGoValue, goTypeName, GoScalar, utf8Bytes } from './go-format'
import { marshalJSON } from './json'

/** Values produced so far and, when evaluation failed, upstream's error text. */
interface Eval {
  values: unknown[]
  error?: string
}

const isMap = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof GoScalar)
const isNil = (v: unknown): boolean => v === null || v === undefined
const sortedKeys = (m: Record<string, unknown>): string[] => Object.keys(m).filter((k) => m[k] !== undefined).sort()

/** A JSON-ready copy: GoScalar literals become plain numbers. */
function plain(v: unknown): unknown {
  if (v instanceof GoScalar) return v.value
  return Array.isArray(v) ? v.map(plain) : v
}

/** The children `*` and `..` visit: map values, array elements, or a string's UTF-8 bytes. */
function children(v: unknown): unknown[] {
  if (Array.isArray(v)) return v
  if (typeof v === 'string') return utf8Bytes(v).map((b) => new GoScalar('uint8', b))
  if (isMap(v)) return sortedKeys(v).map((k) => v[k])
  return []
}

/** evalToText: fmt.Fprint of a scalar, `null` for nil. */
function evalToText(v: unknown): string {
  return isNil(v) ? 'null' : formatGoValue(v)
}

/** A compiled template; `allowMissingKeys` and `outputJSON` match AllowMissingKeys / EnableJSONOutput. */
export class JSONPath {
  allowMissingKeys = false
  outputJSON = false
  private root: ListNode | undefined
  private beginRange = 0
  private inRange = 0
  private endRange = 0
  private lastEndNode: Node | undefined

  constructor(readonly name: string) {}

  /** Parses `text`; returns upstream's parse error text, or undefined on success. */
  parse(text: string): string | undefined {
    try {
      this.root = parseJSONPath(text)
      return undefined
    } catch (e) {
      this.root = undefined
      if (e instanceof JSONPathSyntaxError) return e.message
      throw e
    }
  }

  /** Execute: the printed text, or upstream's execution error text (nothing is printed then). */
  execute(data: unknown): { ok: true; out: string } | { ok: false; error: string } {
    const found = this.findResults(data)
    if (found.error !== undefined) return { ok: false, error: found.error }
    return { ok: true, out: found.results.map((r) => this.printResults(r)).join('') }
  }

  /** FindResults: one result list per top-level node, ranges expanded. */
  findResults(data: unknown): { results: unknown[][]; error?: string } {
    if (!this.root) return { results: [], error: `${this.name} is an incomplete jsonpath template` }
    const nodes = this.root.nodes
    const full: unknown[][] = []
    for (let i = 0; i < nodes.length; i++) {
      const { values, error } = this.walk([data], nodes[i])
      if (error !== undefined) return { results: [], error }
      if (this.endRange > 0 && this.endRange <= this.inRange) {
        this.endRange--
        this.lastEndNode = nodes[i]
        break
      }
      if (this.beginRange === 0) {
        full.push(values)
        continue
      }
      this.beginRange--
      this.inRange++
      for (const value of values.length > 0 ? values : [null]) {
        this.root.nodes = nodes.slice(i + 1)
        const inner = this.findResults(value)
        if (inner.error !== undefined) return inner
        if (values.length > 0) full.push(...inner.results)
      }
      this.inRange--
      const end = nodes.indexOf(this.lastEndNode as Node, i + 1)
      if (end !== -1) i = end
    }
    return { results: full }
  }

  /** PrintResults: maps and arrays as compact JSON, scalars via fmt, joined by spaces. */
  printResults(results: unknown[]): string {
    const values = this.outputJSON ? [results.map(plain)] : results
    return values
      .map((r, i) => {
        let text: string
        if (this.outputJSON) text = marshalJSON(plain(r), '    ') + '\n'
        else if (Array.isArray(r) || isMap(r)) text = marshalJSON(r)
        else text = evalToText(r)
        return i !== values.length - 1 ? text + ' ' : text
      })
      .join('')
  }

  private walk(input: unknown[], node: Node): Eval {
    switch (node.type) {
      case 'list': return this.evalList(input, node)
      case 'text': return { values: [node.text] }
      case 'field': return this.evalField(input, node.value)
      case 'array': return this.evalArray(input, node.params)
      case 'filter': return this.evalFilter(input, node)
      case 'int': return { values: input.map(() => new GoScalar('int', node.value)) }
      case 'float': return { values: input.map(() => new GoScalar('float64', node.value)) }
      case 'bool': return { values: input.map(() => node.value) }
      case 'wildcard': return { values: input.filter((v) => !isNil(v)).flatMap(children) }
      case 'recursive': return { values: this.evalRecursive(input) }
      case 'union': return this.evalUnion(input, node.nodes)
      case 'identifier': return this.evalIdentifier(input, node.name)
    }
  }

  private evalList(input: unknown[], list: ListNode): Eval {
    let current = input
    for (const node of list.nodes) {
      const result = this.walk(current, node)
      if (result.error !== undefined) return result
      current = result.values
    }
    return { values: current }
  }

  private evalIdentifier(input: unknown[], name: string): Eval {
    if (name === 'range') {
      this.beginRange++
      return { values: input }
    }
    if (name !== 'end') return { values: input, error: `unrecognized identifier ${name}` }
    if (this.inRange === 0) return { values: [], error: 'not in range, nothing to end' }
    this.endRange++
    return { values: [] }
  }

  private evalField(input: unknown[], key: string): Eval {
    if (input.length === 0) return { values: [] }
    const values = input.filter((v) => isMap(v) && v[key] !== undefined).map((v) => (v as Record<string, unknown>)[key])
    if (values.length > 0 || this.allowMissingKeys) return { values }
    return { values, error: `${key} is not found` }
  }

  private evalArray(input: unknown[], params: Extract<Node, { type: 'array' }>['params']): Eval {
    const result: unknown[] = []
    for (const value of input) {
      if (isNil(value)) continue
      if (!Array.isArray(value)) return { values: input, error: `${goTypeName(value)} is not array or slice` }
      const len = value.length
      let start = params[0].known ? params[0].value : 0
      if (start < 0) start += len
      let end = params[1].known ? params[1].value : len
      if (end < 0 || (end === 0 && params[1].derived)) end += len
      if (end === start) return { values: result }
      if (start >= len || start < 0) return { values: input, error: `array index out of bounds: index ${start}, length ${len}` }
      if (end > len || end < 0) return { values: input, error: `array index out of bounds: index ${end - 1}, length ${len}` }
      if (start > end) return { values: input, error: `starting index ${start} is greater than ending index ${end}` }
      let step = 1
      if (params[2].known) {
        if (params[2].value <= 0) return { values: input, error: 'step must be > 0' }
        step = params[2].value
      }
      for (let i = start; i < end; i += step) result.push(value[i])
    }
    return { values: result }
  }

  private evalUnion(input: unknown[], lists: ListNode[]): Eval {
    const values: unknown[] = []
    for (const list of lists) {
      const r = this.evalList(input, list)
      if (r.error !== undefined) return { values: input, error: r.error }
      values.push(...r.values)
    }
    return { values }
  }

  /** `..`: every non-empty container below (and including) each input, depth first. */
  private evalRecursive(input: unknown[]): unknown[] {
    const result: unknown[] = []
    for (const value of input) {
      if (isNil(value)) continue
      const kids = children(value)
      if (kids.length === 0) continue
      result.push(value, ...this.evalRecursive(kids))
    }
    return result
  }

  private evalFilter(input: unknown[], node: Extract<Node, { type: 'filter' }>): Eval {
    const results: unknown[] = []
    for (const value of input) {
      if (!Array.isArray(value)) return { values: input, error: `${formatGoValue(value)} is not array or slice and cannot be filtered` }
      for (const item of value) {
        const lefts = this.evalList([item], node.left)
        if (node.operator === 'exists') {
          if (lefts.values.length > 0) results.push(item)
          continue
        }
        if (lefts.error !== undefined) return { values: input, error: lefts.error }
        if (lefts.values.length === 0) continue
        if (lefts.values.length > 1) return { values: input, error: 'can only compare one element at a time' }
        const rights = this.evalList([item], node.right)
        if (rights.error !== undefined) return { values: input, error: rights.error }
        if (rights.values.length === 0) continue
        if (rights.values.length > 1) return { values: input, error: 'can only compare one element at a time' }
        try {
          if (compareGo(node.operator, lefts.values[0], rights.values[0])) results.push(item)
        } catch (e) {
          if (e instanceof ComparisonError) return { values: results, error: e.message }
          throw e
        }
      }
    }
    return { values: results }
  }
}
