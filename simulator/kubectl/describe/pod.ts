// kubectl describe pod. mirrors kubernetes/kubectl pkg/describe/describe.go (describePod).

import type { KubeObject } from '../../objects/meta'
import { translateTimestampSince } from '../printers/duration'
import { describeContainers, describeVolumes } from './containers'
import type { DescribeContext } from './index'
import { describeEvents, PrefixWriter, rfc1123z } from './writer'

export function describePod(pod: KubeObject, ctx: DescribeContext): string {
  const w = new PrefixWriter()
  const spec = pod.spec ?? {}
  const status = pod.status ?? {}
  w.write(0, 'Name:\t%s\n', pod.metadata.name)
  w.write(0, 'Namespace:\t%s\n', pod.metadata.namespace ?? '')
  if (spec.priority !== undefined) w.write(0, 'Priority:\t%d\n', spec.priority)
  if (spec.priorityClassName) w.write(0, 'Priority Class Name:\t%s\n', spec.priorityClassName)
  if (spec.serviceAccountName) w.write(0, 'Service Account:\t%s\n', spec.serviceAccountName)
  w.write(0, 'Node:\t%s\n', spec.nodeName ? `${spec.nodeName}/${status.hostIP ?? ''}` : '<none>')
  if (status.startTime) w.write(0, 'Start Time:\t%s\n', rfc1123z(status.startTime))
  w.labels('Labels', pod.metadata.labels)
  w.annotations('Annotations', pod.metadata.annotations)
  if (pod.metadata.deletionTimestamp && status.phase !== 'Failed' && status.phase !== 'Succeeded') {
    w.write(0, 'Status:\tTerminating (lasts %s)\n', translateTimestampSince(pod.metadata.deletionTimestamp, ctx.nowMs))
    w.write(0, 'Termination Grace Period:\t%ds\n', pod.metadata.deletionGracePeriodSeconds ?? 0)
  } else w.write(0, 'Status:\t%s\n', status.phase ?? '')
  if (status.reason) w.write(0, 'Reason:\t%s\n', status.reason)
  if (status.message) w.write(0, 'Message:\t%s\n', status.message)
  w.write(0, 'IP:\t%s\n', status.podIP ?? '')
  if (!status.podIPs?.length) w.write(0, 'IPs:\t<none>\n')
  else {
    w.write(0, 'IPs:\n')
    for (const ip of status.podIPs) w.write(1, 'IP:\t%s\n', ip.ip)
  }
  const owner = pod.metadata.ownerReferences?.find((o) => o.controller)
  if (owner) w.write(0, 'Controlled By:\t%s/%s\n', owner.kind, owner.name)
  if (status.nominatedNodeName) w.write(0, 'NominatedNodeName:\t%s\n', status.nominatedNodeName)
  if (spec.initContainers?.length) describeContainers(w, 'Init Containers', spec.initContainers, status.initContainerStatuses ?? [], '')
  describeContainers(w, 'Containers', spec.containers ?? [], status.containerStatuses ?? [], '')
  if (status.conditions?.length) {
    w.write(0, 'Conditions:\n  Type\tStatus\n')
    for (const c of status.conditions) w.write(1, '%s \t%s \n', c.type, c.status)
  }
  describeVolumes(w, spec.volumes, '')
  w.write(0, 'QoS Class:\t%s\n', status.qosClass ?? 'BestEffort')
  w.labels('Node-Selectors', spec.nodeSelector)
  w.tolerations('Tolerations', spec.tolerations)
  if (ctx.showEvents !== false) describeEvents(w, pod, ctx)
  return w.text()
}
