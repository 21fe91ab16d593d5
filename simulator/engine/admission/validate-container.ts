// Container validation shared by regular and init containers: name, image, ports, env,
// volume mounts, pull policy, resources, probes and lifecycle handlers.
// Mirrors validateContainerCommon, validateContainerPorts, ValidateEnv, ValidateVolumeMounts,
// validateProbe and validateHandler in kubernetes/kubernetes pkg/apis/core/validation/validation.go (1.31).
import { duplicate, forbidden, invalid, notFound, notSupported, required, type FieldError } from './field-errors'
import { isDNS1123Label, isEnvVarName, isValidPortName, isValidPortNum } from './name-rules'
import { validateResourceRequirements } from './validate-resources'
import { asArr, asNum, asObj, asStr, isSet, validateNonnegative, type Obj } from './validate-meta'

export function validateDNS1123Label(value: string, path: string): FieldError[] {
  return isDNS1123Label(value).map((m) => invalid(path, value, m))
}

function validateContainerPorts(ports: unknown, path: string): FieldError[] {
  const errs: FieldError[] = []
  const names = new Set<string>()
  asArr(ports).map(asObj).forEach((port, i) => {
    const p = `${path}[${i}]`
    const name = asStr(port.name)
    if (name) {
      const msgs = isValidPortName(name)
      if (msgs.length > 0) errs.push(...msgs.map((m) => invalid(`${p}.name`, name, m)))
      else if (names.has(name)) errs.push(duplicate(`${p}.name`, name))
      else names.add(name)
    }
    const containerPort = asNum(port.containerPort)
    if (containerPort === 0) errs.push(required(`${p}.containerPort`))
    else errs.push(...isValidPortNum(containerPort).map((m) => invalid(`${p}.containerPort`, containerPort, m)))
    const hostPort = asNum(port.hostPort)
    if (hostPort !== 0) errs.push(...isValidPortNum(hostPort).map((m) => invalid(`${p}.hostPort`, hostPort, m)))
    const protocol = asStr(port.protocol)
    if (!protocol) errs.push(required(`${p}.protocol`))
    else if (!['SCTP', 'TCP', 'UDP'].includes(protocol)) errs.push(notSupported(`${p}.protocol`, protocol, ['SCTP', 'TCP', 'UDP']))
  })
  return errs
}

function validateEnv(env: unknown, path: string): FieldError[] {
  return asArr(env)
    .map(asObj)
    .flatMap((ev, i) => {
      const name = asStr(ev.name)
      if (!name) return [required(`${path}[${i}].name`)]
      return isEnvVarName(name).map((m) => invalid(`${path}[${i}].name`, name, m))
    })
}

/** ValidateVolumeMounts: every mount names a pod volume (claim templates count, as the controller adds them). */
function validateVolumeMounts(mounts: unknown, volumes: Set<string>, path: string): FieldError[] {
  const errs: FieldError[] = []
  const mountPoints = new Set<string>()
  asArr(mounts).map(asObj).forEach((mount, i) => {
    const p = `${path}[${i}]`
    const name = asStr(mount.name)
    const mountPath = asStr(mount.mountPath)
    if (!name) errs.push(required(`${p}.name`))
    if (!volumes.has(name)) errs.push(notFound(`${p}.name`, name))
    if (!mountPath) errs.push(required(`${p}.mountPath`))
    if (mountPoints.has(mountPath)) errs.push(invalid(`${p}.mountPath`, mountPath, 'must be unique'))
    mountPoints.add(mountPath)
    const subPath = asStr(mount.subPath)
    if (subPath) errs.push(...validateLocalDescendingPath(subPath, `${path}.subPath`))
    const subPathExpr = asStr(mount.subPathExpr)
    if (subPathExpr) {
      if (subPath) errs.push(invalid(`${p}.subPathExpr`, subPathExpr, 'subPathExpr and subPath are mutually exclusive'))
      errs.push(...validateLocalDescendingPath(subPathExpr, `${path}.subPathExpr`))
    }
  })
  return errs
}

export function validateLocalDescendingPath(target: string, path: string): FieldError[] {
  const errs: FieldError[] = []
  if (target.startsWith('/')) errs.push(invalid(path, target, 'must be a relative path'))
  if (target.split('/').includes('..')) errs.push(invalid(path, target, "must not contain '..'"))
  return errs
}

function validatePullPolicy(policy: string, path: string): FieldError[] {
  if (['Always', 'IfNotPresent', 'Never'].includes(policy)) return []
  if (policy === '') return [required(path)]
  return [notSupported(path, policy, ['Always', 'IfNotPresent', 'Never'])]
}

