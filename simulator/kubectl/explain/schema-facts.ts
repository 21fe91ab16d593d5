// What the API's OpenAPI document adds to the wire schema for kubectl explain: the values of the
// `+enum` string types, and which fields are required. Values are sorted, as kube-openapi sorts them.
// Mirrors kubernetes/api v0.31.0 (core/v1, apps/v1, storage/v1, discovery/v1, policy/v1 types.go).

import type { FieldNode, StructNode } from '../../engine/admission/schema'
import { unwrapPointer } from './type-name'

/** Enum values by qualified Go type, `|`-separated; a leading `|` is the empty value. */
const ENUMS: Record<string, string> = {
  'apps.PodManagementPolicyType': 'OrderedReady|Parallel',
  'apps.StatefulSetUpdateStrategyType': 'OnDelete|RollingUpdate',
  'policy.UnhealthyPodEvictionPolicyType': 'AlwaysAllow|IfHealthyBudget',
  'core.DNSPolicy': 'ClusterFirst|ClusterFirstWithHostNet|Default|None',
  'core.NodeInclusionPolicy': 'Honor|Ignore',
  'core.PodFSGroupChangePolicy': 'Always|OnRootMismatch',
  'core.PodPhase': 'Failed|Pending|Running|Succeeded|Unknown',
  'core.PodQOSClass': 'BestEffort|Burstable|Guaranteed',
  'core.PreemptionPolicy': 'Never|PreemptLowerPriority',
  'core.RestartPolicy': 'Always|Never|OnFailure',
  'core.SupplementalGroupsPolicy': 'Merge|Strict',
  'core.TaintEffect': 'NoExecute|NoSchedule|PreferNoSchedule',
  'core.TolerationOperator': 'Equal|Exists',
  'core.UnsatisfiableConstraintAction': 'DoNotSchedule|ScheduleAnyway',
  'core.AppArmorProfileType': 'Localhost|RuntimeDefault|Unconfined',
  'core.MountPropagationMode': 'Bidirectional|HostToContainer|None',
  'core.ProcMountType': 'Default|Unmasked',
  'core.Protocol': 'SCTP|TCP|UDP',
  'core.SeccompProfileType': 'Localhost|RuntimeDefault|Unconfined',
  'core.TerminationMessagePolicy': 'FallbackToLogsOnError|File',
  'core.URIScheme': 'HTTP|HTTPS',
  'core.AzureDataDiskCachingMode': 'None|ReadOnly|ReadWrite',
  'core.AzureDataDiskKind': 'Dedicated|Managed|Shared',
  'core.HostPathType': '|BlockDevice|CharDevice|Directory|DirectoryOrCreate|File|FileOrCreate|Socket',
  'core.PullPolicy': 'Always|IfNotPresent|Never',
  'core.PersistentVolumeAccessMode': 'ReadOnlyMany|ReadWriteMany|ReadWriteOnce|ReadWriteOncePod',
  'core.PersistentVolumeClaimPhase': 'Bound|Lost|Pending',
  'core.PersistentVolumeMode': 'Block|Filesystem',
  'core.PersistentVolumePhase': 'Available|Bound|Failed|Pending|Released',
  'core.PersistentVolumeReclaimPolicy': 'Delete|Recycle|Retain',
  'storage.VolumeBindingMode': 'Immediate|WaitForFirstConsumer',
  'core.IPFamily': '|IPv4|IPv6',
  'core.IPFamilyPolicy': 'PreferDualStack|RequireDualStack|SingleStack',
  'core.NamespacePhase': 'Active|Terminating',
  'core.NodePhase': 'Pending|Running|Terminated',
  'core.NodeSelectorOperator': 'DoesNotExist|Exists|Gt|In|Lt|NotIn',
  'core.ServiceAffinity': 'ClientIP|None',
  'core.ServiceExternalTrafficPolicy': 'Cluster|Local',
  'core.ServiceInternalTrafficPolicy': 'Cluster|Local',
  'core.ServiceType': 'ClusterIP|ExternalName|LoadBalancer|NodePort',
  'discovery.AddressType': 'FQDN|IPv4|IPv6',
}

/**
 * Fields whose json tag has no omitempty but whose Go comment says `+optional`: the only fields
 * without omitempty that the OpenAPI document does not list as required.
 */
const OPTIONAL = new Set(
  [
    'apps.StatefulSetOrdinals.start',
    'apps.StatefulSetStatus.availableReplicas',
    'core.GRPCAction.service',
    'core.ProjectedVolumeSource.sources',
    'core.TypedLocalObjectReference.apiGroup',
    'core.TypedObjectReference.apiGroup',
    'core.AzureFilePersistentVolumeSource.secretNamespace',
    'core.ContainerImage.names',
    'core.NodeRuntimeHandler.name',
    'core.Event.reportingComponent',
    'core.Event.reportingInstance',
    'discovery.EndpointSlice.ports',
  ],
)

/** The enum values of a field's type (through pointers), or undefined when it is no enum. */
export function enumValues(field: FieldNode): string[] | undefined {
  const id = unwrapPointer(field.type).id
  return id && id in ENUMS ? ENUMS[id].split('|') : undefined
}

/** Whether the OpenAPI document lists `field` of `owner` as required. */
export function isRequired(owner: StructNode, field: FieldNode): boolean {
  return !field.omitempty && !OPTIONAL.has(`${owner.id}.${field.json}`)
}
