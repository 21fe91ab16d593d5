// ObjectMeta, label, annotation and label-selector validation.
// Mirrors kubernetes/apimachinery pkg/api/validation/objectmeta.go and
// pkg/apis/meta/v1/validation/validation.go (1.31), plus validateKubeFinalizerName from
// kubernetes/kubernetes pkg/apis/core/validation/validation.go.
// Go walks label maps in random order; here keys are taken in sorted order.
import { forbidden, invalid, required, tooLong, type FieldError } from './field-errors'
import { compareGoStrings, goStringMap, goStringSlice } from './go-format'
import { byteLength, isQualifiedName, isValidLabelValue, nameIsDNSLabel, type NameFn } from './name-rules'

export type Obj = Record<string, unknown>

export const asObj = (v: unknown): Obj => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : {})
export const asStr = (v: unknown): string => (typeof v === 'string' ? v : '')
export const asNum = (v: unknown): number => (typeof v === 'number' ? v : 0)
export const asArr = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])
export const isSet = (v: unknown): boolean => v !== undefined && v !== null
const sortedKeys = (m: Obj) => Object.keys(m).sort(compareGoStrings)

export function validateNonnegative(value: number, path: string): FieldError[] {
  return value < 0 ? [invalid(path, value, 'must be greater than or equal to 0')] : []
}

export function validateLabelName(name: string, path: string): FieldError[] {
  return isQualifiedName(name).map((msg) => invalid(path, name, msg))
}

export function validateLabels(labels: unknown, path: string): FieldError[] {
  const errs: FieldError[] = []
  const m = asObj(labels)
  for (const key of sortedKeys(m)) {
    errs.push(...validateLabelName(key, path))
    for (const msg of isValidLabelValue(asStr(m[key]))) errs.push(invalid(path, asStr(m[key]), msg))
  }
  return errs
}

export function validateAnnotations(annotations: unknown, path: string): FieldError[] {
  const errs: FieldError[] = []
  const m = asObj(annotations)
  let total = 0
  for (const key of sortedKeys(m)) {
    for (const msg of isQualifiedName(key.toLowerCase())) errs.push(invalid(path, key, msg))
    total += byteLength(key) + byteLength(asStr(m[key]))
  }
  if (total > 256 * 1024) errs.push(tooLong(path, 256 * 1024))
  return errs
}

/** %#v of a *metav1.LabelSelector after the pointer is followed. */
export function goLabelSelector(selector: Obj): string {
  const labels = isSet(selector.matchLabels) ? goStringMap(asObj(selector.matchLabels)) : 'map[string]string(nil)'
  const exprs = asArr(selector.matchExpressions).map((e) => {
    const r = asObj(e)
    const values = isSet(r.values) ? goStringSlice(asArr(r.values).map(asStr)) : '[]string(nil)'
    return `v1.LabelSelectorRequirement{Key:"${asStr(r.key)}", Operator:"${asStr(r.operator)}", Values:${values}}`
  })
  const expressions = isSet(selector.matchExpressions) ? `[]v1.LabelSelectorRequirement{${exprs.join(', ')}}` : '[]v1.LabelSelectorRequirement(nil)'
  return `v1.LabelSelector{MatchLabels:${labels}, MatchExpressions:${expressions}}`
}

export function validateLabelSelector(selector: unknown, path: string): FieldError[] {
  if (!isSet(selector)) return []
  const s = asObj(selector)
  const errs = validateLabels(s.matchLabels, `${path}.matchLabels`)
  asArr(s.matchExpressions).forEach((e, i) => errs.push(...validateRequirement(asObj(e), `${path}.matchExpressions[${i}]`)))
  return errs
}

function validateRequirement(r: Obj, path: string): FieldError[] {
  const errs: FieldError[] = []
  const values = asArr(r.values)
  const operator = asStr(r.operator)
  if (operator === 'In' || operator === 'NotIn') {
    if (values.length === 0) errs.push(required(`${path}.values`, "must be specified when `operator` is 'In' or 'NotIn'"))
  } else if (operator === 'Exists' || operator === 'DoesNotExist') {
    if (values.length > 0) errs.push(forbidden(`${path}.values`, "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"))
  } else errs.push(invalid(`${path}.operator`, operator, 'not a valid selector operator'))
  errs.push(...validateLabelName(asStr(r.key), `${path}.key`))
  values.forEach((v, i) => {
    for (const msg of isValidLabelValue(asStr(v))) errs.push(invalid(`${path}.values[${i}]`, asStr(v), msg))
  })
  return errs
}

/** Whether a label selector (matchLabels + matchExpressions) selects `labels`; invalid selectors match nothing. */
export function selectorMatches(selector: Obj, labels: Obj): boolean {
  for (const [k, v] of Object.entries(asObj(selector.matchLabels))) if (labels[k] !== v) return false
  for (const e of asArr(selector.matchExpressions).map(asObj)) {
    const key = asStr(e.key)
    const has = Object.prototype.hasOwnProperty.call(labels, key)
    const values = asArr(e.values).map(asStr)
    const op = asStr(e.operator)
    if (op === 'In' && !(has && values.includes(asStr(labels[key])))) return false
    if (op === 'NotIn' && has && values.includes(asStr(labels[key]))) return false
    if (op === 'Exists' && !has) return false
    if (op === 'DoesNotExist' && has) return false
  }
  return true
}

