// Seeded fuzzing of the terminal: random kubectl command lines and random YAML documents never
// raise out of the public API, every failure prints a message in kubectl's (or bash's) style,
// and the store stays consistent. FUZZ_COMMANDS scales the run (100,000 by default in CI).
import { describe, expect, it } from 'vitest'
import { createCluster } from '../../../simulator/index'
import { createRandom, type Random } from '../../../simulator/engine/random'
import { INTERNAL_ERROR } from '../../../simulator/shell/run/session'

const TOTAL = Number(process.env.FUZZ_COMMANDS ?? 100_000)
const PER_CLUSTER = 500

const verbs = ['get', 'describe', 'delete', 'apply', 'create', 'scale', 'rollout', 'logs', 'exec', 'label', 'annotate', 'patch', 'set', 'run', 'wait', 'cordon', 'uncordon', 'drain', 'version', 'config', 'api-resources', 'gett', 'edit', 'explain']
const types = ['pods', 'po', 'sts', 'statefulset', 'statefulsets.apps', 'pvc', 'pv', 'svc', 'nodes', 'sc', 'events', 'ev', 'cm', 'secret', 'ns', 'all', 'controllerrevisions', 'foo', 'pods,sts', 'sts/web', 'pod/web-0']
const names = ['web', 'web-0', 'web-1', 'web-2', 'nginx', 'kind-worker', 'www-web-0', 'x', '', 'web-99']
const flags = ['-o', '-o=yaml', '-o=json', '-o=wide', '-o=name', "-o=jsonpath='{.items[*].metadata.name}'", '-o=custom-columns=N:.metadata.name', '-l', '-l=app=nginx', '-l=app in (', '-A', '-w', '--replicas=3', '--replicas=-1', '--replicas=x', '-n', '-n=kube-system', '--cascade=orphan', '--grace-period=0', '--force', '--dry-run=client', '--dry-run=server', '--validate=false', '--show-labels', '--sort-by=.metadata.name', '--for=delete', '--for=condition=Ready', '--timeout=1s', '--', 'sh', '-c', 'hostname', '-p', `'{"spec":{"replicas":2}}'`, '--type=json', '--type=merge', '--image=busybox:1.28', '--image=nope:0', '-f', '-f=web.yaml', '-f=-', '--field-selector=status.phase=Running', '--to-revision=1', '--all', '-it', '--rm', 'status', 'history', 'undo', 'restart', 'image', 'nginx=nginx:1.25', 'view', 'current-context', 'app=web', 'app-', '--overwrite']

const yamlPieces = [
  'apiVersion: apps/v1', 'apiVersion: v1', 'apiVersion: apps/v1beta1', 'kind: StatefulSet', 'kind: Service', 'kind: Pod', 'kind: PersistentVolumeClaim', 'kind: ConfigMap', 'kind: Nope',
  'metadata:', '  name: web', '  name: Web_Bad', '  labels: {app: nginx}', 'spec:', '  replicas: 2', '  replicas: -3', '  replicas: two', '  serviceName: nginx',
  '  selector: {matchLabels: {app: nginx}}', '  template:', '    metadata: {labels: {app: nginx}}', '    spec:', '      containers:', '      - name: nginx', '        image: registry.k8s.io/nginx-slim:0.24',
  '        image: ""', '      volumeMounts: [{name: www, mountPath: /x}]', '  volumeClaimTemplates: [{metadata: {name: www}, spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}}]',
  '  ports: [{port: 80}]', '  clusterIP: None', '  accessModes: [ReadWriteMany]', '  resources: {requests: {storage: 5Gi}}', 'data: {a: b}', '---', '\t- broken', ': :', '  - [', '"unterminated',
]

function commandLine(r: Random): string {
  const words = ['kubectl', r.pick(verbs)]
  if (r.next() < 0.8) words.push(r.pick(types))
  for (let i = r.int(0, 3); i > 0; i--) words.push(r.next() < 0.5 ? r.pick(names) : r.pick(flags))
  return words.filter(Boolean).join(' ')
}

function yamlDocument(r: Random): string {
  const lines = Array.from({ length: r.int(1, 14) }, () => r.pick(yamlPieces))
  return `cat <<'EOF' | kubectl apply -f -\n${lines.join('\n')}\nEOF`
}

/**
 * Messages kubectl, bash and the sandbox's own tools print on failure (kubectl explain prints a
 * resource type the server lacks without `error: `).
 */
const FAILURE_STYLE = /^(ordinal: stopped |error: |the server doesn't have a resource type |Error: |Error from server \(|The \w+ "[^"]*" is invalid|E\d{4} |W\d{4} |bash: |timeout: |No resources found|command terminated with exit code|OCI runtime exec failed|Warning: |Found \d+ pods|error when|pod "[^"]+" deleted|\S+ (created|configured|unchanged|deleted|scaled|patched|labeled|annotated|rolled back|restarted|cordoned|uncordoned|image updated)|partitioned roll out|Waiting for|waiting for|statefulset rolling update|\S+ condition met|evicting pod|node\/)/m

describe('fuzz', () => {
  it(`${TOTAL} seeded command lines and YAML documents never throw and always explain failures`, () => {
    const failures: string[] = []
    for (let c = 0; c < TOTAL / PER_CLUSTER; c++) {
      const r = createRandom(c + 1)
      const cluster = createCluster({ seed: c + 1, files: { 'web.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\n' } })
      for (let i = 0; i < PER_CLUSTER; i++) {
        const line = r.next() < 0.15 ? yamlDocument(r) : commandLine(r)
        const { output, exitCode } = cluster.run(line)
        const explained = exitCode === 0 || exitCode === 124 || FAILURE_STYLE.test(output)
        if (!explained || output.includes(INTERNAL_ERROR)) failures.push(`seed ${c + 1} #${i}: ${line}\n${output}`)
        if (i % 50 === 49) cluster.advance(r.int(0, 30_000))
      }
      for (const pod of cluster.runtime.store.list('Pod')) expect(pod.metadata.uid).toBeTruthy()
      cluster.stop()
    }
    expect(failures.slice(0, 5)).toEqual([])
  })
})

describe('fuzz regressions', () => {
  // Lines that once escaped as exceptions, pinned with the seed that found them.
  it.each([
    ['seed 7: a document without metadata', "cat <<'EOF' | kubectl apply -f -\napiVersion: v1\nkind: Nope\nEOF"],
  ])('%s', (_name, line) => {
    const { output } = createCluster({ seed: 7 }).run(line)
    expect(output).not.toContain(INTERNAL_ERROR)
    expect(output).toMatch(FAILURE_STYLE)
  })
})
