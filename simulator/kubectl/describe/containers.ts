// Containers and volumes in describe output, for pods (with status) and pod templates.
// mirrors kubernetes/kubectl pkg/describe/describe.go (describeContainers, describeStatus,
// DescribeProbe, describeContainerEnvVars, describeContainerVolumes, describeVolumes).

import { compareGoStrings } from '../printers/go-format'
import { rfc1123z, type PrefixWriter } from './writer'

/* eslint-disable @typescript-eslint/no-explicit-any -- wire-shape objects straight from the store */

export function describeContainers(w: PrefixWriter, label: string, containers: any[], statuses: any[] | null, space: string): void {
  w.write(0, '%s%s:%s\n', space, label, containers.length ? '' : ' <none>')
  const byName = new Map((statuses ?? []).map((s) => [s.name, s]))
  for (const c of containers) {
    const status = byName.get(c.name)
    w.write(1, '%s%s:\n', space ? ' ' : '', c.name)
    if (status) w.write(2, 'Container ID:\t%s\n', status.containerID ?? '')
    w.write(2, 'Image:\t%s\n', c.image ?? '')
    if (status) w.write(2, 'Image ID:\t%s\n', status.imageID ?? '')
    const ports = (c.ports ?? []).map((p: any) => `${p.containerPort}/${p.protocol ?? 'TCP'}`).join(', ')
    const hostPorts = (c.ports ?? []).map((p: any) => `${p.hostPort ?? 0}/${p.protocol ?? 'TCP'}`).join(', ')
    w.write(2, ports.includes(',') ? 'Ports:\t%s\n' : 'Port:\t%s\n', ports || '<none>')
    w.write(2, hostPorts.includes(',') ? 'Host Ports:\t%s\n' : 'Host Port:\t%s\n', hostPorts || '<none>')
    for (const [title, lines] of [['Command', c.command], ['Args', c.args]] as const) {
      if (!lines?.length) continue
      w.write(2, '%s:\n', title)
      for (const line of lines as string[]) for (const part of line.split('\n')) w.write(3, '%s\n', part)
    }
    if (status) {
      describeState(w, 'State', status.state)
      if (status.lastState?.terminated) describeState(w, 'Last State', status.lastState)
      w.write(2, 'Ready:\t%s\n', status.ready ? 'True' : 'False')
      w.write(2, 'Restart Count:\t%d\n', status.restartCount ?? 0)
    }
    describeResources(w, c.resources)
    for (const [title, probe] of [['Liveness', c.livenessProbe], ['Readiness', c.readinessProbe], ['Startup', c.startupProbe]]) {
      if (probe) w.write(2, '%s:\t%s\n', title, describeProbe(probe))
    }
    describeEnv(w, c.env ?? [])
    const mounts = [...(c.volumeMounts ?? [])].sort((a: any, b: any) => compareGoStrings(a.mountPath, b.mountPath))
    w.write(2, 'Mounts:%s\n', mounts.length ? '' : '\t<none>')
    for (const m of mounts) w.write(3, '%s from %s (%s)\n', m.mountPath, m.name, [m.readOnly ? 'ro' : 'rw', ...(m.subPath ? [`path=${JSON.stringify(m.subPath)}`] : [])].join(','))
  }
}

function describeState(w: PrefixWriter, name: string, state: any): void {
  if (state?.running) {
    w.write(2, '%s:\tRunning\n', name)
    w.write(3, 'Started:\t%s\n', rfc1123z(state.running.startedAt))
  } else if (state?.terminated) {
    const t = state.terminated
    w.write(2, '%s:\tTerminated\n', name)
    if (t.reason) w.write(3, 'Reason:\t%s\n', t.reason)
    if (t.message) w.write(3, 'Message:\t%s\n', t.message)
    w.write(3, 'Exit Code:\t%d\n', t.exitCode)
    if (t.signal > 0) w.write(3, 'Signal:\t%d\n', t.signal)
    w.write(3, 'Started:\t%s\n', rfc1123z(t.startedAt))
    w.write(3, 'Finished:\t%s\n', rfc1123z(t.finishedAt))
  } else {
    w.write(2, '%s:\tWaiting\n', name)
    if (state?.waiting?.reason) w.write(3, 'Reason:\t%s\n', state.waiting.reason)
  }
}

function describeResources(w: PrefixWriter, resources: any): void {
  for (const [title, values] of [['Limits', resources?.limits], ['Requests', resources?.requests]]) {
    const names = Object.keys(values ?? {}).sort()
    if (names.length) w.write(2, '%s:\n', title)
    for (const name of names) w.write(3, '%s:\t%s\n', name, values[name])
  }
}

