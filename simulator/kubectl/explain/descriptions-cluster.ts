// Descriptions for kubectl explain: claims, volumes and storage classes, Services, ConfigMaps and
// Secrets, Nodes and Namespaces. Written for this sandbox.

import { CONDITION, METADATA } from './descriptions-apps'
import type { DescriptionTable } from './descriptions'

const ACCESS_MODES = 'ReadWriteOnce (read-write on one node), ReadOnlyMany, ReadWriteMany, or ReadWriteOncePod (one pod).'
const IMMUTABLE = 'When true, the data can no longer change.'

export const clusterDescriptions: DescriptionTable = {
  'core.PersistentVolumeClaim': {
    '': 'A request for storage, of a size, access mode and storage class. It binds to one PersistentVolume, existing or provisioned for it; pods mount the claim.',
    metadata: METADATA,
    spec: 'The storage requested.',
    status: 'Whether the claim is bound. Read-only.',
  },
  'core.PersistentVolumeClaimSpec': {
    '': 'The storage a claim requests.',
    accessModes: ACCESS_MODES,
    selector: 'Labels an existing volume must have to bind.',
    resources: 'The minimum size, as requests.storage.',
    volumeName: 'The PersistentVolume to bind to.',
    storageClassName: 'The StorageClass; unset means the default class, "" means no class.',
    volumeMode: 'Filesystem (default) or Block.',
  },
  'core.VolumeResourceRequirements': { requests: 'The minimum size, as storage: 1Gi.' },
  'core.PersistentVolumeClaimStatus': {
    phase: 'Pending, Bound, or Lost (its volume is gone).',
    accessModes: 'The access modes of the bound volume.',
    capacity: 'The size of the bound volume.',
  },
  'core.PersistentVolume': {
    '': 'A piece of storage, made by an administrator or provisioned for a claim by a StorageClass. It binds to at most one claim.',
    metadata: METADATA,
    spec: 'Capacity, access modes, backing storage, reclaim policy.',
    status: 'The phase of the volume. Read-only.',
  },
  'core.PersistentVolumeSpec': {
    capacity: 'The size, as storage.',
    accessModes: ACCESS_MODES,
    claimRef: 'The claim the volume is bound to.',
    persistentVolumeReclaimPolicy: 'When its claim is deleted: Retain keeps the volume (Released), Delete deletes it. Provisioned volumes get the policy of their class.',
    storageClassName: 'The class of the volume; only claims of that class bind to it.',
    nodeAffinity: 'The nodes the volume can be used from.',
    hostPath: 'A directory on a node.',
    local: 'A disk or directory on one node.',
  },
  'core.PersistentVolumeStatus': { phase: 'Available, Bound, Released (claim deleted, not reclaimed), Pending or Failed.' },
  'storage.StorageClass': {
    '': 'A class of storage that claims ask for by name; its provisioner makes their volumes.',
    metadata: METADATA,
    provisioner: 'What provisions volumes of the class, such as rancher.io/local-path. Cannot be changed.',
    parameters: 'Settings for the provisioner. Cannot be changed.',
    reclaimPolicy: 'Delete (default) or Retain, for the volumes it provisions.',
    allowVolumeExpansion: 'Whether claims of the class may grow.',
    volumeBindingMode: 'Immediate (default) binds a claim at once; WaitForFirstConsumer waits for a pod using it to be scheduled, and provisions where it runs.',
  },

  'core.Service': {
    '': 'A Service gives the pods its selector matches one name and virtual IP. A headless Service (clusterIP: None) has none: DNS returns the pod addresses, and gives each StatefulSet pod its own name.',
    metadata: METADATA,
    spec: 'Ports, selector and type.',
    status: 'The load balancer, if any. Read-only.',
  },
  'core.ServiceSpec': {
    ports: 'The ports the Service exposes.',
    selector: 'The labels of the pods that get the traffic.',
    clusterIP: 'The virtual IP, assigned unless set; None makes the Service headless. Cannot be changed.',
    type: 'ClusterIP (default), NodePort (also a port on every node), LoadBalancer (also an external load balancer) or ExternalName (a DNS alias).',
    sessionAffinity: 'ClientIP keeps a client on one pod; None (default) spreads connections.',
    publishNotReadyAddresses: 'Publish DNS records for pods before they are Ready, so StatefulSet members can find each other while starting.',
  },
  'core.ServicePort': {
    name: 'The name of the port; required with several ports.',
    protocol: 'TCP (default), UDP or SCTP.',
    port: 'The port the Service listens on.',
    targetPort: 'The pod port traffic goes to: a number or a container port name. Defaults to port.',
    nodePort: 'The port on every node, for NodePort and LoadBalancer.',
  },
  'core.ConfigMap': {
    '': 'Non-secret configuration as key/value pairs, for pods to use as environment variables or files.',
    metadata: METADATA,
    immutable: IMMUTABLE,
    data: 'Keys and text values.',
    binaryData: 'Keys and base64-encoded binary values.',
  },
  'core.Secret': {
    '': 'Sensitive data, such as a password or key, for pods to use as environment variables or files. Values are base64-encoded, not encrypted.',
    metadata: METADATA,
    immutable: IMMUTABLE,
    data: 'Keys and base64-encoded values.',
    stringData: 'Keys and plain values, for writing: the server encodes them into data.',
    type: 'What the data is for: Opaque (default), kubernetes.io/tls, ...',
  },

  'core.Node': {
    '': 'A machine that runs pods. Its kubelet registers it and reports its capacity and health.',
    metadata: METADATA,
    spec: 'Pod address range, schedulability, taints.',
    status: 'Capacity, conditions, addresses, reported by the kubelet. Read-only.',
  },
  'core.NodeSpec': {
    podCIDR: 'The address range of the pods of the node.',
    unschedulable: 'When true, new pods are not scheduled here; kubectl cordon sets it.',
    taints: 'Taints that repel pods that do not tolerate them.',
  },
  'core.Taint': { effect: 'NoSchedule, PreferNoSchedule, or NoExecute (also evicts running pods).' },
  'core.NodeStatus': {
    capacity: 'The resources of the node: cpu, memory, pods.',
    allocatable: 'The resources left for pods.',
    conditions: 'Ready, MemoryPressure, DiskPressure, PIDPressure.',
    addresses: 'InternalIP, Hostname.',
    nodeInfo: 'Versions of the system of the node.',
  },
  'core.NodeCondition': CONDITION,
  'core.Namespace': {
    '': 'A scope for names. Deleting a namespace deletes everything in it.',
    metadata: METADATA,
    spec: 'The finalizers of the namespace.',
    status: 'The phase of the namespace. Read-only.',
  },
  'core.NamespaceStatus': { phase: 'Active, or Terminating while being deleted.' },
  'core.Endpoints': { '': 'The addresses and ports behind a Service.' },
  'discovery.EndpointSlice': { '': 'Some of the endpoints of a Service.' },
  'core.Event': { '': 'A report of something that happened to an object.' },
}
