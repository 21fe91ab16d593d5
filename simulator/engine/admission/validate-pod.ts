// Pod and PodSpec validation: what the API server checks when the StatefulSet controller
// (or a user) creates a Pod. Mirrors ValidatePodSpec, validateContainers, validateInitContainers,
// ValidateTolerations, ValidatePodCreate and ValidatePodUpdate in kubernetes/kubernetes
// pkg/apis/core/validation/validation.go (1.31). Affinity, DNS config, topology spread, security
// contexts and resource claims are decoded but not validated yet.
import { cmpDiff } from './go-cmp-diff'
import { duplicate, forbidden, invalid, notSupported, required, type FieldError } from './field-errors'
import { inclusiveRangeError, isValidLabelValue, nameIsDNSSubdomain } from './name-rules'
import { semanticEqual } from './semantic-equal'
import { validateContainerCommon, validateDNS1123Label, validateLifecycle, validateProbe } from './validate-container'
import { asArr, asNum, asObj, asStr, isSet, validateLabelName, validateLabels, validateObjectMeta, validateObjectMetaUpdate, type Obj } from './validate-meta'
import { validateVolumes } from './validate-volumes'

function validateContainers(containers: unknown, volumes: Set<string>, path: string): FieldError[] {
  const list = asArr(containers).map(asObj)
  if (list.length === 0) return [required(path)]
  const errs: FieldError[] = []
  const names = new Set<string>()
  const hostPorts = new Set<string>()
  list.forEach((ctr, i) => {
    const p = `${path}[${i}]`
    errs.push(...validateContainerCommon(ctr, volumes, p))
    const name = asStr(ctr.name)
    if (names.has(name)) errs.push(duplicate(`${p}.name`, name))
    else names.add(name)
    if (isSet(ctr.lifecycle)) errs.push(...validateLifecycle(ctr.lifecycle, `${p}.lifecycle`))
    errs.push(...validateProbe(ctr.livenessProbe, 'liveness', `${p}.livenessProbe`))
    errs.push(...validateProbe(ctr.readinessProbe, 'readiness', `${p}.readinessProbe`))
    errs.push(...validateProbe(ctr.startupProbe, 'startup', `${p}.startupProbe`))
    if (isSet(ctr.restartPolicy)) errs.push(forbidden(`${p}.restartPolicy`, 'may not be set for non-init containers'))
  })
  list.forEach((ctr, i) =>
    asArr(ctr.ports).map(asObj).forEach((port, j) => {
      if (!asNum(port.hostPort)) return
      const key = `${asStr(port.protocol)}/${asStr(port.hostIP)}/${asNum(port.hostPort)}`
      if (hostPorts.has(key)) errs.push(duplicate(`${path}[${i}].ports[${j}].hostPort`, key))
      hostPorts.add(key)
    }),
  )
  return errs
}

function validateInitContainers(init: unknown, regular: unknown, volumes: Set<string>, path: string): FieldError[] {
  const errs: FieldError[] = []
  const names = new Set(asArr(regular).map((c) => asStr(asObj(c).name)))
  asArr(init).map(asObj).forEach((ctr, i) => {
    const p = `${path}[${i}]`
    errs.push(...validateContainerCommon(ctr, volumes, p))
    const sidecar = ctr.restartPolicy === 'Always'
    if (isSet(ctr.restartPolicy) && !sidecar) errs.push(notSupported(`${p}.restartPolicy`, asStr(ctr.restartPolicy), ['Always']))
    const name = asStr(ctr.name)
    if (names.has(name)) errs.push(duplicate(`${p}.name`, name))
    else if (name) names.add(name)
    for (const key of ['lifecycle', 'livenessProbe', 'readinessProbe', 'startupProbe']) {
      if (sidecar || !isSet(ctr[key])) continue
      errs.push(forbidden(`${p}.${key}`, 'may not be set for init containers without restartPolicy=Always'))
    }
    if (sidecar) {
      if (isSet(ctr.lifecycle)) errs.push(...validateLifecycle(ctr.lifecycle, `${p}.lifecycle`))
      errs.push(...validateProbe(ctr.livenessProbe, 'liveness', `${p}.livenessProbe`))
      errs.push(...validateProbe(ctr.readinessProbe, 'readiness', `${p}.readinessProbe`))
      errs.push(...validateProbe(ctr.startupProbe, 'startup', `${p}.startupProbe`))
    }
  })
  return errs
}

