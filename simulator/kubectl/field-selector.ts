// --field-selector: `path=value`, `path==value`, `path!=value`, comma-separated, all of which
// must hold. The API server supports a few fields per kind; the common ones are accepted here
// for every kind, unknown ones rejected with the server's message.
// mirrors kubernetes/apimachinery pkg/fields/selector.go (ParseSelector) and the per-kind
// GetAttrs/field label conversion funcs in pkg/apis/core/v1/conversion.go.

import type { KubeObject } from '../objects/meta'

export type FieldSelector = (obj: KubeObject) => boolean

const FIELDS: Record<string, readonly string[]> = {
  Pod: ['spec.nodeName', 'spec.restartPolicy', 'spec.schedulerName', 'spec.serviceAccountName', 'spec.hostNetwork', 'status.phase', 'status.podIP', 'status.nominatedNodeName'],
  Event: ['involvedObject.kind', 'involvedObject.namespace', 'involvedObject.name', 'involvedObject.uid', 'involvedObject.apiVersion', 'involvedObject.resourceVersion', 'involvedObject.fieldPath', 'reason', 'reportingComponent', 'source', 'type'],
  Node: ['spec.unschedulable'],
  PersistentVolumeClaim: [],
  Secret: ['type'],
  Namespace: ['status.phase'],
}

function valueAt(obj: KubeObject, path: string): string {
  if (path === 'source') return obj.source?.component ?? ''
  let node: unknown = obj
  for (const part of path.split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined
  return node === undefined || node === null ? '' : String(node)
}

/** Parses `text` for objects of `kind`; a string is the error kubectl prints. */
export function parseFieldSelector(text: string, kind: string, resource: string): FieldSelector | string {
  const terms: { path: string; equal: boolean; value: string }[] = []
  for (const part of text.split(',').filter(Boolean)) {
    const match = /^([^=!]+)(==|=|!=)(.*)$/.exec(part)
    if (!match) return `invalid selector: '${text}'; can't understand '${part}'`
    const [, path, op, value] = match
    const known = ['metadata.name', 'metadata.namespace', ...(FIELDS[kind] ?? [])]
    if (!known.includes(path)) {
      return `Error from server (BadRequest): Unable to find "${resource}" that match label selector "", field selector "${text}": "${path}" is not a known field selector: only "metadata.name", "metadata.namespace"`
    }
    terms.push({ path, equal: op !== '!=', value })
  }
  return (obj) => terms.every((t) => (valueAt(obj, t.path) === t.value) === t.equal)
}
