// The three patch types `kubectl patch --type` sends: strategic merge (the default for built-in
// kinds), JSON merge patch (RFC 7386) and JSON patch (RFC 6902).
// mirrors kubernetes/apimachinery pkg/util/strategicpatch (StrategicMergePatch, retainKeys on
// updateStrategy), evanphx/json-patch (MergePatch, Patch.Apply) as the API server uses them.

import { threeWayMerge } from '../apply/three-way'

type Json = unknown
type Obj = Record<string, Json>
const isObj = (v: Json): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)

export type PatchType = 'strategic' | 'merge' | 'json'
export type Patched = { ok: true; object: Json } | { ok: false; error: string }

export function applyPatch(type: PatchType, target: Json, patch: Json): Patched {
  if (type === 'json') return applyJsonPatch(target, patch)
  if (!isObj(patch)) return { ok: false, error: 'json: cannot unmarshal array into Go value of type map[string]interface {}' }
  return { ok: true, object: type === 'merge' ? mergePatch(target, patch) : strategicPatch(target, patch) }
}

function mergePatch(target: Json, patch: Json): Json {
  if (!isObj(patch)) return patch
  const result: Obj = isObj(target) ? { ...target } : {}
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key]
    else result[key] = mergePatch(result[key], value)
  }
  return result
}

/** Strategic merge: maps merge, keyed lists merge by key; updateStrategy keeps only patched keys (retainKeys). */
function strategicPatch(target: Json, patch: Obj): Json {
  const merged = threeWayMerge({}, patch, target) as Obj
  const spec = isObj(patch.spec) ? patch.spec : undefined
  if (spec && isObj(spec.updateStrategy) && isObj(merged.spec) && isObj(merged.spec.updateStrategy)) {
    const kept = Object.keys(spec.updateStrategy)
    const strategy = Object.fromEntries(Object.entries(merged.spec.updateStrategy).filter(([k]) => kept.includes(k)))
    return { ...merged, spec: { ...merged.spec, updateStrategy: strategy } }
  }
  return merged
}

function applyJsonPatch(target: Json, patch: Json): Patched {
  if (!Array.isArray(patch)) return { ok: false, error: 'json: cannot unmarshal object into Go value of type jsonpatch.Patch' }
  let doc: Json = structuredClone(target)
  for (const op of patch) {
    if (!isObj(op)) return { ok: false, error: 'invalid JSON Patch' }
    const result = applyOperation(doc, op)
    if (!result.ok) return result
    doc = result.object
  }
  return { ok: true, object: doc }
}

function pointer(path: unknown): string[] | undefined {
  if (typeof path !== 'string' || (path !== '' && !path.startsWith('/'))) return undefined
  return path === '' ? [] : path.slice(1).split('/').map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
}

function applyOperation(doc: Json, op: Obj): Patched {
  const path = pointer(op.path)
  if (!path) return { ok: false, error: `invalid JSON Patch` }
  switch (op.op) {
    case 'add':
    case 'replace':
      return setAt(doc, path, op.value, op.op)
    case 'remove':
      return setAt(doc, path, undefined, 'remove')
    case 'copy':
    case 'move': {
      const from = pointer(op.from)
      if (!from) return { ok: false, error: 'invalid JSON Patch' }
      const value = getAt(doc, from)
      if (value === undefined) return { ok: false, error: `unable to find object at path ${String(op.from)}` }
      const removed = op.op === 'move' ? setAt(doc, from, undefined, 'remove') : { ok: true as const, object: doc }
      return removed.ok ? setAt(removed.object, path, structuredClone(value), 'add') : removed
    }
    case 'test':
      return JSON.stringify(getAt(doc, path)) === JSON.stringify(op.value) ? { ok: true, object: doc } : { ok: false, error: `testing value ${String(op.path)} failed: test failed` }
    default:
      return { ok: false, error: `Unexpected kind: ${String(op.op)}` }
  }
}

function getAt(doc: Json, path: string[]): Json {
  let node = doc
  for (const part of path) {
    if (Array.isArray(node)) node = node[Number(part)]
    else if (isObj(node)) node = node[part]
    else return undefined
  }
  return node
}

function setAt(doc: Json, path: string[], value: Json, op: 'add' | 'replace' | 'remove'): Patched {
  if (path.length === 0) return { ok: true, object: value }
  const parent = getAt(doc, path.slice(0, -1))
  const last = path[path.length - 1]
  const missing = { ok: false as const, error: `doc is missing path: "/${path.join('/')}": missing value` }
  if (Array.isArray(parent)) {
    const index = last === '-' ? parent.length : Number(last)
    if (!Number.isInteger(index) || index < 0 || index > parent.length || (op !== 'add' && index >= parent.length)) return missing
    if (op === 'add') parent.splice(index, 0, value)
    else if (op === 'replace') parent[index] = value
    else parent.splice(index, 1)
    return { ok: true, object: doc }
  }
  if (!isObj(parent)) return missing
  if (op !== 'add' && !(last in parent)) {
    return op === 'replace' ? { ok: false, error: `doc is missing key: /${path.join('/')}: missing value` } : missing
  }
  if (op === 'remove') delete parent[last]
  else parent[last] = value
  return { ok: true, object: doc }
}