function validateEnum(value: string, allowed: readonly string[], path: string): FieldError[] {
  if (allowed.includes(value)) return []
  return value === '' ? [required(path)] : [notSupported(path, value, allowed)]
}

/** ValidateTolerations (effect values checked only when set, as for pods). */
export function validateTolerations(tolerations: unknown, path: string): FieldError[] {
  return asArr(tolerations)
    .map(asObj)
    .flatMap((t, i) => {
      const p = `${path}[${i}]`
      const errs: FieldError[] = []
      const key = asStr(t.key)
      const operator = asStr(t.operator)
      const effect = asStr(t.effect)
      if (key) errs.push(...validateLabelName(key, `${p}.key`))
      if (!key && operator !== 'Exists') {
        errs.push(invalid(`${p}.operator`, operator, 'operator must be Exists when `key` is empty, which means "match all values and all keys"'))
      }
      if (isSet(t.tolerationSeconds) && effect !== 'NoExecute') {
        errs.push(invalid(`${p}.effect`, effect, "effect must be 'NoExecute' when `tolerationSeconds` is set"))
      }
      if (operator === 'Equal' || operator === '') {
        const msgs = isValidLabelValue(asStr(t.value))
        if (msgs.length > 0) errs.push(invalid(`${p}.operator`, asStr(t.value), msgs.join(';')))
      } else if (operator === 'Exists') {
        if (asStr(t.value)) errs.push(invalid(`${p}.operator`, { goSyntax: 'core.Toleration{...}' }, "value must be empty when `operator` is 'Exists'"))
      } else errs.push(notSupported(`${p}.operator`, operator, ['Equal', 'Exists']))
      if (effect && !['NoSchedule', 'PreferNoSchedule', 'NoExecute'].includes(effect)) {
        errs.push(notSupported(`${p}.effect`, effect, ['NoSchedule', 'PreferNoSchedule', 'NoExecute']))
      }
      return errs
    })
}

function validateNames(spec: Obj, path: string): FieldError[] {
  const errs: FieldError[] = []
  const named: Array<[string, (n: string, p: boolean) => string[]]> = [
    ['serviceAccountName', nameIsDNSSubdomain],
    ['nodeName', nameIsDNSSubdomain],
  ]
  for (const [key, fn] of named) {
    const value = asStr(spec[key])
    if (value) errs.push(...fn(value, false).map((m) => invalid(`${path}.${key}`, value, m)))
  }
  if (isSet(spec.activeDeadlineSeconds)) {
    const value = asNum(spec.activeDeadlineSeconds)
    if (value < 1 || value > 2147483647) errs.push(invalid(`${path}.activeDeadlineSeconds`, value, inclusiveRangeError(1, 2147483647)))
  }
  if (asStr(spec.hostname)) errs.push(...validateDNS1123Label(asStr(spec.hostname), `${path}.hostname`))
  if (asStr(spec.subdomain)) errs.push(...validateDNS1123Label(asStr(spec.subdomain), `${path}.subdomain`))
  if (asArr(spec.tolerations).length > 0) errs.push(...validateTolerations(spec.tolerations, `${path}.tolerations`))
  const priorityClass = asStr(spec.priorityClassName)
  if (priorityClass) errs.push(...nameIsDNSSubdomain(priorityClass, false).map((m) => invalid(`${path}.priorityClassName`, priorityClass, m)))
  if (isSet(spec.preemptionPolicy)) {
    errs.push(...validateEnum(asStr(spec.preemptionPolicy), ['PreemptLowerPriority', 'Never'], `${path}.preemptionPolicy`))
  }
  return errs
}

