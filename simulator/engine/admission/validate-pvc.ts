// PersistentVolumeClaim validation on create and update (spec immutable except
// resources.requests of bound claims; storage may not shrink).
// Mirrors ValidatePersistentVolumeClaim, ValidatePersistentVolumeClaimSpec and
// ValidatePersistentVolumeClaimUpdate in kubernetes/kubernetes pkg/apis/core/validation/validation.go
// (1.31; VolumeAttributesClass and RecoverVolumeExpansionFailure gates off).
import { cmpDiff } from './go-cmp-diff'
import { forbidden, invalid, notSupported, required, type FieldError } from './field-errors'
import { nameIsDNSSubdomain } from './name-rules'
import { compareQuantities, parseQuantity, quantityToString } from './quantity'
import { semanticEqual } from './semantic-equal'
import { validateResourceQuantityValue } from './validate-resources'
import { asArr, asObj, asStr, isSet, validateLabelSelector, validateObjectMeta, validateObjectMetaUpdate, type Obj } from './validate-meta'

const accessModes = ['ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOnce', 'ReadWriteOncePod']

/** Access-mode checks shared with PersistentVolume specs. */
export function validateAccessModes(modes: unknown, path: string): FieldError[] {
  const errs: FieldError[] = []
  let rwop = false
  let other = false
  for (const mode of asArr(modes).map(asStr)) {
    if (!accessModes.includes(mode)) errs.push(notSupported(path, mode, accessModes))
    if (mode === 'ReadWriteOncePod') rwop = true
    else if (accessModes.includes(mode)) other = true
  }
  if (rwop && other) errs.push(forbidden(path, 'may not use ReadWriteOncePod with other access modes'))
  return errs
}

function validateStorageRequest(spec: Obj, path: string): FieldError[] {
  const requests = asObj(asObj(spec.resources).requests)
  const keyPath = `${path}.resources[storage]`
  if (!('storage' in requests)) return [required(keyPath)]
  const parsed = parseQuantity(asStr(requests.storage) || '0')
  const q = parsed.ok ? parsed.quantity : { unscaled: 0n, exp: 0, format: 'DecimalSI' as const }
  if (q.unscaled <= 0n) return [invalid(keyPath, quantityToString(q), 'must be greater than zero')]
  return validateResourceQuantityValue('storage', q, keyPath)
}

function validateDataSource(source: unknown, path: string): FieldError[] {
  if (!isSet(source)) return []
  const s = asObj(source)
  const errs: FieldError[] = []
  if (!asStr(s.name)) errs.push(required(`${path}.name`))
  if (!asStr(s.kind)) errs.push(required(`${path}.kind`))
  const group = asStr(s.apiGroup)
  if (!group && asStr(s.kind) !== 'PersistentVolumeClaim') {
    errs.push(invalid(path, asStr(s.kind), "must be 'PersistentVolumeClaim' when referencing the default apiGroup"))
  }
  return errs
}

/** ValidatePersistentVolumeClaimSpec at `path` (`spec`, or `spec.volumeClaimTemplates[0].spec`). */
export function validatePersistentVolumeClaimSpec(spec: Obj, path = 'spec'): FieldError[] {
  const errs: FieldError[] = []
  if (asArr(spec.accessModes).length === 0) errs.push(required(`${path}.accessModes`, 'at least 1 access mode is required'))
  if (isSet(spec.selector)) errs.push(...validateLabelSelector(spec.selector, `${path}.selector`))
  errs.push(...validateAccessModes(spec.accessModes, `${path}.accessModes`))
  errs.push(...validateStorageRequest(spec, path))
  const className = asStr(spec.storageClassName)
  if (className) errs.push(...nameIsDNSSubdomain(className, false).map((m) => invalid(`${path}.storageClassName`, className, m)))
  if (isSet(spec.volumeMode) && !['Block', 'Filesystem'].includes(asStr(spec.volumeMode))) {
    errs.push(notSupported(`${path}.volumeMode`, asStr(spec.volumeMode), ['Block', 'Filesystem']))
  }
  errs.push(...validateDataSource(spec.dataSource, `${path}.dataSource`))
  errs.push(...validateDataSource(spec.dataSourceRef, `${path}.dataSourceRef`))
  return errs
}

export function validatePersistentVolumeClaim(pvc: Obj): FieldError[] {
  return [...validateObjectMeta(asObj(pvc.metadata), true, nameIsDNSSubdomain), ...validatePersistentVolumeClaimSpec(asObj(pvc.spec))]
}

export const pvcSpecForbidden = 'spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims'

function storageOf(spec: Obj): string {
  return asStr(asObj(asObj(spec.resources).requests).storage) || '0'
}

/** ValidatePersistentVolumeClaimUpdate; `pvc.status` is already the stored status (updates cannot set it). */
export function validatePersistentVolumeClaimUpdate(pvc: Obj, old: Obj): FieldError[] {
  const errs = validateObjectMetaUpdate(asObj(pvc.metadata), asObj(old.metadata))
  errs.push(...validatePersistentVolumeClaim(pvc))
  const spec = { ...asObj(pvc.spec) }
  const oldSpec = { ...asObj(old.spec) }
  if (!asStr(oldSpec.volumeName)) oldSpec.volumeName = spec.volumeName
  if (!isSet(oldSpec.storageClassName) && isSet(spec.storageClassName)) spec.storageClassName = oldSpec.storageClassName
  if (asStr(asObj(pvc.status).phase) === 'Bound' && isSet(asObj(spec.resources).requests)) {
    const resources = asObj(spec.resources)
    spec.resources = { ...resources, requests: { ...asObj(resources.requests), storage: asObj(asObj(oldSpec.resources).requests).storage } }
  }
  if (!semanticEqual('core.PersistentVolumeClaimSpec', spec, oldSpec)) {
    errs.push(forbidden('spec', `${pvcSpecForbidden}\n${cmpDiff('core.PersistentVolumeClaimSpec', oldSpec, spec)}`))
  }
  const newSize = parseQuantity(storageOf(asObj(pvc.spec)))
  const oldSize = parseQuantity(storageOf(asObj(old.spec)))
  if (newSize.ok && oldSize.ok && compareQuantities(newSize.quantity, oldSize.quantity) < 0) {
    errs.push(forbidden('spec.resources.requests.storage', 'field can not be less than previous value'))
  }
  if (asStr(asObj(pvc.spec).volumeMode) !== asStr(asObj(old.spec).volumeMode)) {
    errs.push(invalid('volumeMode', asStr(asObj(pvc.spec).volumeMode), 'field is immutable'))
  }
  return errs
}
