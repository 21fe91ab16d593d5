// The official nginx images (docker.io/library/nginx).
// Sources: nginxinc/docker-nginx mainline/debian/{Dockerfile,docker-entrypoint.sh,
// 10-listen-on-ipv6-by-default.sh} (entrypoint lines, STOPSIGNAL SIGQUIT), its 1.14.2 stretch
// Dockerfile (no entrypoint, STOPSIGNAL SIGTERM, error_log at "warn" so nothing prints at start),
// and real `kubectl logs` / `docker logs` of nginx 1.25.3-1.27.4 (notice lines, worker pids from 29).
import { BUSYBOX_APPLETS, DEBIAN_SLIM } from './base-images'
import { volumeAt } from './plan'
import { between, thenExec, timeline } from './timeline'
import { timeToken } from './log-time'
import type { ImageRuntime, ProcessRun, ProgramInput, RepositoryDef, ServedPort, TermBehaviour } from './types'

/** The kernel a kind node reports (kind nodes share the host kernel; this one is arbitrary). */
export const NODE_KERNEL = 'Linux 6.8.0-51-generic'
const HTML_ROOT = '/usr/share/nginx/html'

/** How a family of nginx builds behaves. */
export interface NginxVariant {
  /** `built by ...` notice; undefined for builds whose error_log level hides notices. */
  builtBy?: string
  /** Runs /docker-entrypoint.sh (1.19+) before nginx. */
  entrypoint: boolean
  /** Bytes of the default index.html (612 up to 1.2x, 615 from 1.2x). */
  indexBytes: number
  /** Access log lines go to stdout (official images symlink access.log to /dev/stdout). */
  accessLog: boolean
  stopSignal: TermBehaviour['signal']
}

const NGX = timeToken('nginx')

const ENTRYPOINT_LINES = [
  '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
  '/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh',
  '10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf',
  '10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf',
  '/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh',
  '/docker-entrypoint.sh: Configuration complete; ready for start up',
]

/** What port 80 answers: the docroot is the image's unless an empty volume is mounted over it. */
export function nginxPort(input: ProgramInput, indexBytes: number, accessLog: boolean, server: 'nginx' = 'nginx'): ServedPort {
  const volume = volumeAt(input.container, HTML_ROOT)
  const empty = volume !== undefined && !(input.ctx.populatedVolumes ?? []).includes(volume)
  const ok = empty ? 404 : 200
  const bodyBytes = volume === undefined ? indexBytes : input.ctx.hostname.length + 1
  return {
    port: 80,
    http: {
      server,
      routes: { '/': empty ? 403 : 200, '/index.html': ok, '/50x.html': volume === undefined ? 200 : ok },
      otherwise: 404,
      accessLog,
      bodyBytes: { 200: bodyBytes, 403: 153, 404: 153 },
      root: HTML_ROOT,
    },
  }
}

function workerPids(input: ProgramInput, first: number): number[] {
  const cpus = input.ctx.nodeCpus ?? 8
  return Array.from({ length: cpus }, (_, i) => first + i)
}

/** The notices nginx logs at start when error_log is at `notice` (the 1.19+ images). */
function startNotices(version: string, builtBy: string, pids: readonly number[]): string[] {
  return [
    `${NGX} [notice] 1#1: using the "epoll" event method`,
    `${NGX} [notice] 1#1: nginx/${version}`,
    `${NGX} [notice] 1#1: built by ${builtBy}`,
    `${NGX} [notice] 1#1: OS: ${NODE_KERNEL}`,
    `${NGX} [notice] 1#1: getrlimit(RLIMIT_NOFILE): 1048576:1048576`,
    `${NGX} [notice] 1#1: start worker processes`,
    ...pids.map((pid) => `${NGX} [notice] 1#1: start worker process ${pid}`),
  ]
}

/** Graceful stop on SIGQUIT (1.19+ images): every worker drains and exits, then the master. */
function gracefulStop(pids: readonly number[]): string[] {
  const lines = [`${NGX} [notice] 1#1: signal 3 (SIGQUIT) received, shutting down`]
  for (const pid of pids) lines.push(`${NGX} [notice] ${pid}#${pid}: gracefully shutting down`)
  for (const pid of pids) lines.push(`${NGX} [notice] ${pid}#${pid}: exiting`, `${NGX} [notice] ${pid}#${pid}: exit`)
  for (const pid of pids) {
    lines.push(`${NGX} [notice] 1#1: signal 17 (SIGCHLD) received from ${pid}`)
    lines.push(`${NGX} [notice] 1#1: worker process ${pid} exited with code 0`)
  }
  lines.push(`${NGX} [notice] 1#1: exit`)
  return lines
}

