// The `Pod Template:` block (labels, containers, volumes) of describe and rollout history.
// mirrors kubernetes/kubectl pkg/describe/describe.go (DescribePodTemplate, describeContainers).

import { PrefixWriter } from './writer'

interface Container {
  name: string
  image?: string
  ports?: { containerPort: number; protocol?: string; name?: string }[]
  env?: { name: string; value?: string }[]
  volumeMounts?: { name: string; mountPath: string; readOnly?: boolean }[]
}

/** `Pod Template:` and everything under it, for a template object. */
export function describePodTemplate(template: { metadata?: { labels?: Record<string, string>; annotations?: Record<string, string> }; spec?: { containers?: Container[]; volumes?: { name: string }[] } }): string {
  const w = new PrefixWriter()
  w.write(0, 'Pod Template:\n')
  w.labels('Labels', template.metadata?.labels, 1)
  if (template.metadata?.annotations && Object.keys(template.metadata.annotations).length) w.labels('Annotations', template.metadata.annotations, 1)
  w.write(1, 'Containers:\n')
  for (const c of template.spec?.containers ?? []) {
    w.write(2, '%s:\n', c.name)
    w.write(3, 'Image:\t%s\n', c.image ?? '')
    const port = c.ports?.map((p) => `${p.containerPort}/${p.protocol ?? 'TCP'}`).join(', ')
    w.write(3, 'Port:\t%s\n', port ? (c.ports!.length === 1 && c.ports![0].name ? `${port} (${c.ports![0].name})` : port) : '<none>')
    w.write(3, 'Host Port:\t%s\n', port ? c.ports!.map((p) => `0/${p.protocol ?? 'TCP'}`).join(', ') : '<none>')
    if (c.env?.length) {
      w.write(3, 'Environment:\n')
      for (const e of c.env) w.write(4, '%s:\t%s\n', e.name, e.value ?? '')
    } else w.write(3, 'Environment:\t<none>\n')
    if (c.volumeMounts?.length) {
      w.write(3, 'Mounts:\n')
      for (const m of c.volumeMounts) w.write(4, '%s from %s (%s)\n', m.mountPath, m.name, m.readOnly ? 'ro' : 'rw')
    } else w.write(3, 'Mounts:\t<none>\n')
  }
  if (!template.spec?.volumes?.length) w.write(1, 'Volumes:\t<none>\n')
  else {
    w.write(1, 'Volumes:\n')
    for (const v of template.spec.volumes) w.write(2, '%s:\n', v.name)
  }
  return w.text()
}
