// Wire schema (json names, Go types, omitempty) of StatefulSet, ControllerRevision and PodDisruptionBudget.
// Mirrors kubernetes/api apps/v1/types.go and policy/v1/types.go (v0.31.0); field order is Go struct order.
import type { SchemaTable } from './schema'

/** Structs: one line per field, `name? type` when the json tag has omitempty, `...type` for an inline embed. */
export const appsSchema: SchemaTable = {
  structs: {
    'apps.StatefulSet': `
      ...meta.TypeMeta
      metadata? meta.ObjectMeta
      spec? apps.StatefulSetSpec
      status? apps.StatefulSetStatus`,
    'apps.StatefulSetSpec': `
      replicas? *int32
      selector *meta.LabelSelector
      template core.PodTemplateSpec
      volumeClaimTemplates? []core.PersistentVolumeClaim
      serviceName string
      podManagementPolicy? apps.PodManagementPolicyType
      updateStrategy? apps.StatefulSetUpdateStrategy
      revisionHistoryLimit? *int32
      minReadySeconds? int32
      persistentVolumeClaimRetentionPolicy? *apps.StatefulSetPersistentVolumeClaimRetentionPolicy
      ordinals? *apps.StatefulSetOrdinals`,
    'apps.StatefulSetUpdateStrategy': `
      type? apps.StatefulSetUpdateStrategyType
      rollingUpdate? *apps.RollingUpdateStatefulSetStrategy`,
    'apps.RollingUpdateStatefulSetStrategy': `
      partition? *int32
      maxUnavailable? *intstr.IntOrString`,
    'apps.StatefulSetPersistentVolumeClaimRetentionPolicy': `
      whenDeleted? apps.PersistentVolumeClaimRetentionPolicyType
      whenScaled? apps.PersistentVolumeClaimRetentionPolicyType`,
    'apps.StatefulSetOrdinals': `
      start int32`,
    'apps.StatefulSetStatus': `
      observedGeneration? int64
      replicas int32
      readyReplicas? int32
      currentReplicas? int32
      updatedReplicas? int32
      currentRevision? string
      updateRevision? string
      collisionCount? *int32
      conditions? []apps.StatefulSetCondition
      availableReplicas int32`,
    'apps.StatefulSetCondition': `
      type apps.StatefulSetConditionType
      status core.ConditionStatus
      lastTransitionTime? meta.Time
      reason? string
      message? string`,
    'apps.ControllerRevision': `
      ...meta.TypeMeta
      metadata? meta.ObjectMeta
      data? runtime.RawExtension
      revision int64`,
    'policy.PodDisruptionBudget': `
      ...meta.TypeMeta
      metadata? meta.ObjectMeta
      spec? policy.PodDisruptionBudgetSpec
      status? policy.PodDisruptionBudgetStatus`,
    'policy.PodDisruptionBudgetSpec': `
      minAvailable? *intstr.IntOrString
      selector? *meta.LabelSelector
      maxUnavailable? *intstr.IntOrString
      unhealthyPodEvictionPolicy? *policy.UnhealthyPodEvictionPolicyType`,
    'policy.PodDisruptionBudgetStatus': `
      observedGeneration? int64
      disruptedPods? map[string]meta.Time
      disruptionsAllowed int32
      currentHealthy int32
      desiredHealthy int32
      expectedPods int32
      conditions? []meta.Condition`,
  },
  named: {
    'apps.PersistentVolumeClaimRetentionPolicyType': 'string',
    'apps.PodManagementPolicyType': 'string',
    'apps.StatefulSetConditionType': 'string',
    'apps.StatefulSetUpdateStrategyType': 'string',
    'policy.UnhealthyPodEvictionPolicyType': 'string',
  },
}
