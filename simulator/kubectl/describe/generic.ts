// The describer kubectl falls back to for kinds without their own: metadata, then events.
// mirrors kubernetes/kubectl pkg/describe/describe.go (GenericDescriberFor, printUnstructuredContent).

import type { KubeObject } from '../../objects/meta'
import type { DescribeContext } from './index'
import { describeEvents, PrefixWriter } from './writer'

export function describeGeneric(obj: KubeObject, ctx: DescribeContext): string {
  const w = new PrefixWriter()
  w.write(0, 'Name:\t%s\n', obj.metadata.name)
  if (obj.metadata.namespace) w.write(0, 'Namespace:\t%s\n', obj.metadata.namespace)
  w.labels('Labels', obj.metadata.labels)
  w.annotations('Annotations', obj.metadata.annotations)
  w.write(0, 'API Version:\t%s\n', obj.apiVersion)
  w.write(0, 'Kind:\t%s\n', obj.kind)
  if (ctx.showEvents !== false) describeEvents(w, obj, ctx)
  return w.text()
}
