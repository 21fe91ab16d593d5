// The official Redis images (docker.io/library/redis, Debian bookworm).
// mirrors docker-library/redis docker-entrypoint.sh (options or *.conf imply redis-server); log lines
// from real `kubectl logs`/`docker logs` of redis 7.4.2 (January-April 2025). The RDB-loading and
// shutdown lines follow redis 7.x server.c/rdb.c wording and are less well attested.
import { DEBIAN_SLIM } from './base-images'
import { timeToken } from './log-time'
import { volumeAt } from './plan'
import { between, timeline } from './timeline'
import type { ImageRuntime, ProcessRun, ProgramInput, RepositoryDef, TermBehaviour } from './types'

const R = timeToken('redis')

/** Lines after "Server initialized": creating the AOF files, or loading an RDB saved earlier. */
function dataLines(version: string, appendonly: boolean, restored: boolean): string[] {
  if (appendonly && !restored) {
    return [
      `1:M ${R} * Creating AOF base file appendonly.aof.1.base.rdb on server start`,
      `1:M ${R} * Creating AOF incr file appendonly.aof.1.incr.aof on server start`,
    ]
  }
  if (!restored || appendonly) return []
  return [
    `1:M ${R} * Loading RDB produced by version ${version}`,
    `1:M ${R} * RDB age 60 seconds`,
    `1:M ${R} * RDB memory usage when created 0.90 Mb`,
    `1:M ${R} * Done loading RDB, keys loaded: 0, keys expired: 0.`,
    `1:M ${R} * DB loaded from disk: 0.000 seconds`,
  ]
}

/** SIGTERM: Redis saves dump.rdb (into /data) and exits 0. */
function stopOnTerm(volume: string | undefined): TermBehaviour {
  return {
    signal: 'SIGTERM',
    handled: true,
    exitAfterMs: 60,
    exitCode: 0,
    log: [
      `1:signal-handler (${timeToken('epoch')}) Received SIGTERM scheduling shutdown...`,
      `1:M ${R} * User requested shutdown...`,
      `1:M ${R} * Saving the final RDB snapshot before exiting.`,
      `1:M ${R} * DB saved on disk`,
      `1:M ${R} # Redis is now ready to exit, bye bye...`,
    ],
    ...(volume ? { populates: [volume] } : {}),
  }
}

/** `redis-server [config] [--option value]...` in the foreground as PID 1. */
function redisServer(input: ProgramInput): ProcessRun {
  const args = input.argv.slice(1)
  const port = Number(args[args.indexOf('--port') + 1]) || 6379
  const appendonly = args.includes('--appendonly') && args[args.indexOf('--appendonly') + 1] === 'yes'
  const volume = volumeAt(input.container, '/data')
  const restored = volume !== undefined && (input.ctx.populatedVolumes ?? []).includes(volume)
  const tl = timeline(input.ctx.startedAt, input.startMs).wait(between(input.ctx.rand, 4, 15))
  tl.log(
    `1:C ${R} * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo`,
    `1:C ${R} * Redis version=${input.version}, bits=64, commit=00000000, modified=0, pid=1, just started`,
    args.length === 0
      ? `1:C ${R} # Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf`
      : `1:C ${R} * Configuration loaded`,
    `1:M ${R} * monotonic clock: POSIX clock_gettime`,
    `1:M ${R} * Running mode=standalone, port=${port}.`,
  )
  tl.wait(1).log(`1:M ${R} * Server initialized`, ...dataLines(input.version, appendonly, restored))
  tl.log(`1:M ${R} * Ready to accept connections tcp`).listen(port)
  if (volume && appendonly) tl.populate(volume)
  const notes = restored ? ['RDB age and key counts on restart are placeholders'] : []
  return tl.build({ serves: [{ port }], onTerm: stopOnTerm(volume), notes })
}

/** docker-entrypoint.sh: `-opt`/`*.conf` first arguments run redis-server; then `exec "$@"`. */
function entrypoint(input: ProgramInput): ProcessRun {
  let rest = input.argv.slice(1)
  if (rest[0]?.startsWith('-') || rest[0]?.endsWith('.conf')) rest = ['redis-server', ...rest]
  return input.exec(rest, input.startMs)
}

const runtime: ImageRuntime = {
  entrypoint: ['docker-entrypoint.sh'],
  cmd: ['redis-server'],
  binaries: [
    ...DEBIAN_SLIM,
    'redis-server', 'redis-cli', 'redis-benchmark', 'redis-check-aof', 'redis-check-rdb', 'redis-sentinel', 'gosu',
    'docker-entrypoint.sh', '/usr/local/bin/docker-entrypoint.sh',
  ],
  shell: 'dash',
  programs: { 'docker-entrypoint.sh': entrypoint, 'redis-server': redisServer },
  stopSignal: 'SIGTERM',
}

/** docker.io/library/redis as of early 2025. Sizes marked ~ are estimates (amd64, compressed). */
export const redisRepository: RepositoryDef = {
  names: ['docker.io/library/redis'],
  tags: {
    '7.4.2': { version: '7.4.2', size: 45093417, runtime }, // ~
    '7.2.7': { version: '7.2.7', size: 40812294, runtime }, // ~
  },
  aliases: { '7': '7.4.2', '7.4': '7.4.2', latest: '7.4.2', '7.2': '7.2.7' },
}
