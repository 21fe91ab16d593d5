// Field-name completion for manifests in the editor: from the cursor's place in the YAML (found
// by indentation, so it works on the half-written text a learner is typing) down the wire
// schema the API server decodes with, the fields that may go there.

import { structOf, type StructNode, type TypeNode } from '../engine/admission/schema'
import { kindFor } from '../engine/admission/kinds'
import { explainTypeName, unwrapPointer } from '../kubectl/explain/type-name'

export interface FieldSuggestion {
  name: string
  /** The Go type, as kubectl explain names it (`[]Container`, `string`, `LabelSelector`). */
  type: string
  /** The value is a map or a list: the key takes a block below it. */
  block: boolean
}

const KEY = /^(\s*)(-\s+)?([A-Za-z0-9_.\/-]+)\s*:(\s|$)/

/** Field names that fit at (line, column) — both 1-based — of `text`; empty when unknown. */
export function completeManifestKeys(text: string, line: number, column: number): FieldSuggestion[] {
  const lines = text.split('\n')
  let start = line - 1
  while (start > 0 && !/^---\s*$/.test(lines[start - 1])) start--
  let end = line - 1
  while (end < lines.length - 1 && !/^---\s*$/.test(lines[end + 1])) end++
  const doc = lines.slice(start, end + 1)
  const apiVersion = doc.map((l) => /^apiVersion:\s*(\S+)/.exec(l)?.[1]).find(Boolean)
  const kind = doc.map((l) => /^kind:\s*(\S+)/.exec(l)?.[1]).find(Boolean)
  const info = apiVersion && kind ? kindFor(apiVersion, kind) : undefined
  const here = lines[line - 1].slice(0, column - 1)
  const indent = /^(\s*)(-\s+)?/.exec(here)?.[0].length ?? 0
  const path = pathTo(lines.slice(start, line - 1), indent, /^\s*-\s+/.test(here))
  if (!info) return path.length === 0 ? ['apiVersion', 'kind', 'metadata', 'spec'].map((name) => ({ name, type: name === 'metadata' || name === 'spec' ? 'Object' : 'string', block: name === 'metadata' || name === 'spec' })) : []
  let node: TypeNode | undefined = structOf(info.root)
  for (const step of path) {
    node = unwrapPointer(node)
    if (step === '-') {
      node = node?.kind === 'slice' ? node.elem : undefined
      continue
    }
    node = node?.kind === 'struct' ? node.byJson.get(step)?.type : node?.kind === 'map' ? node.elem : undefined
  }
  node = unwrapPointer(node)
  if (node?.kind !== 'struct') return []
  const present = siblings(lines, line - 1, indent)
  return (node as StructNode).fields.filter((f) => !present.has(f.json)).map((f) => ({ name: f.json, type: explainTypeName(f.type), block: isBlock(f.type) }))
}

/**
 * Keys from the document's top to the cursor at `indent`: each enclosing key, with '-' where
 * the path enters a list item.
 */
function pathTo(before: string[], indent: number, inItem: boolean): string[] {
  const path: string[] = []
  let target = indent
  let item = inItem
  for (let i = before.length - 1; i >= 0 && target > 0; i--) {
    const match = KEY.exec(before[i]) ?? /^(\s*)(-\s+)()/.exec(before[i])
    if (!match) continue
    const dashAt = match[1].length
    const keyAt = dashAt + (match[2]?.length ?? 0)
    if (match[2] && keyAt === target && !item) {
      // The line that opens the list item the cursor is in.
      path.unshift('-')
      item = true
      target = dashAt + 1
      continue
    }
    if (item && match[2] && dashAt === target - 1) continue
    if (keyAt < target && match[3]) {
      if (item) item = false
      path.unshift(match[3])
      if (match[2]) {
        path.unshift('-')
        target = dashAt + 1
        item = true
      } else target = keyAt
    }
  }
  return path
}

/** Keys already written at `indent` in the block around line `at` (0-based). */
function siblings(lines: string[], at: number, indent: number): Set<string> {
  const keys = new Set<string>()
  const scan = (from: number, step: number) => {
    for (let i = from; i >= 0 && i < lines.length; i += step) {
      if (/^---\s*$/.test(lines[i])) return
      const match = KEY.exec(lines[i])
      if (!match) continue
      const keyAt = match[1].length + (match[2]?.length ?? 0)
      if (keyAt < indent) return
      if (keyAt === indent) keys.add(match[3])
    }
  }
  scan(at - 1, -1)
  scan(at + 1, 1)
  return keys
}

function isBlock(type: TypeNode): boolean {
  const t = unwrapPointer(type)
  return t?.kind === 'struct' || t?.kind === 'slice' || t?.kind === 'map'
}
