// The starting cluster most lessons use, modelled on a fresh `kind create cluster` with two
// workers (Kubernetes v1.31): a tainted control-plane node, two worker nodes, the standard
// namespaces, kind's default StorageClass (rancher.io/local-path, WaitForFirstConsumer, Delete)
// and the cluster DNS Service at 10.96.0.10.

export const KUBERNETES_VERSION = 'v1.31.0'
export const CLUSTER_DNS_IP = '10.96.0.10'

export interface NodeSpec {
  name: string
  /** Node address on kind's docker network, e.g. 172.18.0.3. */
  internalIP: string
  /** Pod CIDR this node hands addresses from, e.g. 10.244.1.0/24. */
  podCIDR: string
  controlPlane?: boolean
  cpu?: string
  memory?: string
  labels?: Record<string, string>
}

export const DEFAULT_NODES: readonly NodeSpec[] = [
  { name: 'kind-control-plane', internalIP: '172.18.0.2', podCIDR: '10.244.0.0/24', controlPlane: true },
  { name: 'kind-worker', internalIP: '172.18.0.3', podCIDR: '10.244.1.0/24' },
  { name: 'kind-worker2', internalIP: '172.18.0.4', podCIDR: '10.244.2.0/24' },
]

/** A Node object as kind's kubelet registers it, with a Ready status. */
export function nodeObject(spec: NodeSpec): object {
  const labels: Record<string, string> = {
    'beta.kubernetes.io/arch': 'amd64',
    'beta.kubernetes.io/os': 'linux',
    'kubernetes.io/arch': 'amd64',
    'kubernetes.io/hostname': spec.name,
    'kubernetes.io/os': 'linux',
    ...(spec.controlPlane ? { 'node-role.kubernetes.io/control-plane': '', 'node.kubernetes.io/exclude-from-external-load-balancers': '' } : {}),
    ...spec.labels,
  }
  const capacity = { cpu: spec.cpu ?? '8', 'ephemeral-storage': '263174212Ki', 'hugepages-2Mi': '0', memory: spec.memory ?? '16365424Ki', pods: '110' }
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: { name: spec.name, labels, annotations: { 'kubeadm.alpha.kubernetes.io/cri-socket': 'unix:///run/containerd/containerd.sock', 'node.alpha.kubernetes.io/ttl': '0', 'volumes.kubernetes.io/controller-managed-attach-detach': 'true' } },
    spec: {
      podCIDR: spec.podCIDR,
      podCIDRs: [spec.podCIDR],
      providerID: `kind://docker/kind/${spec.name}`,
      ...(spec.controlPlane ? { taints: [{ effect: 'NoSchedule', key: 'node-role.kubernetes.io/control-plane' }] } : {}),
    },
    status: {
      addresses: [
        { address: spec.internalIP, type: 'InternalIP' },
        { address: spec.name, type: 'Hostname' },
      ],
      allocatable: capacity,
      capacity,
      conditions: nodeConditions(),
      daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
      nodeInfo: {
        architecture: 'amd64',
        bootID: '',
        containerRuntimeVersion: 'containerd://1.7.18',
        kernelVersion: '6.8.0-51-generic',
        kubeProxyVersion: KUBERNETES_VERSION,
        kubeletVersion: KUBERNETES_VERSION,
        machineID: '',
        operatingSystem: 'linux',
        osImage: 'Debian GNU/Linux 12 (bookworm)',
        systemUUID: '',
      },
    },
  }
}

function nodeConditions(): object[] {
  const healthy = (type: string, reason: string, message: string) => ({ type, status: 'False', reason, message })
  return [
    healthy('MemoryPressure', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available'),
    healthy('DiskPressure', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'),
    healthy('PIDPressure', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'),
    { type: 'Ready', status: 'True', reason: 'KubeletReady', message: 'kubelet is posting ready status' },
  ]
}

const namespace = (name: string) => ({ apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels: { 'kubernetes.io/metadata.name': name } } })

/** kind's default class: local-path-provisioner, volumes bound once a pod is scheduled. */
export const STANDARD_STORAGE_CLASS = {
  apiVersion: 'storage.k8s.io/v1',
  kind: 'StorageClass',
  metadata: { name: 'standard', annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' } },
  provisioner: 'rancher.io/local-path',
  reclaimPolicy: 'Delete',
  volumeBindingMode: 'WaitForFirstConsumer',
}

const KUBE_DNS_SERVICE = {
  apiVersion: 'v1',
  kind: 'Service',
  metadata: {
    name: 'kube-dns',
    namespace: 'kube-system',
    labels: { 'k8s-app': 'kube-dns', 'kubernetes.io/cluster-service': 'true', 'kubernetes.io/name': 'CoreDNS' },
  },
  spec: {
    clusterIP: CLUSTER_DNS_IP,
    selector: { 'k8s-app': 'kube-dns' },
    ports: [
      { name: 'dns', port: 53, protocol: 'UDP', targetPort: 53 },
      { name: 'dns-tcp', port: 53, protocol: 'TCP', targetPort: 53 },
      { name: 'metrics', port: 9153, protocol: 'TCP', targetPort: 9153 },
    ],
  },
}

const KUBERNETES_SERVICE = {
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name: 'kubernetes', namespace: 'default', labels: { component: 'apiserver', provider: 'kubernetes' } },
  spec: { clusterIP: '10.96.0.1', ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 6443 }] },
}

/** The objects of a fresh default cluster, in creation order. */
export function defaultClusterObjects(nodes: readonly NodeSpec[] = DEFAULT_NODES): object[] {
  return [
    ...['default', 'kube-node-lease', 'kube-public', 'kube-system', 'local-path-storage'].map(namespace),
    ...nodes.map(nodeObject),
    STANDARD_STORAGE_CLASS,
    KUBERNETES_SERVICE,
    KUBE_DNS_SERVICE,
  ]
}