/** The `nginx` binary: `-v`, `-t`, or the server (foreground only with `daemon off;`). */
export function nginxProgram(variant: NginxVariant, afterEntrypoint: boolean) {
  return (input: ProgramInput): ProcessRun => {
    const tl = timeline(input.ctx.startedAt, input.startMs)
    const args = input.argv.slice(1)
    if (args.includes('-v')) return tl.wait(5).log(`nginx version: nginx/${input.version}`).build({}, { code: 0 })
    if (args.includes('-t')) {
      tl.wait(8).log(
        'nginx: the configuration file /etc/nginx/nginx.conf syntax is ok',
        'nginx: configuration file /etc/nginx/nginx.conf test is successful',
      )
      return tl.build({}, { code: 0 })
    }
    const pids = workerPids(input, afterEntrypoint ? 29 : 7)
    tl.wait(between(input.ctx.rand, 3, 12))
    if (variant.builtBy) tl.log(...startNotices(input.version, variant.builtBy, pids))
    const serves = [nginxPort(input, variant.indexBytes, variant.accessLog)]
    const daemonOff = args.some((a, i) => args[i - 1] === '-g' && /daemon\s+off/.test(a))
    if (!daemonOff) {
      const notes = ['nginx without "daemon off;" forks into the background, so the container process exits 0']
      return tl.wait(5).build({ notes }, { code: 0 })
    }
    tl.listen(80)
    const onTerm: TermBehaviour = {
      signal: variant.stopSignal,
      handled: true,
      exitAfterMs: variant.builtBy ? 40 : 10,
      exitCode: 0,
      ...(variant.builtBy && variant.stopSignal === 'SIGQUIT' ? { log: gracefulStop(pids) } : {}),
    }
    return tl.build({ serves, onTerm })
  }
}

/** /docker-entrypoint.sh of the 1.19+ images: configuration lines, then `exec "$@"`. */
function entrypointProgram(input: ProgramInput): ProcessRun {
  const rest = input.argv.slice(1)
  const tl = timeline(input.ctx.startedAt, input.startMs)
  if ((rest[0] === 'nginx' || rest[0] === 'nginx-debug') && !input.env.NGINX_ENTRYPOINT_QUIET_LOGS) {
    tl.logSpread(ENTRYPOINT_LINES, between(input.ctx.rand, 8, 25))
  }
  tl.wait(between(input.ctx.rand, 2, 8))
  const atMs = tl.now
  return thenExec(tl.build(), atMs, input.exec(rest, input.startMs + atMs))
}

/** An nginx image runtime for `variant` on a Debian or Alpine base. */
export function nginxRuntime(variant: NginxVariant, base: 'debian' | 'alpine', curl = true): ImageRuntime {
  const userland = base === 'alpine' ? BUSYBOX_APPLETS : DEBIAN_SLIM
  const entry = variant.entrypoint ? ['/docker-entrypoint.sh'] : []
  return {
    entrypoint: entry,
    cmd: ['nginx', '-g', 'daemon off;'],
    binaries: [...userland, 'nginx', 'nginx-debug', 'envsubst', ...(curl ? ['curl'] : []), ...entry],
    shell: base === 'alpine' ? 'ash' : 'dash',
    programs: {
      nginx: nginxProgram(variant, variant.entrypoint),
      'nginx-debug': nginxProgram(variant, variant.entrypoint),
      ...(variant.entrypoint ? { 'docker-entrypoint.sh': entrypointProgram } : {}),
    },
    stopSignal: variant.stopSignal,
    facts: curl ? [] : ['no curl in this image'],
  }
}

const LEGACY: NginxVariant = { entrypoint: false, indexBytes: 612, accessLog: true, stopSignal: 'SIGTERM' }
const BOOKWORM: NginxVariant = {
  builtBy: 'gcc 12.2.0 (Debian 12.2.0-14)',
  entrypoint: true,
  indexBytes: 615,
  accessLog: true,
  stopSignal: 'SIGQUIT',
}
const ALPINE: NginxVariant = { ...BOOKWORM, builtBy: 'gcc 14.2.0 (Alpine 14.2.0)' }

const stretch = nginxRuntime(LEGACY, 'debian', false)
const bookworm = nginxRuntime(BOOKWORM, 'debian')
const alpine = nginxRuntime(ALPINE, 'alpine')

/** docker.io/library/nginx. Sizes marked ~ are estimates of the amd64 compressed size. */
export const nginxRepository: RepositoryDef = {
  names: ['docker.io/library/nginx'],
  tags: {
    // Image size from a real Pulled event; digest from real `kubectl describe` Image IDs.
    '1.14.2': {
      version: '1.14.2',
      size: 44710204,
      digest: 'sha256:f7988fb6c02e0ce69257d9bd9cf37ae20a60f1df7563c3a2a6abe24160306b8d',
      runtime: stretch,
    },
    '1.16.1': { version: '1.16.1', size: 51033236, runtime: stretch }, // ~
    '1.25.5': { version: '1.25.5', size: 70545632, runtime: bookworm }, // ~
    '1.26.3': { version: '1.26.3', size: 72064821, runtime: bookworm }, // ~
    // Size from a real Pulled event for nginx:latest; digest from `docker pull nginx` in Feb 2025.
    '1.27.4': {
      version: '1.27.4',
      size: 72195292,
      digest: 'sha256:91734281c0ebfc6f1aea979cffeed5079cfe786228a71cc6f1f46a228cde6e34',
      runtime: bookworm,
    },
    '1.27.4-alpine': { version: '1.27.4', size: 20481564, runtime: alpine }, // ~
  },
  aliases: {
    '1.14': '1.14.2',
    '1.16': '1.16.1',
    '1.25': '1.25.5',
    '1.26': '1.26.3',
    stable: '1.26.3',
    '1.27': '1.27.4',
    '1': '1.27.4',
    mainline: '1.27.4',
    latest: '1.27.4',
    '1.27-alpine': '1.27.4-alpine',
    alpine: '1.27.4-alpine',
  },
}