/** DescribeProbe: `http-get http://:80/ delay=0s timeout=1s period=10s #success=1 #failure=3`. */
export function describeProbe(p: any): string {
  const attrs = `delay=${p.initialDelaySeconds ?? 0}s timeout=${p.timeoutSeconds ?? 1}s period=${p.periodSeconds ?? 10}s #success=${p.successThreshold ?? 1} #failure=${p.failureThreshold ?? 3}`
  if (p.exec) return `exec [${(p.exec.command ?? []).join(' ')}] ${attrs}`
  if (p.httpGet) return `http-get ${String(p.httpGet.scheme ?? 'HTTP').toLowerCase()}://${p.httpGet.host ?? ''}:${p.httpGet.port}${p.httpGet.path ?? ''} ${attrs}`
  if (p.tcpSocket) return `tcp-socket ${p.tcpSocket.host ?? ''}:${p.tcpSocket.port} ${attrs}`
  if (p.grpc) return `grpc <pod>:${p.grpc.port} ${p.grpc.service ?? ''} ${attrs}`
  return `unknown ${attrs}`
}

function describeEnv(w: PrefixWriter, env: any[]): void {
  w.write(2, 'Environment:%s\n', env.length ? '' : '\t<none>')
  for (const e of env) {
    const from = e.valueFrom
    if (!from) {
      String(e.value ?? '').split('\n').forEach((line, i) => (i ? w.write(3, '\t%s\n', line) : w.write(3, '%s:\t%s\n', e.name, line)))
    } else if (from.secretKeyRef) {
      w.write(3, "%s:\t<set to the key '%s' in secret '%s'>\tOptional: %s\n", e.name, from.secretKeyRef.key, from.secretKeyRef.name, Boolean(from.secretKeyRef.optional))
    } else if (from.configMapKeyRef) {
      w.write(3, "%s:\t<set to the key '%s' of config map '%s'>\tOptional: %s\n", e.name, from.configMapKeyRef.key, from.configMapKeyRef.name, Boolean(from.configMapKeyRef.optional))
    } else if (from.fieldRef) w.write(3, '%s:\t (%s:%s)\n', e.name, from.fieldRef.apiVersion ?? 'v1', from.fieldRef.fieldPath)
  }
}

export function describeVolumes(w: PrefixWriter, volumes: any[] | undefined, space: string): void {
  if (!volumes?.length) return w.write(0, '%sVolumes:\t<none>\n', space)
  w.write(0, '%sVolumes:\n', space)
  for (const v of volumes) {
    w.write(1, '%s%s:\n', space ? ' ' : '', v.name)
    if (v.persistentVolumeClaim) {
      w.write(2, 'Type:\tPersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)\n    ClaimName:\t%s\n    ReadOnly:\t%s\n', v.persistentVolumeClaim.claimName, Boolean(v.persistentVolumeClaim.readOnly))
    } else if (v.emptyDir) {
      w.write(2, "Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)\n    Medium:\t%s\n    SizeLimit:\t%s\n", v.emptyDir.medium ?? '', v.emptyDir.sizeLimit ?? '<unset>')
    } else if (v.configMap) {
      w.write(2, 'Type:\tConfigMap (a volume populated by a ConfigMap)\n    Name:\t%s\n    Optional:\t%s\n', v.configMap.name, Boolean(v.configMap.optional))
    } else if (v.secret) {
      w.write(2, 'Type:\tSecret (a volume populated by a Secret)\n    SecretName:\t%s\n    Optional:\t%s\n', v.secret.secretName, Boolean(v.secret.optional))
    } else if (v.hostPath) {
      w.write(2, 'Type:\tHostPath (bare host directory volume)\n    Path:\t%s\n    HostPathType:\t%s\n', v.hostPath.path, v.hostPath.type || '<none>')
    } else if (v.nfs) {
      w.write(2, 'Type:\tNFS (an NFS mount that lasts the lifetime of a pod)\n    Server:\t%s\n    Path:\t%s\n    ReadOnly:\t%s\n', v.nfs.server, v.nfs.path, Boolean(v.nfs.readOnly))
    } else if (v.projected) {
      w.write(2, 'Type:\tProjected (a volume that contains injected data from multiple sources)\n')
      for (const s of v.projected.sources ?? []) {
        if (s.serviceAccountToken) w.write(2, 'TokenExpirationSeconds:\t%d\n', s.serviceAccountToken.expirationSeconds ?? 3607)
        else if (s.configMap) w.write(2, 'ConfigMapName:\t%s\n    Optional:\t%s\n', s.configMap.name, Boolean(s.configMap.optional))
        else if (s.downwardAPI) w.write(2, 'DownwardAPI:\ttrue\n')
        else if (s.secret) w.write(2, 'SecretName:\t%s\n    Optional:\t%s\n', s.secret.name, Boolean(s.secret.optional))
      }
    } else w.write(1, '<unknown>\n')
  }
}
