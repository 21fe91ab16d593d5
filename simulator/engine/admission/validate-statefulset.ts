// StatefulSet validation on create and update. As in 1.31, the pod template's PodSpec is not
// validated here (only its labels and annotations); pods are validated when the controller
// creates them. Mirrors kubernetes/kubernetes pkg/apis/apps/validation/validation.go
// (ValidateStatefulSet, ValidateStatefulSetSpec, validateRollingUpdateStatefulSet,
// ValidatePositiveIntOrPercent, IsNotMoreThan100Percent, ValidateStatefulSetUpdate).
import { forbidden, invalid, notSupported, required, type FieldError } from './field-errors'
import { goIntOrString, goPointer, goStringMap } from './go-format'
import { isQualifiedName, isValidLabelValue, isValidPercent, nameIsDNSLabel } from './name-rules'
import { semanticEqual } from './semantic-equal'
import {
  asArr,
  asNum,
  asObj,
  asStr,
  goLabelSelector,
  isSet,
  selectorMatches,
  validateAnnotations,
  validateLabels,
  validateLabelSelector,
  validateNonnegative,
  validateObjectMeta,
  validateObjectMetaUpdate,
  type Obj,
} from './validate-meta'

/** getPercentValue: the number of a valid percent string (`25%` → 25), else undefined. */
function percentValue(value: number | string): number | undefined {
  return typeof value === 'string' && isValidPercent(value).length === 0 ? Number(value.slice(0, -1)) : undefined
}

/** getIntOrPercentValue: the percent, the int, or IntValue's strconv.Atoi of the string (0 when that fails). */
function intOrPercentValue(value: number | string): number {
  if (typeof value === 'number') return value
  return percentValue(value) ?? (/^[+-]?[0-9]+$/.test(value) ? Number(value) : 0)
}

/**
 * validateRollingUpdateStatefulSet: partition not negative; maxUnavailable (when set) a
 * non-negative int or a percent string, not 0, and not over 100%. Runs whatever the
 * MaxUnavailableStatefulSet gate says: with the gate off the field was dropped before validation.
 */
function validateRollingUpdate(rolling: Obj): FieldError[] {
  const path = 'spec.updateStrategy.rollingUpdate'
  const errs = validateNonnegative(asNum(rolling.partition), `${path}.partition`)
  const max = rolling.maxUnavailable
  if (typeof max !== 'number' && typeof max !== 'string') return errs
  const field = `${path}.maxUnavailable`
  const shown = { goSyntax: goIntOrString(max) }
  if (typeof max === 'string') errs.push(...isValidPercent(max).map((msg) => invalid(field, shown, msg)))
  else errs.push(...validateNonnegative(max, field))
  if (intOrPercentValue(max) === 0) errs.push(invalid(field, shown, 'cannot be 0'))
  if ((percentValue(max) ?? 0) > 100) errs.push(invalid(field, shown, 'must not be greater than 100%'))
  return errs
}

function validateUpdateStrategy(spec: Obj): FieldError[] {
  const strategy = asObj(spec.updateStrategy)
  const type = asStr(strategy.type)
  const rolling = strategy.rollingUpdate
  if (type === '') return [required('spec.updateStrategy')]
  if (type === 'OnDelete') {
    if (!isSet(rolling)) return []
    const r = asObj(rolling)
    const value = `apps.RollingUpdateStatefulSetStrategy{Partition:${asNum(r.partition)}, MaxUnavailable:${goPointer('intstr.IntOrString', isSet(r.maxUnavailable))}}`
    return [invalid('spec.updateStrategy.rollingUpdate', { goSyntax: value }, "only allowed for updateStrategy 'RollingUpdate'")]
  }
  if (type === 'RollingUpdate') {
    return isSet(rolling) ? validateRollingUpdate(asObj(rolling)) : []
  }
  const value = `apps.StatefulSetUpdateStrategy{Type:"${type}", RollingUpdate:${goPointer('apps.RollingUpdateStatefulSetStrategy', isSet(rolling))}}`
  return [invalid('spec.updateStrategy', { goSyntax: value }, "must be 'RollingUpdate' or 'OnDelete'")]
}

function validateRetentionPolicy(spec: Obj): FieldError[] {
  if (!isSet(spec.persistentVolumeClaimRetentionPolicy)) return []
  const policy = asObj(spec.persistentVolumeClaimRetentionPolicy)
  return ['whenDeleted', 'whenScaled'].flatMap((key) => {
    const value = asStr(policy[key])
    return value === 'Retain' || value === 'Delete'
      ? []
      : [notSupported(`spec.persistentVolumeClaimRetentionPolicy.${key}`, value, ['Retain', 'Delete'])]
  })
}

