// The default scheduler's filter plugins that decide whether a pod fits a node, each answering
// with upstream's reason text. Pure. Mirrors kubernetes/kubernetes pkg/scheduler/framework/plugins
// (nodeunschedulable, nodename, tainttoleration, nodeaffinity, noderesources/fit.go).
import { parseQuantity, scaledValue } from '../../engine/admission/quantity'
import type { KubeObject } from '../../objects/meta'
import type { NodeSelectorTerm, Toleration } from '../../objects/pod'

export interface FilterFailure {
  reason: string
  /** UnschedulableAndUnresolvable: preemption cannot help (taints, affinity, unschedulable nodes). */
  unresolvable: boolean
}

/** Everything a filter needs besides the pod and node: pods already placed on the node. */
export interface NodeInfo {
  node: KubeObject
  pods: readonly KubeObject[]
}

type Filter = (pod: KubeObject, info: NodeInfo) => FilterFailure[]

const unresolvable = (reason: string): FilterFailure[] => [{ reason, unresolvable: true }]

function tolerates(tolerations: readonly Toleration[], taint: { key: string; value?: string; effect: string }): boolean {
  return tolerations.some((t) => {
    if (t.effect && t.effect !== taint.effect) return false
    if (t.operator === 'Exists') return !t.key || t.key === taint.key
    return t.key === taint.key && (t.value ?? '') === (taint.value ?? '')
  })
}

const nodeUnschedulable: Filter = (pod, { node }) => {
  if (!node.spec?.unschedulable) return []
  const taint = { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' }
  return tolerates(pod.spec?.tolerations ?? [], taint) ? [] : unresolvable('node(s) were unschedulable')
}

const nodeName: Filter = (pod, { node }) =>
  pod.spec?.nodeName && pod.spec.nodeName !== node.metadata.name ? unresolvable("node(s) didn't match the requested node name") : []

const taintToleration: Filter = (pod, { node }) => {
  const taints: { key: string; value?: string; effect: string }[] = node.spec?.taints ?? []
  const untolerated = taints.find((t) => (t.effect === 'NoSchedule' || t.effect === 'NoExecute') && !tolerates(pod.spec?.tolerations ?? [], t))
  return untolerated ? unresolvable(`node(s) had untolerated taint {${untolerated.key}: ${untolerated.value ?? ''}}`) : []
}

function matchesTerm(term: NodeSelectorTerm, node: KubeObject): boolean {
  const labels: Record<string, string> = node.metadata.labels ?? {}
  const fields: Record<string, string> = { 'metadata.name': node.metadata.name }
  const check = (source: Record<string, string>) => (r: { key: string; operator: string; values?: string[] }) => {
    const value = source[r.key]
    const values = r.values ?? []
    switch (r.operator) {
      case 'In': return value !== undefined && values.includes(value)
      case 'NotIn': return value === undefined || !values.includes(value)
      case 'Exists': return value !== undefined
      case 'DoesNotExist': return value === undefined
      case 'Gt': return value !== undefined && Number(value) > Number(values[0])
      case 'Lt': return value !== undefined && Number(value) < Number(values[0])
      default: return false
    }
  }
  const expressions = term.matchExpressions ?? []
  const matchFields = term.matchFields ?? []
  if (expressions.length === 0 && matchFields.length === 0) return false
  return expressions.every(check(labels)) && matchFields.every(check(fields))
}

const nodeAffinity: Filter = (pod, { node }) => {
  const labels: Record<string, string> = node.metadata.labels ?? {}
  const selector: Record<string, string> = pod.spec?.nodeSelector ?? {}
  const selectorOk = Object.entries(selector).every(([k, v]) => labels[k] === v)
  const terms: NodeSelectorTerm[] | undefined = pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms
  const affinityOk = !terms || terms.some((term) => matchesTerm(term, node))
  return selectorOk && affinityOk ? [] : unresolvable("node(s) didn't match Pod's node affinity/selector")
}

/** Milli-units of `name` (cpu, memory, …) a pod requests: containers summed, max with each init container. */
export function podRequest(pod: KubeObject, name: string): bigint {
  const amount = (c: { resources?: { requests?: Record<string, string> } }) => {
    const text = c.resources?.requests?.[name]
    const parsed = text === undefined ? undefined : parseQuantity(text)
    return parsed?.ok ? scaledValue(parsed.quantity, -3) : 0n
  }
  const sum = (pod.spec?.containers ?? []).reduce((total: bigint, c: never) => total + amount(c), 0n)
  return (pod.spec?.initContainers ?? []).reduce((max: bigint, c: never) => (amount(c) > max ? amount(c) : max), sum)
}

function allocatable(node: KubeObject, name: string): bigint {
  const parsed = parseQuantity(String(node.status?.allocatable?.[name] ?? '0'))
  return parsed.ok ? scaledValue(parsed.quantity, -3) : 0n
}

const FIT_RESOURCES = ['cpu', 'memory', 'ephemeral-storage']

const fit: Filter = (pod, { node, pods }) => {
  const failures: FilterFailure[] = []
  if (pods.length + 1 > Number(node.status?.allocatable?.pods ?? 110)) failures.push({ reason: 'Too many pods', unresolvable: false })
  for (const name of FIT_RESOURCES) {
    const wanted = podRequest(pod, name)
    if (wanted === 0n) continue
    const used = pods.reduce((total, p) => total + podRequest(p, name), 0n)
    if (used + wanted > allocatable(node, name)) failures.push({ reason: `Insufficient ${name}`, unresolvable: false })
  }
  return failures
}

/** The filters in the default profile's order; a node fails on the first filter that rejects it. */
export const filters: readonly Filter[] = [nodeUnschedulable, nodeName, taintToleration, nodeAffinity, fit]

/** Why `pod` cannot go to the node, or an empty list if it fits. */
export function filterNode(pod: KubeObject, info: NodeInfo): FilterFailure[] {
  for (const filter of filters) {
    const failures = filter(pod, info)
    if (failures.length > 0) return failures
  }
  return []
}