/** validateContainerCommon, in upstream order. */
export function validateContainerCommon(ctr: Obj, volumes: Set<string>, path: string): FieldError[] {
  const errs: FieldError[] = []
  const name = asStr(ctr.name)
  if (!name) errs.push(required(`${path}.name`))
  else errs.push(...validateDNS1123Label(name, `${path}.name`))
  if (!asStr(ctr.image)) errs.push(required(`${path}.image`))
  const policy = asStr(ctr.terminationMessagePolicy)
  if (policy === '') errs.push(required(`${path}.terminationMessagePolicy`))
  else if (policy !== 'File' && policy !== 'FallbackToLogsOnError') {
    errs.push(notSupported(`${path}.terminationMessagePolicy`, policy, ['File', 'FallbackToLogsOnError']))
  }
  errs.push(...validateContainerPorts(ctr.ports, `${path}.ports`))
  errs.push(...validateEnv(ctr.env, `${path}.env`))
  errs.push(...validateVolumeMounts(ctr.volumeMounts, volumes, `${path}.volumeMounts`))
  errs.push(...validatePullPolicy(asStr(ctr.imagePullPolicy), `${path}.imagePullPolicy`))
  errs.push(...validateResourceRequirements(ctr.resources, `${path}.resources`))
  return errs
}

function validatePortNumOrName(port: unknown, path: string): FieldError[] {
  if (typeof port === 'string') return isValidPortName(port).map((m) => invalid(path, port, m))
  const n = asNum(port)
  return isValidPortNum(n).map((m) => invalid(path, n, m))
}

const handlerKinds = ['exec', 'httpGet', 'tcpSocket', 'grpc', 'sleep'] as const

/** validateHandler: exactly one handler type, each checked. */
export function validateHandler(handler: Obj, path: string): FieldError[] {
  const errs: FieldError[] = []
  let count = 0
  for (const kind of handlerKinds) {
    if (!isSet(handler[kind])) continue
    if (count > 0) {
      errs.push(forbidden(`${path}.${kind}`, 'may not specify more than 1 handler type'))
      continue
    }
    count++
    const h = asObj(handler[kind])
    if (kind === 'exec' && asArr(h.command).length === 0) errs.push(required(`${path}.exec.command`))
    if (kind === 'httpGet') {
      if (!asStr(h.path)) errs.push(required(`${path}.httpGet.path`))
      errs.push(...validatePortNumOrName(h.port, `${path}.httpGet.port`))
      const scheme = asStr(h.scheme)
      if (scheme !== 'HTTP' && scheme !== 'HTTPS') errs.push(notSupported(`${path}.httpGet.scheme`, scheme, ['HTTP', 'HTTPS']))
    }
    if (kind === 'tcpSocket') errs.push(...validatePortNumOrName(h.port, `${path}.tcpSocket.port`))
    if (kind === 'grpc') errs.push(...validatePortNumOrName(asNum(h.port), `${path}.grpc.port`))
  }
  if (count === 0) errs.push(required(path, 'must specify a handler type'))
  return errs
}

/** validateProbe plus the per-kind rule: liveness and startup need successThreshold 1. */
export function validateProbe(probe: unknown, kind: 'liveness' | 'readiness' | 'startup', path: string): FieldError[] {
  if (!isSet(probe)) return []
  const p = asObj(probe)
  const errs = validateHandler(p, path)
  for (const key of ['initialDelaySeconds', 'timeoutSeconds', 'periodSeconds', 'successThreshold', 'failureThreshold']) {
    errs.push(...validateNonnegative(asNum(p[key]), `${path}.${key}`))
  }
  if (isSet(p.terminationGracePeriodSeconds) && asNum(p.terminationGracePeriodSeconds) <= 0) {
    errs.push(invalid(`${path}.terminationGracePeriodSeconds`, asNum(p.terminationGracePeriodSeconds), 'must be greater than 0'))
  }
  if (kind !== 'readiness' && asNum(p.successThreshold) !== 1) errs.push(invalid(`${path}.successThreshold`, asNum(p.successThreshold), 'must be 1'))
  if (kind === 'readiness' && isSet(p.terminationGracePeriodSeconds)) {
    errs.push(invalid(`${path}.terminationGracePeriodSeconds`, asNum(p.terminationGracePeriodSeconds), 'must not be set for readinessProbes'))
  }
  return errs
}

export function validateLifecycle(lifecycle: unknown, path: string): FieldError[] {
  const l = asObj(lifecycle)
  return (['postStart', 'preStop'] as const).flatMap((hook) => (isSet(l[hook]) ? validateHandler(asObj(l[hook]), `${path}.${hook}`) : []))
}
