// Wire shape of Container and what hangs off it: ports, env, resources, volume mounts, probes, lifecycle, security context.
// Field names and order mirror kubernetes/api core/v1/types.go (v0.31.0); an optional field is one Go
// may omit (omitempty, pointer, list or map). The strict-decoding schema lives in
// engine/admission/schema-*.ts; these types cover what the simulator reads and writes.
import type { IntOrString, Quantity } from './pod'

export interface Container {
  name: string
  image?: string
  command?: string[]
  args?: string[]
  workingDir?: string
  ports?: ContainerPort[]
  envFrom?: EnvFromSource[]
  env?: EnvVar[]
  resources?: ResourceRequirements
  resizePolicy?: Record<string, unknown>[]
  restartPolicy?: string
  volumeMounts?: VolumeMount[]
  volumeDevices?: Record<string, unknown>[]
  livenessProbe?: Probe
  readinessProbe?: Probe
  startupProbe?: Probe
  lifecycle?: Lifecycle
  terminationMessagePath?: string
  terminationMessagePolicy?: string
  imagePullPolicy?: 'Always' | 'IfNotPresent' | 'Never'
  securityContext?: SecurityContext
  stdin?: boolean
  stdinOnce?: boolean
  tty?: boolean
}

export interface ContainerPort {
  name?: string
  hostPort?: number
  containerPort: number
  protocol?: 'TCP' | 'UDP' | 'SCTP'
  hostIP?: string
}

export interface EnvVar {
  name: string
  value?: string
  valueFrom?: EnvVarSource
}

export interface EnvVarSource {
  fieldRef?: ObjectFieldSelector
  resourceFieldRef?: ResourceFieldSelector
  configMapKeyRef?: ConfigMapKeySelector
  secretKeyRef?: SecretKeySelector
}

export interface ObjectFieldSelector {
  apiVersion?: string
  fieldPath: string
}

export interface ResourceFieldSelector {
  containerName?: string
  resource: string
  divisor?: Quantity
}

export interface ConfigMapKeySelector {
  name?: string
  key: string
  optional?: boolean
}

export interface SecretKeySelector {
  name?: string
  key: string
  optional?: boolean
}

export interface EnvFromSource {
  prefix?: string
  configMapRef?: ConfigMapEnvSource
  secretRef?: SecretEnvSource
}

export interface ConfigMapEnvSource {
  name?: string
  optional?: boolean
}

export interface SecretEnvSource {
  name?: string
  optional?: boolean
}

export interface ResourceRequirements {
  limits?: Record<string, Quantity>
  requests?: Record<string, Quantity>
  claims?: Record<string, unknown>[]
}

export interface VolumeMount {
  name: string
  readOnly?: boolean
  recursiveReadOnly?: string
  mountPath: string
  subPath?: string
  mountPropagation?: string
  subPathExpr?: string
}

export interface Probe {
  exec?: ExecAction
  httpGet?: HTTPGetAction
  tcpSocket?: TCPSocketAction
  grpc?: GRPCAction
  initialDelaySeconds?: number
  timeoutSeconds?: number
  periodSeconds?: number
  successThreshold?: number
  failureThreshold?: number
  terminationGracePeriodSeconds?: number
}

export interface ExecAction {
  command?: string[]
}

export interface HTTPGetAction {
  path?: string
  port: IntOrString
  host?: string
  scheme?: string
  httpHeaders?: HTTPHeader[]
}

export interface HTTPHeader {
  name: string
  value: string
}

export interface TCPSocketAction {
  port: IntOrString
  host?: string
}

export interface GRPCAction {
  port: number
  service?: string
}

export interface Lifecycle {
  postStart?: LifecycleHandler
  preStop?: LifecycleHandler
}

export interface LifecycleHandler {
  exec?: ExecAction
  httpGet?: HTTPGetAction
  tcpSocket?: TCPSocketAction
  sleep?: SleepAction
}

export interface SleepAction {
  seconds: number
}

export interface SecurityContext {
  capabilities?: Capabilities
  privileged?: boolean
  seLinuxOptions?: Record<string, unknown>
  windowsOptions?: Record<string, unknown>
  runAsUser?: number
  runAsGroup?: number
  runAsNonRoot?: boolean
  readOnlyRootFilesystem?: boolean
  allowPrivilegeEscalation?: boolean
  procMount?: string
  seccompProfile?: Record<string, unknown>
  appArmorProfile?: Record<string, unknown>
}

export interface Capabilities {
  add?: string[]
  drop?: string[]
}
