// Wire shape of Pod and PodSpec (also the StatefulSet pod template), scheduling terms, label selectors and pod status.
// Field names and order mirror kubernetes/api core/v1/types.go (v0.31.0); an optional field is one Go
// may omit (omitempty, pointer, list or map). The strict-decoding schema lives in
// engine/admission/schema-*.ts; these types cover what the simulator reads and writes.
import type { Container, ResourceRequirements } from './container'
import type { KubeObject, ObjectMeta } from './meta'
import type { Volume } from './volume'

/** A resource.Quantity in the text the API server stores, e.g. `1Gi`, `500m` (see admission/quantity.ts). */
export type Quantity = string

/** intstr.IntOrString: a port number or name, a count or a percentage. */
export type IntOrString = number | string

/** Metadata of an embedded template (pod or claim template): no identity; `creationTimestamp` reads back null. */
export type TemplateMeta = Partial<Omit<ObjectMeta, 'creationTimestamp'>> & { creationTimestamp?: string | null }

export interface Pod extends KubeObject {
  kind: 'Pod'
  apiVersion: 'v1'
  metadata: ObjectMeta
  spec?: PodSpec
  status?: PodStatus
}

export interface PodSpec {
  volumes?: Volume[]
  initContainers?: Container[]
  containers: Container[]
  ephemeralContainers?: Record<string, unknown>[]
  restartPolicy?: 'Always' | 'OnFailure' | 'Never'
  terminationGracePeriodSeconds?: number
  activeDeadlineSeconds?: number
  dnsPolicy?: string
  nodeSelector?: Record<string, string>
  serviceAccountName?: string
  serviceAccount?: string
  automountServiceAccountToken?: boolean
  nodeName?: string
  hostNetwork?: boolean
  hostPID?: boolean
  hostIPC?: boolean
  shareProcessNamespace?: boolean
  securityContext?: PodSecurityContext
  imagePullSecrets?: LocalObjectReference[]
  hostname?: string
  subdomain?: string
  affinity?: Affinity
  schedulerName?: string
  tolerations?: Toleration[]
  hostAliases?: Record<string, unknown>[]
  priorityClassName?: string
  priority?: number
  dnsConfig?: PodDNSConfig
  readinessGates?: Record<string, unknown>[]
  runtimeClassName?: string
  enableServiceLinks?: boolean
  preemptionPolicy?: string
  overhead?: Record<string, Quantity>
  topologySpreadConstraints?: TopologySpreadConstraint[]
  setHostnameAsFQDN?: boolean
  os?: Record<string, unknown>
  hostUsers?: boolean
  schedulingGates?: Record<string, unknown>[]
  resourceClaims?: Record<string, unknown>[]
}

export interface PodTemplateSpec {
  metadata?: TemplateMeta
  spec?: PodSpec
}

export interface Toleration {
  key?: string
  operator?: string
  value?: string
  effect?: 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute'
  tolerationSeconds?: number
}

export interface Affinity {
  nodeAffinity?: NodeAffinity
  podAffinity?: PodAffinity
  podAntiAffinity?: PodAntiAffinity
}

export interface NodeAffinity {
  requiredDuringSchedulingIgnoredDuringExecution?: NodeSelector
  preferredDuringSchedulingIgnoredDuringExecution?: PreferredSchedulingTerm[]
}

export interface NodeSelector {
  nodeSelectorTerms?: NodeSelectorTerm[]
}

export interface NodeSelectorTerm {
  matchExpressions?: NodeSelectorRequirement[]
  matchFields?: NodeSelectorRequirement[]
}

export interface NodeSelectorRequirement {
  key: string
  operator: string
  values?: string[]
}

export interface PreferredSchedulingTerm {
  weight: number
  preference: NodeSelectorTerm
}

export interface PodAffinity {
  requiredDuringSchedulingIgnoredDuringExecution?: PodAffinityTerm[]
  preferredDuringSchedulingIgnoredDuringExecution?: WeightedPodAffinityTerm[]
}

export interface PodAntiAffinity {
  requiredDuringSchedulingIgnoredDuringExecution?: PodAffinityTerm[]
  preferredDuringSchedulingIgnoredDuringExecution?: WeightedPodAffinityTerm[]
}

export interface PodAffinityTerm {
  labelSelector?: LabelSelector
  namespaces?: string[]
  topologyKey: string
  namespaceSelector?: LabelSelector
  matchLabelKeys?: string[]
  mismatchLabelKeys?: string[]
}

export interface WeightedPodAffinityTerm {
  weight: number
  podAffinityTerm: PodAffinityTerm
}

export interface PodSecurityContext {
  seLinuxOptions?: Record<string, unknown>
  windowsOptions?: Record<string, unknown>
  runAsUser?: number
  runAsGroup?: number
  runAsNonRoot?: boolean
  supplementalGroups?: number[]
  supplementalGroupsPolicy?: string
  fsGroup?: number
  sysctls?: Record<string, unknown>[]
  fsGroupChangePolicy?: string
  seccompProfile?: Record<string, unknown>
  appArmorProfile?: Record<string, unknown>
}

export interface TopologySpreadConstraint {
  maxSkew: number
  topologyKey: string
  whenUnsatisfiable: string
  labelSelector?: LabelSelector
  minDomains?: number
  nodeAffinityPolicy?: string
  nodeTaintsPolicy?: string
  matchLabelKeys?: string[]
}

export interface PodDNSConfig {
  nameservers?: string[]
  searches?: string[]
  options?: PodDNSConfigOption[]
}

export interface PodDNSConfigOption {
  name?: string
  value?: string
}

export interface LocalObjectReference {
  name?: string
}

export interface PodStatus {
  phase?: 'Pending' | 'Running' | 'Succeeded' | 'Failed' | 'Unknown'
  conditions?: PodCondition[]
  message?: string
  reason?: string
  nominatedNodeName?: string
  hostIP?: string
  hostIPs?: HostIP[]
  podIP?: string
  podIPs?: PodIP[]
  startTime?: string
  initContainerStatuses?: ContainerStatus[]
  containerStatuses?: ContainerStatus[]
  qosClass?: string
  ephemeralContainerStatuses?: ContainerStatus[]
  resize?: string
  resourceClaimStatuses?: Record<string, unknown>[]
}

export interface PodCondition {
  type: string
  status: 'True' | 'False' | 'Unknown'
  lastProbeTime?: string
  lastTransitionTime?: string
  reason?: string
  message?: string
}

export interface PodIP {
  ip: string
}

export interface HostIP {
  ip: string
}

export interface ContainerStatus {
  name: string
  state?: ContainerState
  lastState?: ContainerState
  ready: boolean
  restartCount: number
  image: string
  imageID: string
  containerID?: string
  started?: boolean
  allocatedResources?: Record<string, Quantity>
  resources?: ResourceRequirements
  volumeMounts?: Record<string, unknown>[]
  user?: Record<string, unknown>
  allocatedResourcesStatus?: Record<string, unknown>[]
}

export interface ContainerState {
  waiting?: ContainerStateWaiting
  running?: ContainerStateRunning
  terminated?: ContainerStateTerminated
}

export interface ContainerStateWaiting {
  reason?: string
  message?: string
}

export interface ContainerStateRunning {
  startedAt?: string
}

export interface ContainerStateTerminated {
  exitCode: number
  signal?: number
  reason?: string
  message?: string
  startedAt?: string
  finishedAt?: string
  containerID?: string
}

export interface LabelSelector {
  matchLabels?: Record<string, string>
  matchExpressions?: LabelSelectorRequirement[]
}

export interface LabelSelectorRequirement {
  key: string
  operator: string
  values?: string[]
}