function validateOwnerReferences(refs: unknown, path: string): FieldError[] {
  const errs: FieldError[] = []
  let firstController = ''
  for (const ref of asArr(refs).map(asObj)) {
    const apiVersion = asStr(ref.apiVersion)
    const version = apiVersion.includes('/') ? apiVersion.split('/')[1] : apiVersion
    if (!version) errs.push(invalid(`${path}.apiVersion`, apiVersion, 'version must not be empty'))
    if (!asStr(ref.kind)) errs.push(invalid(`${path}.kind`, asStr(ref.kind), 'kind must not be empty'))
    if (!asStr(ref.name)) errs.push(invalid(`${path}.name`, asStr(ref.name), 'name must not be empty'))
    if (!asStr(ref.uid)) errs.push(invalid(`${path}.uid`, asStr(ref.uid), 'uid must not be empty'))
    if (ref.controller === true) {
      const current = `${asStr(ref.kind)}/${asStr(ref.name)}`
      if (firstController) {
        const message = `Only one reference can have Controller set to true. Found "true" in references for ${firstController} and ${current}`
        errs.push(invalid(path, { goSyntax: '[]v1.OwnerReference{...}' }, message))
      } else firstController = current
    }
  }
  return errs
}

function validateFinalizers(finalizers: unknown, path: string): FieldError[] {
  const errs: FieldError[] = []
  const list = asArr(finalizers).map(asStr)
  for (const f of list) errs.push(...isQualifiedName(f).map((m) => invalid(path, f, m)))
  if (list.includes('orphan') && list.includes('foregroundDeletion')) {
    errs.push(invalid(path, { goSyntax: goStringSlice(list) }, 'finalizer orphan and foregroundDeletion cannot be both set'))
  }
  return errs
}

function validateKubeFinalizerNames(finalizers: unknown, path: string): FieldError[] {
  return asArr(finalizers)
    .map(asStr)
    .flatMap((f, i) =>
      !f.includes('/') && !['kubernetes', 'orphan', 'foregroundDeletion'].includes(f)
        ? [invalid(`${path}[${i}]`, f, 'name is neither a standard finalizer name nor is it fully qualified')]
        : [],
    )
}

/** ValidateObjectMeta (core flavour): name via `nameFn`, namespace required or forbidden, labels, annotations, owners, finalizers. */
export function validateObjectMeta(meta: Obj, requiresNamespace: boolean, nameFn: NameFn, path = 'metadata'): FieldError[] {
  const errs: FieldError[] = []
  const generateName = asStr(meta.generateName)
  if (generateName) errs.push(...nameFn(generateName, true).map((m) => invalid(`${path}.generateName`, generateName, m)))
  const name = asStr(meta.name)
  if (!name) errs.push(required(`${path}.name`, 'name or generateName is required'))
  else errs.push(...nameFn(name, false).map((m) => invalid(`${path}.name`, name, m)))
  const namespace = asStr(meta.namespace)
  if (requiresNamespace) {
    if (!namespace) errs.push(required(`${path}.namespace`))
    else errs.push(...nameIsDNSLabel(namespace, false).map((m) => invalid(`${path}.namespace`, namespace, m)))
  } else if (namespace) errs.push(forbidden(`${path}.namespace`, 'not allowed on this type'))
  errs.push(...validateNonnegative(asNum(meta.generation), `${path}.generation`))
  errs.push(...validateLabels(meta.labels, `${path}.labels`))
  errs.push(...validateAnnotations(meta.annotations, `${path}.annotations`))
  errs.push(...validateOwnerReferences(meta.ownerReferences, `${path}.ownerReferences`))
  errs.push(...validateFinalizers(meta.finalizers, `${path}.finalizers`))
  errs.push(...validateKubeFinalizerNames(meta.finalizers, `${path}.finalizers`))
  return errs
}

/** ValidateObjectMetaUpdate: identity fields immutable, labels and annotations re-checked. */
export function validateObjectMetaUpdate(meta: Obj, old: Obj, path = 'metadata'): FieldError[] {
  const errs: FieldError[] = []
  if (isSet(old.deletionTimestamp)) {
    const extra = asArr(meta.finalizers).map(asStr).filter((f) => !asArr(old.finalizers).includes(f))
    if (extra.length > 0) {
      const list = [...new Set(extra)].sort(compareGoStrings)
      errs.push(forbidden(`${path}.finalizers`, `no new finalizers can be added if the object is being deleted, found new finalizers ${goStringSlice(list)}`))
    }
  }
  if (!asStr(meta.resourceVersion)) errs.push(invalid(`${path}.resourceVersion`, '', 'must be specified for an update'))
  if (asNum(meta.generation) < asNum(old.generation)) errs.push(invalid(`${path}.generation`, asNum(meta.generation), 'must not be decremented'))
  for (const key of ['name', 'namespace', 'uid']) {
    if (asStr(meta[key]) !== asStr(old[key])) errs.push(invalid(`${path}.${key}`, asStr(meta[key]), 'field is immutable'))
  }
  errs.push(...validateLabels(meta.labels, `${path}.labels`))
  errs.push(...validateAnnotations(meta.annotations, `${path}.annotations`))
  errs.push(...validateOwnerReferences(meta.ownerReferences, `${path}.ownerReferences`))
  errs.push(...validateKubeFinalizerNames(meta.finalizers, `${path}.finalizers`))
  return errs
}
