// Service validation on create and update, including the clusterIP rules (`may not change
// once set`). Mirrors ValidateService, validateServicePort, ValidateServiceClusterIPsRelatedFields,
// validateUpgradeDowngradeClusterIPs and ValidateServiceUpdate in kubernetes/kubernetes
// pkg/apis/core/validation/validation.go (1.31). Service names are DNS-1035 labels.
import { duplicate, forbidden, invalid, notSupported, required, type FieldError } from './field-errors'
import { goStringSlice } from './go-format'
import { isDNS1123Subdomain, isQualifiedName, isValidPortName, isValidPortNum, nameIsDNS1035Label } from './name-rules'
import { validateDNS1123Label } from './validate-container'
import { asArr, asNum, asObj, asStr, isSet, validateLabels, validateObjectMeta, validateObjectMetaUpdate, type Obj } from './validate-meta'

const isHeadless = (spec: Obj) => asArr(spec.clusterIPs).length === 1 && asArr(spec.clusterIPs)[0] === 'None'
const ipv4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/
const isIP = (s: string) => ipv4.test(s) || (s.includes(':') && /^[0-9a-fA-F:.]+$/.test(s))

/** %#v of the duplicate-detection key: a ServicePort holding only protocol and port. */
function goServicePort(port: Obj): string {
  const zero = 'intstr.IntOrString{Type:0, IntVal:0, StrVal:""}'
  return `core.ServicePort{Name:"", Protocol:"${asStr(port.protocol)}", AppProtocol:(*string)(nil), Port:${asNum(port.port)}, TargetPort:${zero}, NodePort:0}`
}

function validateServicePort(port: Obj, requireName: boolean, names: Set<string>, path: string): FieldError[] {
  const errs: FieldError[] = []
  const name = asStr(port.name)
  if (requireName && !name) errs.push(required(`${path}.name`))
  else if (name) {
    errs.push(...validateDNS1123Label(name, `${path}.name`))
    if (names.has(name)) errs.push(duplicate(`${path}.name`, name))
    else names.add(name)
  }
  errs.push(...isValidPortNum(asNum(port.port)).map((m) => invalid(`${path}.port`, asNum(port.port), m)))
  const protocol = asStr(port.protocol)
  if (!protocol) errs.push(required(`${path}.protocol`))
  else if (!['SCTP', 'TCP', 'UDP'].includes(protocol)) errs.push(notSupported(`${path}.protocol`, protocol, ['SCTP', 'TCP', 'UDP']))
  const target = port.targetPort
  if (typeof target === 'string') errs.push(...isValidPortName(target).map((m) => invalid(`${path}.targetPort`, target, m)))
  else errs.push(...isValidPortNum(asNum(target)).map((m) => invalid(`${path}.targetPort`, asNum(target), m)))
  if (isSet(port.appProtocol)) {
    errs.push(...isQualifiedName(asStr(port.appProtocol)).map((m) => invalid(`${path}.appProtocol`, asStr(port.appProtocol), m)))
  }
  return errs
}

