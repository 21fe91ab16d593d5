// Validation dispatch: the strategy.Validate / ValidateUpdate of each kind, returning field
// errors in upstream order. An empty list means valid. `validatePod` is also what the
// StatefulSet controller's pod creation goes through (via admitCreate).
import type { FieldError } from './field-errors'
import {
  validateConfigMap,
  validateControllerRevision,
  validateImmutableData,
  validateMetadataOnly,
  validateNamespace,
  validatePodDisruptionBudget,
  validateSecret,
} from './validate-cluster'
import { validateObjectMetaUpdate, type Obj } from './validate-meta'
import { validatePod, validatePodUpdate } from './validate-pod'
import { validatePersistentVolumeClaim, validatePersistentVolumeClaimUpdate } from './validate-pvc'
import { validateService, validateServiceUpdate } from './validate-service'
import { validateStatefulSet, validateStatefulSetUpdate } from './validate-statefulset'
import { validatePersistentVolume, validatePersistentVolumeUpdate, validateStorageClass, validateStorageClassUpdate } from './validate-storage'

export { validatePod, validatePodSpec } from './validate-pod'
export { validateStatefulSet } from './validate-statefulset'
export { validatePersistentVolumeClaim } from './validate-pvc'

const onCreate: Record<string, (obj: Obj) => FieldError[]> = {
  StatefulSet: validateStatefulSet,
  Pod: validatePod,
  PersistentVolumeClaim: validatePersistentVolumeClaim,
  PersistentVolume: validatePersistentVolume,
  StorageClass: validateStorageClass,
  Service: validateService,
  Namespace: validateNamespace,
  ConfigMap: validateConfigMap,
  Secret: validateSecret,
  ControllerRevision: validateControllerRevision,
  PodDisruptionBudget: validatePodDisruptionBudget,
  Node: (o) => validateMetadataOnly(o, false),
  Endpoints: (o) => validateMetadataOnly(o, true),
  EndpointSlice: (o) => validateMetadataOnly(o, true),
  Event: (o) => validateMetadataOnly(o, true),
}

const onUpdate: Record<string, (obj: Obj, old: Obj) => FieldError[]> = {
  StatefulSet: validateStatefulSetUpdate,
  Pod: validatePodUpdate,
  PersistentVolumeClaim: validatePersistentVolumeClaimUpdate,
  PersistentVolume: validatePersistentVolumeUpdate,
  StorageClass: validateStorageClassUpdate,
  Service: validateServiceUpdate,
  ConfigMap: (o, old) => [...validateImmutableData(o, old, ['data', 'binaryData']), ...validateConfigMap(o)],
  Secret: (o, old) => [...validateImmutableData(o, old, ['data']), ...validateSecret(o)],
}

/** Field errors for creating `obj` (already decoded and defaulted) of `kind`. */
export function validateCreate(kind: string, obj: Obj): FieldError[] {
  return onCreate[kind]?.(obj) ?? []
}

/** Field errors for replacing `old` by `obj`; kinds without update rules re-run create validation. */
export function validateUpdate(kind: string, obj: Obj, old: Obj): FieldError[] {
  const update = onUpdate[kind]
  if (update) return update(obj, old)
  const meta = (o: Obj) => (typeof o.metadata === 'object' && o.metadata !== null ? (o.metadata as Obj) : {})
  return [...validateObjectMetaUpdate(meta(obj), meta(old)), ...validateCreate(kind, obj)]
}
