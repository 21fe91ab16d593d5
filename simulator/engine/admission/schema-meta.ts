// Wire schema (json names, Go types, omitempty) of ObjectMeta, TypeMeta, LabelSelector, OwnerReference and friends.
// Mirrors kubernetes/apimachinery pkg/apis/meta/v1/types.go (kubernetes-1.31.0); field order is Go struct order.
import type { SchemaTable } from './schema'

/** Structs: one line per field, `name? type` when the json tag has omitempty, `...type` for an inline embed. */
export const metaSchema: SchemaTable = {
  structs: {
    'meta.TypeMeta': `
      kind? string
      apiVersion? string`,
    'meta.ObjectMeta': `
      name? string
      generateName? string
      namespace? string
      selfLink? string
      uid? types.UID
      resourceVersion? string
      generation? int64
      creationTimestamp? meta.Time
      deletionTimestamp? *meta.Time
      deletionGracePeriodSeconds? *int64
      labels? map[string]string
      annotations? map[string]string
      ownerReferences? []meta.OwnerReference
      finalizers? []string
      managedFields? []meta.ManagedFieldsEntry`,
    'meta.OwnerReference': `
      apiVersion string
      kind string
      name string
      uid types.UID
      controller? *bool
      blockOwnerDeletion? *bool`,
    'meta.ManagedFieldsEntry': `
      manager? string
      operation? meta.ManagedFieldsOperationType
      apiVersion? string
      time? *meta.Time
      fieldsType? string
      fieldsV1? *meta.FieldsV1
      subresource? string`,
    'meta.LabelSelector': `
      matchLabels? map[string]string
      matchExpressions? []meta.LabelSelectorRequirement`,
    'meta.LabelSelectorRequirement': `
      key string
      operator meta.LabelSelectorOperator
      values? []string`,
    'meta.Condition': `
      type string
      status meta.ConditionStatus
      observedGeneration? int64
      lastTransitionTime meta.Time
      reason string
      message string`,
  },
  named: {
    'meta.ConditionStatus': 'string',
    'meta.LabelSelectorOperator': 'string',
    'meta.ManagedFieldsOperationType': 'string',
  },
}
