// Descriptions for kubectl explain: Pod, its spec and status, containers, probes, environment,
// resources and volumes. Written for this sandbox.

import { CONDITION, METADATA } from './descriptions-apps'
import type { DescriptionTable } from './descriptions'

const PORT = 'A port number, or the name of a container port.'
const MODE = 'Permission bits of the files: 0644 in YAML, 420 in JSON. Defaults to 0644.'
const ITEMS = 'Which keys become files, and at which paths. By default every key becomes a file of its name.'

export const podDescriptions: DescriptionTable = {
  'core.Pod': {
    '': 'A Pod is one or more containers that run together on a node, sharing its network address and volumes.',
    metadata: METADATA,
    spec: 'The desired state: containers, volumes, scheduling.',
    status: 'The state the kubelet last reported. Read-only.',
  },
  'core.PodTemplateSpec': {
    '': 'The template of the pods a controller creates.',
    metadata: 'Labels and annotations of the pods; the labels must match the selector of the owner.',
    spec: 'The spec of the pods.',
  },
  'core.PodSpec': {
    '': 'The desired state of a pod.',
    volumes: 'Volumes the containers can mount: claims, ConfigMaps, Secrets, scratch space.',
    initContainers: 'Containers that run one after another, each to completion, before the containers start.',
    containers: 'The containers of the pod; at least one.',
    restartPolicy: 'When exited containers are restarted: Always (default), OnFailure or Never. A StatefulSet needs Always.',
    terminationGracePeriodSeconds: 'Seconds containers get to stop after SIGTERM before they are killed. Defaults to 30.',
    nodeSelector: 'Labels a node must have to run the pod.',
    serviceAccountName: 'The ServiceAccount the pod runs as.',
    nodeName: 'The node the pod runs on, set by the scheduler.',
    securityContext: 'Security settings for all containers, such as the user and the group that owns volumes (fsGroup).',
    imagePullSecrets: 'Secrets with credentials for pulling images.',
    hostname: 'The hostname of the pod; defaults to its name.',
    subdomain: 'With a headless Service of this name, the pod is reachable as <hostname>.<subdomain>.<namespace>.svc.cluster.local. A StatefulSet sets it to its serviceName.',
    affinity: 'Rules that draw the pod to nodes, or to or away from other pods, by label.',
    tolerations: 'Taints the pod tolerates; other tainted nodes repel it.',
    topologySpreadConstraints: 'How matching pods spread over zones or nodes.',
  },
  'core.PodStatus': {
    '': 'The observed state of a pod.',
    phase: 'Pending (not all containers started), Running, Succeeded, Failed or Unknown.',
    conditions: 'PodScheduled, Initialized, ContainersReady and Ready.',
    message: 'Why the pod is in this state, in words.',
    reason: 'Why the pod is in this state, such as Evicted.',
    hostIP: 'The IP address of the node.',
    podIP: 'The IP address of the pod.',
    startTime: 'When the kubelet accepted the pod.',
    containerStatuses: 'The state of each container: waiting, running or terminated, ready or not, restarts.',
    qosClass: 'Guaranteed, Burstable or BestEffort, from the requests and limits of the containers.',
  },
  'core.PodCondition': CONDITION,
  'core.ContainerStatus': {
    '': 'The state of a container.',
    state: 'What the container is doing now.',
    lastState: 'How its previous run ended.',
    ready: 'Whether it passes its readiness probe.',
    restartCount: 'How often it has restarted.',
    started: 'Whether it has started and passed its startup probe.',
  },
  'core.ContainerState': {
    '': 'One of waiting, running or terminated.',
    waiting: 'Not running yet, or backing off after crashes (CrashLoopBackOff).',
    terminated: 'Ran and exited.',
  },

  'core.Container': {
    '': 'A container of a pod: the image to run, how to start it, what it may use.',
    name: 'The name of the container, unique in the pod.',
    image: 'The image to run, such as nginx:1.27.',
    command: 'The program to run, replacing the ENTRYPOINT of the image. Not run in a shell; $(VAR) expands an environment variable.',
    args: 'Arguments, replacing the CMD of the image.',
    workingDir: 'The working directory; defaults to that of the image.',
    ports: 'Ports the container listens on. Informational; a Service may name one as its targetPort.',
    envFrom: 'Every key of a ConfigMap or Secret as environment variables.',
    env: 'Environment variables.',
    resources: 'The CPU and memory the container requests and is limited to.',
    volumeMounts: 'Where volumes of the pod appear in the container.',
    livenessProbe: 'A periodic check that the container works; failing it restarts the container.',
    readinessProbe: 'A periodic check that the container can serve. While it fails the pod is not Ready: Services skip it, and an OrderedReady StatefulSet waits before creating the next pod.',
    startupProbe: 'A check that must pass before the other probes start, for slow starters.',
    lifecycle: 'Actions run just after the container starts and before it stops.',
    imagePullPolicy: 'Always, IfNotPresent or Never. Defaults to Always for the tag latest or no tag, else IfNotPresent.',
    securityContext: 'Security settings of the container, overriding those of the pod.',
  },
  'core.ContainerPort': {
    name: 'A name for the port that Services can use.',
    containerPort: 'The port number the container listens on.',
    protocol: 'TCP (default), UDP or SCTP.',
  },
  'core.EnvVar': {
    name: 'The name of the variable.',
    value: 'The value; $(VAR) expands a variable defined before.',
    valueFrom: 'Read the value from a pod field, a resource, or a key of a ConfigMap or Secret.',
  },
  'core.EnvVarSource': {
    fieldRef: 'A field of the pod, such as metadata.name or status.podIP.',
    resourceFieldRef: 'A resource of a container, such as limits.memory.',
    configMapKeyRef: 'A key of a ConfigMap.',
    secretKeyRef: 'A key of a Secret.',
  },
  'core.ConfigMapKeySelector': { key: 'The key.', optional: 'Whether it may be missing.' },
  'core.SecretKeySelector': { key: 'The key.', optional: 'Whether it may be missing.' },
  'core.LocalObjectReference': { name: 'The name of the object.' },
  'core.ResourceRequirements': {
    '': 'The compute resources of a container.',
    limits: 'The most of each resource (cpu, memory) the container may use: above its memory limit it is killed (OOMKilled), above its CPU limit throttled.',
    requests: 'What the container needs; the scheduler places the pod only where that much is free. Defaults to the limits if only they are set.',
  },
  'core.VolumeMount': {
    '': 'A volume mounted into a container.',
    name: 'The volume to mount; for a StatefulSet, a volumeClaimTemplate name also works.',
    mountPath: 'Where in the container the volume appears.',
    readOnly: 'Mount read-only. Defaults to false.',
    subPath: 'A path in the volume to mount instead of its root.',
  },

  'core.Probe': {
    '': 'A check the kubelet runs on a container: a command, an HTTP GET, a TCP connection or a gRPC call.',
    initialDelaySeconds: 'Seconds after the start before the first check. Defaults to 0.',
    timeoutSeconds: 'Seconds before a check times out. Defaults to 1.',
    periodSeconds: 'Seconds between checks. Defaults to 10.',
    successThreshold: 'Successes in a row to pass after a failure. Defaults to 1.',
    failureThreshold: 'Failures in a row to fail. Defaults to 3.',
  },
  'core.ProbeHandler': {
    exec: 'Run a command in the container; exit status 0 passes.',
    httpGet: 'Send an HTTP GET; a status from 200 to 399 passes.',
    tcpSocket: 'Open a TCP connection; connecting passes.',
  },
  'core.ExecAction': { command: 'The command; not run in a shell, so use sh -c for pipes.' },
  'core.HTTPGetAction': { path: 'The path to request.', port: PORT, scheme: 'HTTP (default) or HTTPS.' },
  'core.TCPSocketAction': { port: PORT },

  'core.Volume': { '': 'A volume containers can mount.', name: 'The name of the volume; mounts refer to it.' },
  'core.VolumeSource': {
    persistentVolumeClaim: 'The volume of a PersistentVolumeClaim.',
    configMap: 'A ConfigMap, its keys as files.',
    secret: 'A Secret, its keys as files.',
    emptyDir: 'An empty directory that lives as long as the pod.',
    hostPath: 'A path on the node.',
  },
  'core.PersistentVolumeClaimVolumeSource': { claimName: 'The name of the claim.', readOnly: 'Mount read-only.' },
  'core.ConfigMapVolumeSource': { items: ITEMS, defaultMode: MODE, optional: 'Whether it may be missing.' },
  'core.SecretVolumeSource': { secretName: 'The name of the Secret.', items: ITEMS, defaultMode: MODE, optional: 'Whether it may be missing.' },
  'core.KeyToPath': { key: 'The key.', path: 'The relative path of the file.' },
  'core.EmptyDirVolumeSource': { medium: 'Empty for node storage, or Memory for a tmpfs.', sizeLimit: 'The most it may hold.' },
}