/** Whether metav1.LabelSelectorAsSelector would fail (a requirement labels.NewRequirement rejects). */
function selectorConversionFails(selector: Obj): boolean {
  for (const [k, v] of Object.entries(asObj(selector.matchLabels))) {
    if (isQualifiedName(k).length > 0 || isValidLabelValue(asStr(v)).length > 0) return true
  }
  return asArr(selector.matchExpressions).some((e) => {
    const r = asObj(e)
    const values = asArr(r.values).map(asStr)
    const op = asStr(r.operator)
    if (!['In', 'NotIn', 'Exists', 'DoesNotExist'].includes(op)) return true
    if ((op === 'In' || op === 'NotIn') && values.length === 0) return true
    if ((op === 'Exists' || op === 'DoesNotExist') && values.length > 0) return true
    return isQualifiedName(asStr(r.key)).length > 0 || values.some((v) => isValidLabelValue(v).length > 0)
  })
}

function validateSelectorAndTemplate(spec: Obj): FieldError[] {
  const errs: FieldError[] = []
  const selector = spec.selector
  const s = asObj(selector)
  const template = asObj(spec.template)
  const meta = asObj(template.metadata)
  if (!isSet(selector)) errs.push(required('spec.selector'))
  else {
    errs.push(...validateLabelSelector(selector, 'spec.selector'))
    if (Object.keys(asObj(s.matchLabels)).length + asArr(s.matchExpressions).length === 0) {
      errs.push(invalid('spec.selector', { goSyntax: goLabelSelector(s) }, 'empty selector is invalid for statefulset'))
    }
  }
  if (isSet(selector) && selectorConversionFails(s)) {
    errs.push(invalid('spec.selector', { goSyntax: goLabelSelector(s) }, ''))
    return errs
  }
  const empty = isSet(selector) && Object.keys(asObj(s.matchLabels)).length + asArr(s.matchExpressions).length === 0
  if (!empty && (!isSet(selector) || !selectorMatches(s, asObj(meta.labels)))) {
    const labels = isSet(meta.labels) ? goStringMap(asObj(meta.labels)) : 'map[string]string(nil)'
    errs.push(invalid('spec.template.metadata.labels', { goSyntax: labels }, '`selector` does not match template `labels`'))
  }
  errs.push(...validateLabels(meta.labels, 'spec.template.labels'))
  errs.push(...validateAnnotations(meta.annotations, 'spec.template.annotations'))
  return errs
}

/** ValidateStatefulSetSpec, in upstream order. */
export function validateStatefulSetSpec(spec: Obj): FieldError[] {
  const errs: FieldError[] = []
  const policy = asStr(spec.podManagementPolicy)
  if (policy === '') errs.push(required('spec.podManagementPolicy'))
  else if (policy !== 'OrderedReady' && policy !== 'Parallel') {
    errs.push(invalid('spec.podManagementPolicy', policy, "must be 'OrderedReady' or 'Parallel'"))
  }
  errs.push(...validateUpdateStrategy(spec))
  errs.push(...validateRetentionPolicy(spec))
  errs.push(...validateNonnegative(asNum(spec.replicas), 'spec.replicas'))
  errs.push(...validateNonnegative(asNum(spec.minReadySeconds), 'spec.minReadySeconds'))
  if (isSet(spec.ordinals)) errs.push(...validateNonnegative(asNum(asObj(spec.ordinals).start), 'spec.ordinals.start'))
  errs.push(...validateSelectorAndTemplate(spec))
  const podSpec = asObj(asObj(spec.template).spec)
  const restartPolicy = asStr(podSpec.restartPolicy)
  if (restartPolicy !== 'Always') errs.push(notSupported('spec.template.spec.restartPolicy', restartPolicy, ['Always']))
  if (isSet(podSpec.activeDeadlineSeconds)) {
    errs.push(forbidden('spec.template.spec.activeDeadlineSeconds', 'activeDeadlineSeconds in StatefulSet is not Supported'))
  }
  return errs
}

export function validateStatefulSet(sts: Obj): FieldError[] {
  return [...validateObjectMeta(asObj(sts.metadata), true, nameIsDNSLabel), ...validateStatefulSetSpec(asObj(sts.spec))]
}

const mutableSpecFields = ['replicas', 'template', 'updateStrategy', 'minReadySeconds', 'ordinals', 'persistentVolumeClaimRetentionPolicy']

/** The Forbidden text of 1.31-1.33 (1.34 adds 'revisionHistoryLimit'). */
export const statefulSetSpecForbidden =
  "updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden"

/** ValidateStatefulSetUpdate: metadata update rules, the spec re-validated, then the immutable rest of the spec. */
export function validateStatefulSetUpdate(sts: Obj, old: Obj): FieldError[] {
  const errs = validateObjectMetaUpdate(asObj(sts.metadata), asObj(old.metadata))
  errs.push(...validateStatefulSetSpec(asObj(sts.spec)))
  const strip = (spec: Obj) => Object.fromEntries(Object.entries(spec).filter(([k]) => !mutableSpecFields.includes(k)))
  if (!semanticEqual('apps.StatefulSetSpec', strip(asObj(sts.spec)), strip(asObj(old.spec)))) {
    errs.push(forbidden('spec', statefulSetSpecForbidden))
  }
  return errs
}
