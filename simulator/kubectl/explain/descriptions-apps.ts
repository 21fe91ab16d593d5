// Descriptions for kubectl explain: object metadata and the apimachinery types, StatefulSet and
// its spec and status, ControllerRevision and PodDisruptionBudget. Written for this sandbox.

import type { DescriptionTable } from './descriptions'

export const METADATA = 'Standard object metadata: name, namespace, labels, annotations.'

/** The fields every condition type shares. */
export const CONDITION = {
  type: 'The kind of condition.',
  status: 'True, False or Unknown.',
  lastTransitionTime: 'When the status last changed.',
  reason: 'Why the status last changed, in one CamelCase word.',
  message: 'Why the status last changed, in words.',
}

export const appsDescriptions: DescriptionTable = {
  'meta.TypeMeta': {
    apiVersion: 'The API group and version the object is written in, such as apps/v1 or v1.',
    kind: 'The kind of the object, such as StatefulSet or Pod.',
  },
  'meta.ObjectMeta': {
    '': 'Metadata every stored object has: name, namespace, labels, annotations, owners, and what the server records about it.',
    name: 'The name, unique among objects of the kind in the namespace. Cannot be changed.',
    generateName: 'A prefix the server makes a unique name from when name is empty.',
    namespace: 'The namespace of the object; empty for cluster-scoped kinds. Defaults to the namespace of the request.',
    uid: 'A unique id the server gives the object when it is created. Read-only.',
    resourceVersion: 'Changes whenever the object changes; an update that sends an outdated one fails with a conflict. Read-only.',
    generation: 'Increases whenever the spec changes; controllers report the generation they acted on in status.observedGeneration. Read-only.',
    creationTimestamp: 'When the object was created. Read-only.',
    deletionTimestamp: 'When deletion was requested; the object terminates until its finalizers are removed. Read-only.',
    deletionGracePeriodSeconds: 'Seconds the object has to terminate, once deletion was requested. Read-only.',
    labels: 'Key/value pairs that selectors match. A StatefulSet finds its pods by label: its selector must match the labels of its pod template.',
    annotations: 'Key/value pairs of information for tools and people; selectors ignore them.',
    ownerReferences: 'The objects this one belongs to; once they are all gone, the garbage collector deletes it. Pods of a StatefulSet name it here.',
    finalizers: 'Keys that must all be removed before a deleted object goes away, such as kubernetes.io/pvc-protection on a claim in use.',
    managedFields: 'Which manager set which fields, for server-side apply.',
  },
  'meta.LabelSelector': {
    '': 'A label query: an object matches when it meets every requirement. An empty selector matches everything.',
    matchLabels: 'Labels an object must have, with these values.',
    matchExpressions: 'Requirements on labels: a key, an operator and values.',
  },
  'meta.LabelSelectorRequirement': {
    key: 'The label key.',
    operator: 'In, NotIn, Exists or DoesNotExist.',
    values: 'The values for In and NotIn; empty for Exists and DoesNotExist.',
  },
  'meta.OwnerReference': {
    '': 'A reference to an owner of the object.',
    controller: 'True for the owner that manages the object.',
  },
  'resource.Quantity': { '': 'A number with an optional suffix: Ki, Mi, Gi (powers of 1024), k, M, G (powers of 1000), or m for thousandths (250m is a quarter CPU).' },
  'intstr.IntOrString': { '': 'An integer or a string: a port number or name, a count or a percentage.' },
  'v1.Time': { '': 'A time in RFC 3339 form, in UTC: 2024-08-13T07:28:49Z.' },

  'apps.StatefulSet': {
    '': 'StatefulSet runs pods that keep an identity: a name made of the set name and an ordinal (web-0, web-1), a stable hostname, and their own PersistentVolumeClaims, kept when a pod is replaced. Pods are created, scaled and updated in ordinal order.',
    metadata: METADATA,
    spec: 'The desired state: replicas, pod template, claim templates, and the policies for ordering, updates and claim retention.',
    status: 'What the StatefulSet controller last observed. Read-only.',
  },
  'apps.StatefulSetSpec': {
    '': 'The desired state of a StatefulSet.',
    replicas: 'How many pods to run. Defaults to 1.',
    selector: 'Finds the pods of the set; must match the labels of the pod template. Cannot be changed.',
    template: 'The pod each replica is made from. Changing it makes a new revision, rolled out by updateStrategy.',
    volumeClaimTemplates: 'Claims each pod gets its own copy of, named <template>-<pod> (www-web-0) and mounted by the template name. A claim outlives its pod, so a replaced pod gets the same storage back. Cannot be changed.',
    serviceName: 'The headless Service that gives each pod the DNS name <pod>.<serviceName>.<namespace>.svc.cluster.local. It must exist; the StatefulSet does not create it.',
    podManagementPolicy: 'OrderedReady (default) creates pods one at a time in ordinal order, each once the previous one is Running and Ready, and deletes them from the highest ordinal down. Parallel creates and deletes them all at once. Updates are not affected. Cannot be changed.',
    updateStrategy: 'How pods are replaced when the template changes. Defaults to RollingUpdate.',
    revisionHistoryLimit: 'How many old revisions to keep for rollbacks. Defaults to 10.',
    minReadySeconds: 'How long a new pod must be Ready before it counts as available. Defaults to 0.',
    persistentVolumeClaimRetentionPolicy: 'Whether the claims from volumeClaimTemplates are deleted when the set is deleted or scaled down. By default they are kept.',
    ordinals: 'The ordinal of the first replica; 0 by default.',
  },
  'apps.StatefulSetUpdateStrategy': {
    '': 'How the controller replaces pods when the template changes.',
    type: 'RollingUpdate (default) replaces one pod at a time, highest ordinal first, each after the previous new pod is Running and Ready. OnDelete replaces a pod only when you delete it.',
    rollingUpdate: 'Parameters of RollingUpdate.',
  },
  'apps.RollingUpdateStatefulSetStrategy': {
    '': 'Parameters of a rolling update.',
    partition: 'Only pods with an ordinal at or above the partition are updated; the others keep the old template, even when recreated. Defaults to 0.',
    maxUnavailable: 'How many pods may be unavailable during the update (a number or a percentage). Defaults to 1. Needs the MaxUnavailableStatefulSet feature gate, off by default.',
  },
  'apps.StatefulSetPersistentVolumeClaimRetentionPolicy': {
    '': 'What happens to the claims from volumeClaimTemplates when their pods go away for good.',
    whenDeleted: 'When the set is deleted: Retain (default) keeps the claims, Delete deletes them after the pods.',
    whenScaled: 'When the set scales down: Retain (default) keeps the claims of removed pods for a later scale-up, Delete deletes them.',
  },
  'apps.StatefulSetOrdinals': {
    '': 'How replicas are numbered.',
    start: 'The first ordinal: replicas are numbered start to start+replicas-1. Defaults to 0.',
  },
  'apps.StatefulSetStatus': {
    '': 'The observed state of a StatefulSet.',
    observedGeneration: 'The generation the controller last acted on.',
    replicas: 'How many pods the controller has created.',
    readyReplicas: 'How many pods are Ready.',
    currentReplicas: 'How many pods run currentRevision.',
    updatedReplicas: 'How many pods run updateRevision.',
    currentRevision: 'The revision pods ran before the update in progress.',
    updateRevision: 'The revision of the latest template, which pods are updated to.',
    collisionCount: 'How often a new revision name was already taken.',
    conditions: 'The latest observations of the state of the set.',
    availableReplicas: 'How many pods have been Ready for minReadySeconds.',
  },
  'apps.StatefulSetCondition': CONDITION,
  'apps.ControllerRevision': { '': 'An immutable snapshot of a pod template. A StatefulSet keeps one per revision, named <set>-<hash>, for updates and rollbacks.' },
  'policy.PodDisruptionBudget': { '': 'Limits how many pods of a group voluntary disruptions, such as draining a node, may take down at once.' },
}
