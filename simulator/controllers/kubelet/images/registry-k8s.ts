// Images on registry.k8s.io used by the Kubernetes docs and e2e tests: nginx-slim (StatefulSet
// tutorial), the e2e-test-images (test/utils/image/manifest.go, v1.31: agnhost 2.52,
// busybox 1.36.1-1, httpd 2.4.38-4/2.4.39-4, nginx 1.14-4/1.15-4), pause, and the ZooKeeper
// tutorial image. Sizes are estimates; nginx-slim logs nothing at start.
import { BUSYBOX_APPLETS, DEBIAN_SLIM } from './base-images'
import { busyboxRuntime } from './busybox'
import { httpdRuntime } from './httpd'
import { timeToken } from './log-time'
import { nginxProgram, nginxRuntime, type NginxVariant } from './nginx'
import { between, timeline } from './timeline'
import type { ImageRuntime, ProcessRun, ProgramInput, RepositoryDef } from './types'

const SLIM: NginxVariant = { entrypoint: false, indexBytes: 612, accessLog: false, stopSignal: 'SIGTERM' }
const E2E_NGINX: NginxVariant = { ...SLIM, accessLog: true }

const nginxSlim: ImageRuntime = {
  ...nginxRuntime(SLIM, 'debian'),
  programs: { nginx: nginxProgram(SLIM, false) },
}

export const nginxSlimRepository: RepositoryDef = {
  names: ['registry.k8s.io/nginx-slim'],
  tags: {
    '0.8': { version: '1.11.1', size: 19981552, runtime: nginxSlim },
    '0.21': { version: '1.19.2', size: 39384121, runtime: nginxSlim },
    '0.24': { version: '1.21.4', size: 40823215, runtime: nginxSlim },
    '0.26': { version: '1.23.3', size: 41201766, runtime: nginxSlim },
    '0.27': { version: '1.25.2', size: 41718944, runtime: nginxSlim },
  },
}

/** `agnhost pause` idles; `agnhost netexec` serves HTTP on --http-port (8080). Logs not modelled. */
function agnhost(input: ProgramInput): ProcessRun {
  const [, sub, ...args] = input.argv
  const tl = timeline(input.ctx.startedAt, input.startMs).wait(between(input.ctx.rand, 20, 60))
  const notes = ['agnhost log lines are not modelled']
  if (sub === 'netexec') {
    const flag = args.find((a) => a.startsWith('--http-port='))
    const port = flag ? Number(flag.split('=')[1]) : 8080
    const http = { server: 'plain' as const, routes: {}, otherwise: 200, accessLog: false, bodyBytes: {} }
    tl.listen(port)
    return tl.build({ serves: [{ port, http }], notes, onTerm: { signal: 'SIGTERM', handled: true, exitAfterMs: 5, exitCode: 0 } })
  }
  if (sub === 'pause') return tl.build({ notes, onTerm: { signal: 'SIGTERM', handled: true, exitAfterMs: 5, exitCode: 0 } })
  return tl.build({ notes: [`agnhost ${sub ?? ''}: subcommand not modelled; runs with no output`] })
}

const agnhostRuntime: ImageRuntime = {
  entrypoint: ['/agnhost'],
  cmd: [],
  binaries: [...BUSYBOX_APPLETS, '/agnhost', 'agnhost'],
  shell: 'ash',
  programs: { agnhost },
  stopSignal: 'SIGTERM',
}

const e2eNginx: ImageRuntime = {
  ...nginxRuntime(E2E_NGINX, 'alpine'),
  programs: { nginx: nginxProgram(E2E_NGINX, false) },
}

