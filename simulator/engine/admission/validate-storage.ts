// PersistentVolume and StorageClass validation on create and update.
// Mirrors ValidatePersistentVolume(Spec|Update) in kubernetes/kubernetes
// pkg/apis/core/validation/validation.go and ValidateStorageClass(Update) in
// pkg/apis/storage/validation/validation.go (1.31).
import { cmpDiff } from './go-cmp-diff'
import { forbidden, invalid, notSupported, required, tooLong, type FieldError } from './field-errors'
import { compareGoStrings, goQuote } from './go-format'
import { isDNS1123Subdomain, isQualifiedName, nameIsDNSSubdomain } from './name-rules'
import { parseQuantity, quantityToString } from './quantity'
import { semanticEqual } from './semantic-equal'
import { structOf } from './schema'
import { validateAccessModes } from './validate-pvc'
import { asArr, asObj, asStr, isSet, validateObjectMeta, validateObjectMetaUpdate, type Obj } from './validate-meta'

const pvSourceOrder = [
  'hostPath', 'gcePersistentDisk', 'awsElasticBlockStore', 'glusterfs', 'flocker', 'nfs', 'rbd', 'quobyte', 'cephfs',
  'iscsi', 'cinder', 'fc', 'flexVolume', 'azureFile', 'vsphereVolume', 'photonPersistentDisk', 'portworxVolume',
  'azureDisk', 'scaleIO', 'local', 'storageos', 'csi',
]

function validateCapacity(spec: Obj): FieldError[] {
  const errs: FieldError[] = []
  const capacity = asObj(spec.capacity)
  const keys = Object.keys(capacity).sort(compareGoStrings)
  if (keys.length === 0) errs.push(required('spec.capacity'))
  if (!keys.includes('storage') || keys.length > 1) {
    const shown = `core.ResourceList{${keys.map((k) => `${goQuote(k)}:resource.Quantity{...}`).join(', ')}}`
    errs.push(notSupported('spec.capacity', { goSyntax: isSet(spec.capacity) ? shown : 'core.ResourceList(nil)' }, ['storage']))
  }
  for (const key of keys) {
    const parsed = parseQuantity(asStr(capacity[key]) || '0')
    if (!parsed.ok) continue
    if (parsed.quantity.unscaled < 0n) errs.push(invalid(`spec.capacity[${key}]`, Number(parsed.quantity.unscaled), 'must be a valid resource quantity'))
    if (parsed.quantity.unscaled <= 0n) errs.push(invalid(`spec.capacity[${key}]`, quantityToString(parsed.quantity), 'must be greater than zero'))
  }
  return errs
}

function validatePVSources(spec: Obj): FieldError[] {
  const errs: FieldError[] = []
  let count = 0
  for (const key of pvSourceOrder) {
    if (!isSet(spec[key])) continue
    if (count++ > 0) {
      errs.push(forbidden(`spec.${key}`, 'may not specify more than 1 volume type'))
      continue
    }
    const source = asObj(spec[key])
    const path = asStr(source.path)
    if ((key === 'hostPath' || key === 'local') && !path) errs.push(required(`spec.${key}.path`))
    else if ((key === 'hostPath' || key === 'local') && path.split('/').includes('..')) errs.push(invalid(`spec.${key}.path`, path, "must not contain '..'"))
    if (key === 'nfs') {
      if (!asStr(source.server)) errs.push(required('spec.nfs.server'))
      if (!path) errs.push(required('spec.nfs.path'))
      if (!path.startsWith('/')) errs.push(invalid('spec.nfs.path', path, 'must be an absolute path'))
    }
    if (key === 'local' && !isSet(spec.nodeAffinity)) errs.push(required('spec.nodeAffinity', 'Local volume requires node affinity'))
    if (key === 'csi') {
      const driver = asStr(source.driver)
      if (!driver) errs.push(required('spec.csi.driver'))
      errs.push(...isDNS1123Subdomain(driver.toLowerCase()).map((m) => invalid('spec.csi.driver', driver, m)))
      if (!asStr(source.volumeHandle)) errs.push(required('spec.csi.volumeHandle'))
    }
  }
  if (count === 0) errs.push(required('spec', 'must specify a volume type'))
  return errs
}

