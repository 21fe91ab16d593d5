// A container's environment as the kubelet builds it before creating the container: envFrom
// (ConfigMaps and Secrets, optionally prefixed), then env with literal values, $(VAR) references
// and valueFrom (secretKeyRef, configMapKeyRef, fieldRef). A missing Secret, ConfigMap or key
// that is not optional is a CreateContainerConfigError with the kubelet's message.
// mirrors kubernetes/kubernetes pkg/kubelet/kubelet_pods.go makeEnvironmentVariables

import type { Store } from '../../engine/store'
import type { KubeObject } from '../../objects/meta'

export type EnvResult = { ok: true; env: Record<string, string> } | { ok: false; message: string }

/* eslint-disable @typescript-eslint/no-explicit-any */
export function containerEnv(store: Store, pod: KubeObject, container: any, podIP: string | undefined): EnvResult {
  const namespace = pod.metadata.namespace ?? 'default'
  const env: Record<string, string> = {}
  const lookup = (kind: 'Secret' | 'ConfigMap', name: string) => store.get({ kind, namespace, name })
  for (const source of container.envFrom ?? []) {
    const ref = source.secretRef ?? source.configMapRef
    const kind = source.secretRef ? 'Secret' : 'ConfigMap'
    const object = lookup(kind, ref.name)
    if (!object) {
      if (ref.optional) continue
      return { ok: false, message: `${kind === 'Secret' ? 'secret' : 'configmap'} "${ref.name}" not found` }
    }
    for (const [key, value] of Object.entries(dataOf(object))) env[`${source.prefix ?? ''}${key}`] = value
  }
  for (const variable of container.env ?? []) {
    if (variable.valueFrom === undefined) {
      env[variable.name] = expand(variable.value ?? '', env)
      continue
    }
    const from = variable.valueFrom
    if (from.secretKeyRef || from.configMapKeyRef) {
      const ref = from.secretKeyRef ?? from.configMapKeyRef
      const kind = from.secretKeyRef ? 'Secret' : 'ConfigMap'
      const object = lookup(kind, ref.name)
      const value = object ? dataOf(object)[ref.key] : undefined
      if (value !== undefined) env[variable.name] = value
      else if (!ref.optional) {
        return object
          ? { ok: false, message: `couldn't find key ${ref.key} in ${kind} ${namespace}/${ref.name}` }
          : { ok: false, message: `${kind === 'Secret' ? 'secret' : 'configmap'} "${ref.name}" not found` }
      }
    } else if (from.fieldRef) env[variable.name] = fieldValue(pod, from.fieldRef.fieldPath, podIP)
  }
  return { ok: true, env }
}

/** A Secret's data decoded, or a ConfigMap's data, as text. */
function dataOf(object: KubeObject): Record<string, string> {
  const data: Record<string, string> = (object as any).data ?? {}
  if (object.kind !== 'Secret') return data
  return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, decodeBase64(value)]))
}

function decodeBase64(text: string): string {
  try {
    return new TextDecoder().decode(Uint8Array.from(atob(text), (c) => c.charCodeAt(0)))
  } catch {
    return text
  }
}

function fieldValue(pod: KubeObject, path: string, podIP: string | undefined): string {
  switch (path) {
    case 'metadata.name':
      return pod.metadata.name
    case 'metadata.namespace':
      return pod.metadata.namespace ?? 'default'
    case 'metadata.uid':
      return pod.metadata.uid ?? ''
    case 'spec.nodeName':
      return (pod as any).spec.nodeName ?? ''
    case 'spec.serviceAccountName':
      return (pod as any).spec.serviceAccountName ?? ''
    case 'status.podIP':
      return podIP ?? ''
    case 'status.hostIP':
      return (pod as any).status?.hostIP ?? ''
    default: {
      const label = /^metadata\.(labels|annotations)\['(.+)'\]$/.exec(path)
      return label ? ((pod.metadata as any)[label[1]]?.[label[2]] ?? '') : ''
    }
  }
}

/** $(VAR) references to variables defined earlier; $$ escapes; unknown ones stay as written. */
function expand(value: string, env: Record<string, string>): string {
  return value.replace(/\$\$|\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, (match, name: string | undefined) => (name === undefined ? '$' : (env[name] ?? match)))
}
/* eslint-enable @typescript-eslint/no-explicit-any */