export const e2eRepositories: RepositoryDef[] = [
  { names: ['registry.k8s.io/e2e-test-images/agnhost'], tags: { '2.52': { version: '2.52', size: 51432219, runtime: agnhostRuntime } } },
  { names: ['registry.k8s.io/e2e-test-images/busybox'], tags: { '1.36.1-1': { version: '1.36.1', size: 2164402, runtime: busyboxRuntime } } },
  {
    names: ['registry.k8s.io/e2e-test-images/httpd'],
    tags: {
      '2.4.38-4': { version: '2.4.38', size: 40764680, runtime: httpdRuntime('alpine', '139812164529992') },
      '2.4.39-4': { version: '2.4.39', size: 40781235, runtime: httpdRuntime('alpine', '139812164529992') },
    },
  },
  {
    names: ['registry.k8s.io/e2e-test-images/nginx'],
    tags: {
      '1.14-4': { version: '1.14.2', size: 6493219, runtime: e2eNginx },
      '1.15-4': { version: '1.15.12', size: 6689144, runtime: e2eNginx },
    },
  },
  { names: ['registry.k8s.io/busybox'], tags: { latest: { version: '1.24.0', size: 1144547, runtime: busyboxRuntime } } },
]

/** The pause container: no shell, handles SIGTERM by exiting 0. */
const pauseRuntime: ImageRuntime = {
  entrypoint: ['/pause'],
  cmd: [],
  binaries: ['/pause'],
  programs: {
    pause: (input) =>
      timeline(input.ctx.startedAt, input.startMs).build({
        onTerm: { signal: 'SIGTERM', handled: true, exitAfterMs: 2, exitCode: 0, log: ['Shutting down, got signal: Terminated'] },
      }),
  },
  stopSignal: 'SIGTERM',
  facts: ['no shell'],
}

export const pauseRepository: RepositoryDef = {
  names: ['registry.k8s.io/pause'],
  tags: { '3.10': { version: '3.10', size: 320368, runtime: pauseRuntime }, '3.9': { version: '3.9', size: 321520, runtime: pauseRuntime } },
}

const L = timeToken('log4j')

/**
 * The ZooKeeper tutorial's `start-zookeeper --servers=N ...`: writes the config, then runs
 * zkServer.sh start-foreground. The log lines are representative, not verbatim.
 */
function startZookeeper(input: ProgramInput): ProcessRun {
  const option = (name: string, fallback: string) =>
    input.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback
  const clientPort = Number(option('client_port', '2181'))
  const electionPort = Number(option('election_port', '3888'))
  const ordinal = Number(/-(\d+)$/.exec(input.ctx.hostname)?.[1] ?? 0)
  const tl = timeline(input.ctx.startedAt, input.startMs).wait(between(input.ctx.rand, 300, 700))
  tl.log('ZooKeeper JMX enabled by default', 'Using config: /usr/bin/../etc/zookeeper/zoo.cfg')
  tl.wait(between(input.ctx.rand, 600, 1500))
  tl.log(`${L} [myid:] - INFO  [main:QuorumPeerConfig@124] - Reading configuration from: /usr/bin/../etc/zookeeper/zoo.cfg`)
  tl.wait(between(input.ctx.rand, 500, 1200))
  tl.log(`${L} [myid:${ordinal + 1}] - INFO  [main:NIOServerCnxnFactory@89] - binding to port 0.0.0.0/0.0.0.0:${clientPort}`)
  tl.listen(clientPort, electionPort)
  const notes = ['zookeeper log lines are representative; quorum and leader election are not modelled']
  return tl.build({ serves: [{ port: clientPort }, { port: electionPort }], notes, onTerm: { signal: 'SIGTERM', handled: true, exitAfterMs: 300, exitCode: 143 } })
}

const zookeeperRuntime: ImageRuntime = {
  entrypoint: [],
  cmd: ['sh'],
  binaries: [...DEBIAN_SLIM, 'start-zookeeper', 'zookeeper-ready', 'zkServer.sh', 'zkCli.sh', 'java', 'nc'],
  shell: 'dash',
  programs: { 'start-zookeeper': startZookeeper },
  stopSignal: 'SIGTERM',
}

export const zookeeperRepository: RepositoryDef = {
  names: ['registry.k8s.io/kubernetes-zookeeper'],
  tags: { '1.0-3.4.10': { version: '3.4.10', size: 108862218, runtime: zookeeperRuntime } },
}
