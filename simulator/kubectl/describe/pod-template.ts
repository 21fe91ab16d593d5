// The `Pod Template:` block of StatefulSet describe and `rollout history --revision`.
// mirrors kubernetes/kubectl pkg/describe/describe.go (DescribePodTemplate).

import { describeContainers, describeVolumes } from './containers'
import { PrefixWriter } from './writer'

/* eslint-disable @typescript-eslint/no-explicit-any -- wire-shape objects straight from the store */

/** Writes the block into `w`. */
export function writePodTemplate(w: PrefixWriter, template: any): void {
  w.write(0, 'Pod Template:\n')
  w.labels('Labels', template?.metadata?.labels, '  ')
  if (Object.keys(template?.metadata?.annotations ?? {}).length) w.annotations('Annotations', template.metadata.annotations, '  ')
  const spec = template?.spec ?? {}
  if (spec.serviceAccountName) w.write(1, 'Service Account:\t%s\n', spec.serviceAccountName)
  if (spec.initContainers?.length) describeContainers(w, 'Init Containers', spec.initContainers, null, '  ')
  describeContainers(w, 'Containers', spec.containers ?? [], null, '  ')
  describeVolumes(w, spec.volumes, '  ')
  if (spec.priorityClassName) w.write(1, 'Priority Class Name:\t%s\n', spec.priorityClassName)
  w.labels('Node-Selectors', spec.nodeSelector, '  ')
  w.tolerations('Tolerations', spec.tolerations, '  ')
}

/** The block as text (rollout history prints it on its own). */
export function describePodTemplate(template: any): string {
  const w = new PrefixWriter()
  writePodTemplate(w, template)
  return w.text()
}
