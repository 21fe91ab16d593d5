// API-server defaults of Pod, PodSpec (also inside every pod template), containers, probes
// and volumes. Mirrors kubernetes/kubernetes pkg/apis/core/v1/defaults.go (1.31) plus the
// `+default=` markers of kubernetes/api core/v1/types.go (ContainerPort.protocol, GRPCAction.service).
import { structOf } from './schema'

export type Obj = Record<string, unknown>

export function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The object at `obj[key]`, created empty when absent (a Go value struct is never nil). */
export function ensureObj(obj: Obj, key: string): Obj {
  if (!isObj(obj[key])) obj[key] = {}
  return obj[key] as Obj
}

function unset(value: unknown): boolean {
  return value === undefined || value === null || value === ''
}

export function defaultPod(pod: Obj): void {
  const spec = ensureObj(pod, 'spec')
  for (const key of ['containers', 'initContainers']) {
    const list = spec[key]
    if (Array.isArray(list)) list.filter(isObj).forEach(copyLimitsToRequests)
  }
  if (spec.enableServiceLinks === undefined || spec.enableServiceLinks === null) spec.enableServiceLinks = true
  if (spec.hostNetwork === true) {
    for (const key of ['containers', 'initContainers']) {
      const list = spec[key]
      if (Array.isArray(list)) list.filter(isObj).forEach(defaultHostNetworkPorts)
    }
  }
}

function copyLimitsToRequests(container: Obj): void {
  const resources = container.resources
  if (!isObj(resources) || !isObj(resources.limits)) return
  const requests = isObj(resources.requests) ? resources.requests : (resources.requests = {})
  for (const [name, value] of Object.entries(resources.limits)) if (!(name in requests)) requests[name] = value
}

function defaultHostNetworkPorts(container: Obj): void {
  const ports = container.ports
  if (!Array.isArray(ports)) return
  for (const port of ports.filter(isObj)) if (!port.hostPort) port.hostPort = port.containerPort
}

export function defaultPodSpec(spec: Obj): void {
  if (unset(spec.dnsPolicy)) spec.dnsPolicy = 'ClusterFirst'
  if (unset(spec.restartPolicy)) spec.restartPolicy = 'Always'
  if (!isObj(spec.securityContext)) spec.securityContext = {}
  if (spec.terminationGracePeriodSeconds === undefined || spec.terminationGracePeriodSeconds === null) {
    spec.terminationGracePeriodSeconds = 30
  }
  if (unset(spec.schedulerName)) spec.schedulerName = 'default-scheduler'
  if (unset(spec.serviceAccountName) && !unset(spec.serviceAccount)) spec.serviceAccountName = spec.serviceAccount
  if (!unset(spec.serviceAccountName)) spec.serviceAccount = spec.serviceAccountName
}

const pathComponent = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*'
const domainComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])'
const referencePattern = new RegExp(
  `^(?:${domainComponent}(?:\\.${domainComponent})*(?::[0-9]+)?/)?${pathComponent}(?:/${pathComponent})*` +
    '(?::([\\w][\\w.-]{0,127}))?(@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9A-Fa-f]{32,})?$',
)

/**
 * The tag ParseImageName reports: `latest` when the reference has neither tag nor digest,
 * empty for a digest-only or unparsable reference (e.g. upper case). Mirrors
 * pkg/util/parsers/parsers.go over the docker reference grammar.
 */
export function imageTag(image: string): string {
  const m = referencePattern.exec(image)
  if (!m) return ''
  if (m[1] !== undefined) return m[1]
  return m[2] !== undefined ? '' : 'latest'
}

export function defaultContainer(container: Obj): void {
  if (unset(container.imagePullPolicy)) {
    container.imagePullPolicy = imageTag(typeof container.image === 'string' ? container.image : '') === 'latest' ? 'Always' : 'IfNotPresent'
  }
  if (unset(container.terminationMessagePath)) container.terminationMessagePath = '/dev/termination-log'
  if (unset(container.terminationMessagePolicy)) container.terminationMessagePolicy = 'File'
}

export function defaultContainerPort(port: Obj): void {
  if (unset(port.protocol)) port.protocol = 'TCP'
}

export function defaultProbe(probe: Obj): void {
  if (!probe.timeoutSeconds) probe.timeoutSeconds = 1
  if (!probe.periodSeconds) probe.periodSeconds = 10
  if (!probe.successThreshold) probe.successThreshold = 1
  if (!probe.failureThreshold) probe.failureThreshold = 3
}

export function defaultHTTPGetAction(action: Obj): void {
  if (unset(action.path)) action.path = '/'
  if (unset(action.scheme)) action.scheme = 'HTTP'
}

export function defaultGRPCAction(action: Obj): void {
  if (action.service === undefined || action.service === null) action.service = ''
}

/** SetDefaults_Volume: a volume naming no source at all becomes an emptyDir. */
export function defaultVolume(volume: Obj): void {
  const sources = structOf('core.VolumeSource').fields.map((f) => f.json)
  if (sources.every((key) => volume[key] === undefined || volume[key] === null)) volume.emptyDir = {}
}

/** defaultMode 0644 (420) for secret, configMap, downwardAPI and projected volumes. */
export function defaultFileMode(source: Obj): void {
  if (source.defaultMode === undefined || source.defaultMode === null) source.defaultMode = 420
}

export function defaultServiceAccountToken(projection: Obj): void {
  if (projection.expirationSeconds === undefined || projection.expirationSeconds === null) projection.expirationSeconds = 3600
}

export function defaultHostPath(source: Obj): void {
  if (source.type === undefined || source.type === null) source.type = ''
}

export function defaultObjectFieldSelector(selector: Obj): void {
  if (unset(selector.apiVersion)) selector.apiVersion = 'v1'
}
