// The List wrapper `kubectl get -o yaml|json|jsonpath|custom-columns` prints for several objects.
// mirrors printGeneric in kubernetes/kubectl pkg/cmd/get/get.go: unless exactly one object was
// named (`get pod web-0`), the items are wrapped in a v1 List whose ListMeta is empty, so the
// printed resourceVersion is always "".

export interface List<T> {
  apiVersion: 'v1'
  items: T[]
  kind: 'List'
  metadata: { resourceVersion: string }
}

/** `{apiVersion: v1, items, kind: List, metadata: {resourceVersion: ""}}`; `[]` gives `items: []`. */
export function toList<T>(items: readonly T[]): List<T> {
  return { apiVersion: 'v1', items: [...items], kind: 'List', metadata: { resourceVersion: '' } }
}
