// kubectl describe statefulset. mirrors kubernetes/kubectl pkg/describe/describe.go
// (StatefulSetDescriber.Describe, describeStatefulSet, describeVolumeClaimTemplates).

import { labelSelectorAsSelector } from '../../engine/labels'
import type { KubeObject } from '../../objects/meta'
import type { DescribeContext } from './index'
import { writePodTemplate } from './pod-template'
import { describeEvents, PrefixWriter, rfc1123z } from './writer'

export function describeStatefulSet(sts: KubeObject, ctx: DescribeContext): string {
  const w = new PrefixWriter()
  const selector = labelSelectorAsSelector(sts.spec?.selector)
  const pods = selector.ok ? ctx.store.list('Pod', { namespace: sts.metadata.namespace, labelSelector: selector.selector }) : []
  const owned = pods.filter((p) => p.metadata.ownerReferences?.some((o) => o.uid === sts.metadata.uid))
  const count = (phase: string) => owned.filter((p) => p.status?.phase === phase).length
  w.write(0, 'Name:\t%s\n', sts.metadata.name)
  w.write(0, 'Namespace:\t%s\n', sts.metadata.namespace ?? '')
  w.write(0, 'CreationTimestamp:\t%s\n', rfc1123z(sts.metadata.creationTimestamp))
  w.write(0, 'Selector:\t%s\n', selector.ok ? selector.selector.toString() : '')
  w.labels('Labels', sts.metadata.labels)
  w.annotations('Annotations', sts.metadata.annotations)
  w.write(0, 'Replicas:\t%d desired | %d total\n', sts.spec?.replicas ?? 1, sts.status?.replicas ?? 0)
  w.write(0, 'Update Strategy:\t%s\n', sts.spec?.updateStrategy?.type ?? '')
  const rolling = sts.spec?.updateStrategy?.rollingUpdate
  if (rolling?.partition !== undefined) {
    w.write(1, 'Partition:\t%d\n', rolling.partition)
    if (rolling.maxUnavailable !== undefined) w.write(1, 'MaxUnavailable:\t%s\n', rolling.maxUnavailable)
  }
  w.write(0, 'Pods Status:\t%d Running / %d Waiting / %d Succeeded / %d Failed\n', count('Running'), count('Pending'), count('Succeeded'), count('Failed'))
  writePodTemplate(w, sts.spec?.template)
  const templates: KubeObject[] = sts.spec?.volumeClaimTemplates ?? []
  if (templates.length === 0) w.write(0, 'Volume Claims:\t<none>\n')
  else {
    w.write(0, 'Volume Claims:\n')
    for (const t of templates) {
      w.write(1, 'Name:\t%s\n', t.metadata.name)
      w.write(1, 'StorageClass:\t%s\n', t.spec?.storageClassName ?? '')
      w.labels('Labels', t.metadata.labels, '  ')
      w.labels('Annotations', t.metadata.annotations, '  ')
      w.write(1, 'Capacity:\t%s\n', t.spec?.resources?.requests?.storage ?? '<default>')
      w.write(1, 'Access Modes:\t[%s]\n', (t.spec?.accessModes ?? []).join(' '))
    }
  }
  if (ctx.showEvents !== false) describeEvents(w, sts, ctx)
  return w.text()
}