/** ValidatePodSpec, in upstream order. */
export function validatePodSpec(spec: Obj, path = 'spec'): FieldError[] {
  const errs: FieldError[] = []
  if (!isSet(spec.terminationGracePeriodSeconds)) errs.push(required(`${path}.terminationGracePeriodSeconds`))
  const volumes = validateVolumes(spec.volumes, `${path}.volumes`)
  errs.push(...volumes.errs)
  errs.push(...validateContainers(spec.containers, volumes.names, `${path}.containers`))
  errs.push(...validateInitContainers(spec.initContainers, spec.containers, volumes.names, `${path}.initContainers`))
  errs.push(...validateEnum(asStr(spec.restartPolicy), ['Always', 'OnFailure', 'Never'], `${path}.restartPolicy`))
  errs.push(...validateEnum(asStr(spec.dnsPolicy), ['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None'], `${path}.dnsPolicy`))
  errs.push(...validateLabels(spec.nodeSelector, `${path}.nodeSelector`))
  errs.push(...validateNames(spec, path))
  return errs
}

/** ValidatePodCreate: e.g. `spec.containers[0].volumeMounts[0].name: Not found: "data"`. */
export function validatePod(pod: Obj): FieldError[] {
  const spec = asObj(pod.spec)
  const errs = validateObjectMeta(asObj(pod.metadata), true, nameIsDNSSubdomain)
  errs.push(...validatePodSpec(spec))
  errs.push(...podOnlyChecks(spec))
  if (asArr(spec.ephemeralContainers).length > 0) errs.push(forbidden('spec.ephemeralContainers', 'cannot be set on create'))
  if (asStr(spec.nodeName) && asArr(spec.schedulingGates).length > 0) {
    errs.push(forbidden('spec.nodeName', 'cannot be set until all schedulingGates have been cleared'))
  }
  return errs
}

function podOnlyChecks(spec: Obj): FieldError[] {
  const errs: FieldError[] = []
  if (!asStr(spec.serviceAccountName)) {
    asArr(spec.volumes).map(asObj).forEach((v, vi) => {
      asArr(asObj(v.projected).sources).map(asObj).forEach((s, si) => {
        const p = `spec.volumes[${vi}].projected.sources[${si}].serviceAccountToken`
        if (isSet(s.serviceAccountToken)) errs.push(forbidden(p, 'must not be specified when serviceAccountName is not set'))
      })
    })
  }
  for (const key of ['containers', 'initContainers']) {
    asArr(spec[key]).map(asObj).forEach((c, i) => {
      const image = asStr(c.image)
      if (image !== image.trim()) errs.push(invalid(`spec.${key}[${i}].image`, image, 'must not have leading or trailing whitespace'))
    })
  }
  return errs
}

export const podUpdateForbidden =
  'pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,' +
  '`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),' +
  '`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)'

/** ValidatePodUpdate (InPlacePodVerticalScaling off): only images, activeDeadlineSeconds and added tolerations may change. */
export function validatePodUpdate(pod: Obj, old: Obj): FieldError[] {
  const spec = asObj(pod.spec)
  const oldSpec = asObj(old.spec)
  const errs = validateObjectMetaUpdate(asObj(pod.metadata), asObj(old.metadata))
  errs.push(...validateObjectMeta(asObj(pod.metadata), true, nameIsDNSSubdomain), ...validatePodSpec(spec), ...podOnlyChecks(spec))
  for (const key of ['containers', 'initContainers']) {
    if (asArr(spec[key]).length !== asArr(oldSpec[key]).length) {
      errs.push(forbidden(`spec.${key}`, 'pod updates may not add or remove containers'))
      return errs
    }
    asArr(spec[key]).map(asObj).forEach((c, i) => {
      if (!asStr(c.image)) errs.push(required(`spec.${key}[${i}].image`))
    })
  }
  const munged: Obj = { ...spec, activeDeadlineSeconds: oldSpec.activeDeadlineSeconds, tolerations: oldSpec.tolerations }
  for (const key of ['containers', 'initContainers']) {
    if (!Array.isArray(spec[key])) continue
    munged[key] = asArr(spec[key]).map((c, i) => ({ ...asObj(c), image: asObj(asArr(oldSpec[key])[i]).image }))
  }
  if (!semanticEqual('core.PodSpec', munged, oldSpec)) {
    errs.push(forbidden('spec', `${podUpdateForbidden}\n${cmpDiff('core.PodSpec', oldSpec, munged)}`))
  }
  return errs
}