export function validatePersistentVolume(pv: Obj): FieldError[] {
  const spec = asObj(pv.spec)
  const errs = validateObjectMeta(asObj(pv.metadata), false, nameIsDNSSubdomain)
  if (asArr(spec.accessModes).length === 0) errs.push(required('spec.accessModes'))
  errs.push(...validateAccessModes(spec.accessModes, 'spec.accessModes'))
  errs.push(...validateCapacity(spec))
  const reclaim = asStr(spec.persistentVolumeReclaimPolicy)
  if (reclaim && !['Delete', 'Recycle', 'Retain'].includes(reclaim)) {
    errs.push(notSupported('spec.persistentVolumeReclaimPolicy', reclaim, ['Delete', 'Recycle', 'Retain']))
  }
  errs.push(...validatePVSources(spec))
  const className = asStr(spec.storageClassName)
  if (className) errs.push(...nameIsDNSSubdomain(className, false).map((m) => invalid('spec.storageClassName', className, m)))
  if (isSet(spec.volumeMode) && !['Block', 'Filesystem'].includes(asStr(spec.volumeMode))) {
    errs.push(notSupported('spec.volumeMode', asStr(spec.volumeMode), ['Block', 'Filesystem']))
  }
  return errs
}

/** The PersistentVolumeSource members of a PV spec (the part that is immutable). */
function sourceOf(spec: Obj): Obj {
  const keys = structOf('core.PersistentVolumeSource').fields.map((f) => f.json)
  return Object.fromEntries(keys.filter((k) => k in spec).map((k) => [k, spec[k]]))
}

export function validatePersistentVolumeUpdate(pv: Obj, old: Obj): FieldError[] {
  const errs = validatePersistentVolume(pv)
  const spec = asObj(pv.spec)
  const oldSpec = asObj(old.spec)
  if (!semanticEqual('core.PersistentVolumeSource', sourceOf(spec), sourceOf(oldSpec))) {
    const diff = cmpDiff('core.PersistentVolumeSource', sourceOf(oldSpec), sourceOf(spec))
    errs.push(forbidden('spec.persistentvolumesource', `spec.persistentvolumesource is immutable after creation\n${diff}`))
  }
  if (asStr(spec.volumeMode) !== asStr(oldSpec.volumeMode)) errs.push(invalid('volumeMode', asStr(spec.volumeMode), 'field is immutable'))
  return [...validateObjectMetaUpdate(asObj(pv.metadata), asObj(old.metadata)), ...errs]
}

export function validateStorageClass(sc: Obj): FieldError[] {
  const errs = validateObjectMeta(asObj(sc.metadata), false, nameIsDNSSubdomain)
  const provisioner = asStr(sc.provisioner)
  if (!provisioner) errs.push(required('provisioner'))
  else errs.push(...isQualifiedName(provisioner.toLowerCase()).map((m) => invalid('provisioner', provisioner, m)))
  const params = asObj(sc.parameters)
  if (Object.keys(params).length > 512) errs.push({ ...tooLong('parameters', 512), badValue: 'Provisioner Parameters exceeded max allowed' })
  else for (const key of Object.keys(params)) if (key.length < 1) errs.push(invalid('parameters', key, 'field can not be empty.'))
  const reclaim = asStr(sc.reclaimPolicy)
  if (reclaim && reclaim !== 'Delete' && reclaim !== 'Retain') errs.push(notSupported('reclaimPolicy', reclaim, ['Delete', 'Retain']))
  if (!isSet(sc.volumeBindingMode)) errs.push(required('volumeBindingMode'))
  else if (!['Immediate', 'WaitForFirstConsumer'].includes(asStr(sc.volumeBindingMode))) {
    errs.push(notSupported('volumeBindingMode', asStr(sc.volumeBindingMode), ['Immediate', 'WaitForFirstConsumer']))
  }
  return errs
}

/** ValidateStorageClassUpdate: parameters, provisioner, reclaimPolicy and volumeBindingMode are immutable. */
export function validateStorageClassUpdate(sc: Obj, old: Obj): FieldError[] {
  const errs = validateObjectMetaUpdate(asObj(sc.metadata), asObj(old.metadata))
  const params = (o: Obj) => JSON.stringify(Object.entries(asObj(o.parameters)).sort(([a], [b]) => compareGoStrings(a, b)))
  const nilness = (o: Obj) => isSet(o.parameters)
  if (params(sc) !== params(old) || nilness(sc) !== nilness(old)) errs.push(forbidden('parameters', 'updates to parameters are forbidden.'))
  if (asStr(sc.provisioner) !== asStr(old.provisioner)) errs.push(forbidden('provisioner', 'updates to provisioner are forbidden.'))
  if (asStr(sc.reclaimPolicy) !== asStr(old.reclaimPolicy)) errs.push(forbidden('reclaimPolicy', 'updates to reclaimPolicy are forbidden.'))
  if (asStr(sc.volumeBindingMode) !== asStr(old.volumeBindingMode)) {
    errs.push(invalid('volumeBindingMode', asStr(sc.volumeBindingMode), 'field is immutable'))
  }
  return errs
}