function validateClusterIPs(spec: Obj): FieldError[] {
  if (spec.type === 'ExternalName') return []
  const errs: FieldError[] = []
  const clusterIP = asStr(spec.clusterIP)
  const ips = asArr(spec.clusterIPs).map(asStr)
  const shown = { goSyntax: goStringSlice(ips) }
  if (clusterIP) {
    if (ips.length === 0) errs.push(required('spec.clusterIPs'))
    else if (ips[0] !== clusterIP) errs.push(invalid('spec.clusterIPs', shown, 'first value must match `clusterIP`'))
  } else if (ips.length > 0) errs.push(invalid('spec.clusterIPs', shown, 'must be empty when `clusterIP` is not specified'))
  asArr(spec.ipFamilies).map(asStr).forEach((family, i, all) => {
    if (family !== 'IPv4' && family !== 'IPv6') errs.push(notSupported(`spec.ipFamilies[${i}]`, family, ['IPv4', 'IPv6']))
    if (all.indexOf(family) < i) errs.push(duplicate(`spec.ipFamilies[${i}]`, family))
  })
  if (isSet(spec.ipFamilyPolicy) && !['PreferDualStack', 'RequireDualStack', 'SingleStack'].includes(asStr(spec.ipFamilyPolicy))) {
    errs.push(notSupported('spec.ipFamilyPolicy', asStr(spec.ipFamilyPolicy), ['PreferDualStack', 'RequireDualStack', 'SingleStack']))
  }
  ips.forEach((ip, i) => {
    if (i === 0 && ip === 'None') {
      if (ips.length > 1) errs.push(invalid('spec.clusterIPs', shown, "'None' must be the first and only value"))
      return
    }
    if (!isIP(ip)) errs.push(invalid(`spec.clusterIPs[${i}]`, ip, 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)'))
  })
  if (ips.length > 2) errs.push(invalid('spec.clusterIPs', shown, 'may only hold up to 2 values'))
  return errs
}

function validateTypeRules(spec: Obj): FieldError[] {
  const errs: FieldError[] = []
  const type = asStr(spec.type)
  const ips = asArr(spec.clusterIPs).map(asStr)
  if ((type === 'LoadBalancer' || type === 'NodePort') && isHeadless(spec)) {
    errs.push(invalid('spec.clusterIPs[0]', ips[0], `may not be set to 'None' for ${type} services`))
  }
  if (type === 'ExternalName') {
    if (ips.length > 0) errs.push(forbidden('spec.clusterIPs', 'may not be set for ExternalName services'))
    if (asArr(spec.ipFamilies).length > 0) errs.push(forbidden('spec.ipFamilies', 'may not be set for ExternalName services'))
    if (isSet(spec.ipFamilyPolicy)) errs.push(forbidden('spec.ipFamilyPolicy', 'may not be set for ExternalName services'))
    const cname = asStr(spec.externalName).replace(/\.$/, '')
    if (cname) errs.push(...isDNS1123Subdomain(cname).map((m) => invalid('spec.externalName', cname, m)))
    else errs.push(required('spec.externalName'))
  }
  return errs
}

/** ValidateService, in upstream order (the parts that apply without load balancers). */
export function validateService(svc: Obj): FieldError[] {
  const spec = asObj(svc.spec)
  const errs = validateObjectMeta(asObj(svc.metadata), true, nameIsDNS1035Label)
  const ports = asArr(spec.ports).map(asObj)
  if (ports.length === 0 && !isHeadless(spec) && spec.type !== 'ExternalName') errs.push(required('spec.ports'))
  errs.push(...validateTypeRules(spec))
  const names = new Set<string>()
  ports.forEach((p, i) => errs.push(...validateServicePort(p, ports.length > 1, names, `spec.ports[${i}]`)))
  if (isSet(spec.selector)) errs.push(...validateLabels(spec.selector, 'spec.selector'))
  const affinity = asStr(spec.sessionAffinity)
  if (!affinity) errs.push(required('spec.sessionAffinity'))
  else if (affinity !== 'ClientIP' && affinity !== 'None') errs.push(notSupported('spec.sessionAffinity', affinity, ['ClientIP', 'None']))
  if (affinity === 'None' && isSet(spec.sessionAffinityConfig)) {
    errs.push(forbidden('spec.sessionAffinityConfig', 'must not be set when session affinity is None'))
  }
  errs.push(...validateClusterIPs(spec))
  const type = asStr(spec.type)
  if (!type) errs.push(required('spec.type'))
  else if (!['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort'].includes(type)) {
    errs.push(notSupported('spec.type', type, ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort']))
  }
  if (type === 'ClusterIP') {
    ports.forEach((p, i) => {
      if (asNum(p.nodePort)) errs.push(forbidden(`spec.ports[${i}].nodePort`, "may not be used when `type` is 'ClusterIP'"))
    })
  }
  const seen = new Set<string>()
  ports.forEach((p, i) => {
    const key = `${asStr(p.protocol)}/${asNum(p.port)}`
    if (seen.has(key)) errs.push(duplicate(`spec.ports[${i}]`, { goSyntax: goServicePort(p) }))
    seen.add(key)
  })
  const itp = spec.internalTrafficPolicy
  if (!isSet(itp) && ['NodePort', 'LoadBalancer', 'ClusterIP'].includes(type)) errs.push(required('spec.internalTrafficPolicy'))
  if (isSet(itp) && !['Cluster', 'Local'].includes(asStr(itp))) errs.push(notSupported('spec.internalTrafficPolicy', asStr(itp), ['Cluster', 'Local']))
  return errs
}

/** ValidateServiceUpdate: the primary clusterIP may not change (e.g. to `None`). */
export function validateServiceUpdate(svc: Obj, old: Obj): FieldError[] {
  const errs = validateObjectMetaUpdate(asObj(svc.metadata), asObj(old.metadata))
  const spec = asObj(svc.spec)
  const oldSpec = asObj(old.spec)
  const ips = asArr(spec.clusterIPs).map(asStr)
  const oldIPs = asArr(oldSpec.clusterIPs).map(asStr)
  const external = spec.type === 'ExternalName' || oldSpec.type === 'ExternalName'
  if (!external && !(isHeadless(spec) && isHeadless(oldSpec))) {
    const shown = { goSyntax: goStringSlice(ips) }
    if (oldIPs.length === ips.length) {
      oldIPs.forEach((ip, i) => {
        if (ip !== ips[i]) errs.push(invalid(`spec.clusterIPs[${i}]`, shown, 'may not change once set'))
      })
    } else if (oldIPs.length > ips.length) {
      if (ips.length === 0) errs.push(invalid('spec.clusterIPs[0]', shown, 'primary clusterIP can not be unset'))
      if (oldIPs.length > 0 && ips.length > 0 && ips[0] !== oldIPs[0]) errs.push(invalid('spec.clusterIPs[0]', shown, 'may not change once set'))
    } else if (oldIPs.length > 0 && ips[0] !== oldIPs[0]) errs.push(invalid('spec.clusterIPs[0]', shown, 'may not change once set'))
  }
  return [...errs, ...validateService(svc)]
}
