// Validation of the supporting kinds: Namespace, ConfigMap, Secret, Node, Endpoints,
// EndpointSlice, Event, ControllerRevision, PodDisruptionBudget. Mirrors the matching
// Validate* functions of kubernetes/kubernetes pkg/apis/{core,apps,policy,discovery}/validation
// (1.31), reduced to metadata, keys and the immutability rules.
import { forbidden, invalid, required, type FieldError } from './field-errors'
import { compareGoStrings } from './go-format'
import { isConfigMapKey, isValidPercent, nameIsDNSLabel, nameIsDNSSubdomain } from './name-rules'
import { asNum, asObj, asStr, isSet, validateLabelSelector, validateNonnegative, validateObjectMeta, type Obj } from './validate-meta'

function validateKeys(data: unknown, path: string): FieldError[] {
  const m = asObj(data)
  return Object.keys(m)
    .sort(compareGoStrings)
    .flatMap((key) => isConfigMapKey(key).map((msg) => invalid(`${path}[${key}]`, key, msg)))
}

export function validateNamespace(ns: Obj): FieldError[] {
  return validateObjectMeta(asObj(ns.metadata), false, nameIsDNSLabel)
}

export function validateConfigMap(cm: Obj): FieldError[] {
  const errs = validateObjectMeta(asObj(cm.metadata), true, nameIsDNSSubdomain)
  errs.push(...validateKeys(cm.data, 'data'))
  for (const key of Object.keys(asObj(cm.data)).sort(compareGoStrings)) {
    if (key in asObj(cm.binaryData)) errs.push(invalid(`data[${key}]`, key, 'duplicate of key present in binaryData'))
  }
  errs.push(...validateKeys(cm.binaryData, 'binaryData'))
  return errs
}

export function validateSecret(secret: Obj): FieldError[] {
  const errs = validateObjectMeta(asObj(secret.metadata), true, nameIsDNSSubdomain)
  errs.push(...validateKeys(secret.data, 'data'))
  const data = asObj(secret.data)
  const requireKeys = (...keys: string[]) => keys.filter((k) => !(k in data)).forEach((k) => errs.push(required(`data[${k}]`)))
  switch (asStr(secret.type)) {
    case 'kubernetes.io/tls':
      requireKeys('tls.crt', 'tls.key')
      break
    case 'kubernetes.io/dockerconfigjson':
      requireKeys('.dockerconfigjson')
      break
    case 'kubernetes.io/basic-auth':
      if (!('username' in data) && !('password' in data)) requireKeys('username', 'password')
      break
    case 'kubernetes.io/ssh-auth':
      if (!asStr(data['ssh-privatekey'])) errs.push(required('data[ssh-privatekey]'))
      break
  }
  return errs
}

/** ConfigMap and Secret updates: nothing may change once `immutable: true`. */
export function validateImmutableData(obj: Obj, old: Obj, keys: readonly string[]): FieldError[] {
  if (old.immutable !== true) return []
  const errs: FieldError[] = []
  if (obj.immutable !== true) errs.push(forbidden('immutable', 'field is immutable when `immutable` is set'))
  for (const key of keys) {
    if (JSON.stringify(obj[key] ?? null) !== JSON.stringify(old[key] ?? null)) errs.push(forbidden(key, 'field is immutable when `immutable` is set'))
  }
  return errs
}

export function validateControllerRevision(cr: Obj): FieldError[] {
  const errs = validateObjectMeta(asObj(cr.metadata), true, nameIsDNSSubdomain)
  if (!isSet(cr.data)) errs.push(required('data', 'data is mandatory'))
  errs.push(...validateNonnegative(asNum(cr.revision), 'revision'))
  return errs
}

function validateIntOrPercent(value: unknown, path: string): FieldError[] {
  if (!isSet(value)) return []
  if (typeof value === 'string') {
    return isValidPercent(value).map((m) => invalid(path, { goSyntax: `intstr.IntOrString{Type:1, IntVal:0, StrVal:"${value}"}` }, m))
  }
  return validateNonnegative(asNum(value), path)
}

export function validatePodDisruptionBudget(pdb: Obj): FieldError[] {
  const spec = asObj(pdb.spec)
  const errs = validateObjectMeta(asObj(pdb.metadata), true, nameIsDNSSubdomain)
  if (isSet(spec.minAvailable) && isSet(spec.maxUnavailable)) {
    errs.push(invalid('spec', { goSyntax: 'policy.PodDisruptionBudgetSpec{...}' }, 'minAvailable and maxUnavailable cannot be both set'))
  }
  errs.push(...validateIntOrPercent(spec.minAvailable, 'spec.minAvailable'))
  errs.push(...validateIntOrPercent(spec.maxUnavailable, 'spec.maxUnavailable'))
  errs.push(...validateLabelSelector(spec.selector, 'spec.selector'))
  return errs
}

/** Node, Endpoints, EndpointSlice and Event: metadata only. */
export function validateMetadataOnly(obj: Obj, namespaced: boolean): FieldError[] {
  return validateObjectMeta(asObj(obj.metadata), namespaced, nameIsDNSSubdomain)
}
