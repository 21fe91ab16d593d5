// Kinds as checks name them: the Kind (StatefulSet) or any name kubectl accepts (sts, pvc, pods).
import { resolveResource } from '../engine/resources'

export interface CheckKind {
  kind: string
  /** Lower-case plural for sentences: "3 pods". */
  plural: string
  namespaced: boolean
}

export function kindInfo(name: string): CheckKind {
  const info = resolveResource(name)
  if (!info) return { kind: name, plural: `${name}s`, namespaced: true }
  return { kind: info.kind, plural: info.plural, namespaced: info.namespaced }
}

/** True when `name` is a kind the simulator knows; lesson validation rejects the rest. */
export function isKnownKind(name: string): boolean {
  return resolveResource(name) !== undefined
}
