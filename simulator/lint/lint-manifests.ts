// Problems in a manifest file as the editor shows them: YAML syntax errors, and for each document
// what the API server would answer to creating it (strict decoding, defaulting and validation,
// the same admission the simulated cluster runs), placed on the line of the field at fault.

import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Document, type Node } from 'yaml'
import { admitCreate } from '../engine/admission/admit'

export interface ManifestProblem {
  /** 1-based, as editors count. */
  line: number
  column: number
  endLine: number
  endColumn: number
  message: string
  severity: 'error' | 'warning'
}

/** Every problem in `text` (one or more YAML documents), in document order. */
export function lintManifests(text: string): ManifestProblem[] {
  const lineCounter = new LineCounter()
  const docs = parseAllDocuments(text, { lineCounter, version: '1.1' })
  const list = Array.isArray(docs) ? docs : [docs]
  const problems: ManifestProblem[] = []
  const at = (start: number, end: number, message: string, severity: ManifestProblem['severity'] = 'error') => {
    const from = lineCounter.linePos(start)
    const to = lineCounter.linePos(Math.max(end, start + 1))
    problems.push({ line: from.line, column: from.col, endLine: to.line, endColumn: to.col, message, severity })
  }
  for (const doc of list) {
    if (doc.errors.length) {
      for (const error of doc.errors) at(error.pos[0], error.pos[1], error.message.split('\n')[0])
      continue
    }
    const object = doc.toJS()
    if (object === null || typeof object !== 'object' || Array.isArray(object)) continue
    if (!('kind' in object) || !('apiVersion' in object)) {
      const [start, end] = doc.contents?.range ?? [0, 0]
      at(start, end, `${'kind' in object ? 'apiVersion' : 'kind'} not set`)
      continue
    }
    const admitted = admitCreate(object, { namespace: 'default' })
    if (admitted.ok) {
      for (const warning of admitted.warnings) at(...rangeOf(doc, []), warning, 'warning')
      continue
    }
    const { message, details } = admitted.error
    const unknown = [...message.matchAll(/unknown field "([^"]+)"/g)].map((m) => m[1])
    const duplicate = [...message.matchAll(/duplicate field "([^"]+)"/g)].map((m) => m[1])
    const fields = [...unknown.map((f) => ({ field: f, text: `unknown field "${f}"` })), ...duplicate.map((f) => ({ field: f, text: `duplicate field "${f}"` }))]
    for (const cause of details?.causes ?? []) if (cause.field) fields.push({ field: cause.field, text: `${cause.field}: ${cause.message}` })
    if (fields.length === 0) at(...rangeOf(doc, []), message)
    for (const { field, text } of fields) at(...rangeOf(doc, parsePath(field)), text)
  }
  return problems
}

/** `spec.template.spec.containers[0].image` → ['spec', 'template', 'spec', 'containers', 0, 'image']. */
function parsePath(field: string): (string | number)[] {
  const path: (string | number)[] = []
  for (const part of field.split('.')) {
    const match = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part)
    if (!match) {
      path.push(part)
      continue
    }
    if (match[1]) path.push(match[1])
    for (const index of match[2].matchAll(/\[(\d+)\]/g)) path.push(Number(index[1]))
  }
  return path
}

/**
 * The source range of the deepest node along `path` that exists: the key of the last map entry
 * found (so an unknown field underlines its own name), or the document's first key.
 */
function rangeOf(doc: Document, path: (string | number)[]): [number, number] {
  let node: Node | null | undefined = doc.contents as Node | null
  let best: [number, number] | undefined
  for (const step of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(step))
      if (!pair) break
      if (isScalar(pair.key) && pair.key.range) best = [pair.key.range[0], pair.key.range[1]]
      node = pair.value as Node | null
    } else if (isSeq(node) && typeof step === 'number') {
      node = node.items[step] as Node | null
      if (node?.range) best = [node.range[0], node.range[0] + 1]
    } else break
  }
  if (best) return best
  const first = isMap(doc.contents) ? doc.contents.items[0] : undefined
  const key = first && isScalar(first.key) ? first.key.range : undefined
  const start = doc.range?.[0] ?? 0
  return key ? [key[0], key[1]] : [start, start + 1]
}
