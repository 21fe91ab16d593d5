// The official PostgreSQL images (docker.io/library/postgres, Debian bookworm).
// mirrors docker-library/postgres docker-entrypoint.sh (6edb0a8): docker_verify_minimum_env's error,
// initdb output, the temporary server, "PostgreSQL init process complete; ready for start up.".
// Lines checked against a real `kubectl logs` of postgres:17.2 in a StatefulSet (December 2024)
// and a postgres:16.4 first run (initdb without the quoted GUC names that 17 prints).
import { DEBIAN_SLIM } from './base-images'
import { timeToken } from './log-time'
import { volumeAt } from './plan'
import { between, timeline, type Timeline } from './timeline'
import type { ImageRuntime, ProcessRun, ProgramInput, RepositoryDef } from './types'

const PGDATA = '/var/lib/postgresql/data'
const PG = timeToken('postgres')

const MISSING_PASSWORD = [
  'Error: Database is uninitialized and superuser password is not specified.',
  '       You must specify POSTGRES_PASSWORD to a non-empty value for the',
  '       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".',
  '',
  '       You may also use "POSTGRES_HOST_AUTH_METHOD=trust" to allow all',
  '       connections without a password. This is *not* recommended.',
  '',
  '       See PostgreSQL documentation about "trust":',
  '       https://www.postgresql.org/docs/current/auth-trust.html',
]

const TRUST_WARNING = [
  '********************************************************************************',
  'WARNING: POSTGRES_HOST_AUTH_METHOD has been set to "trust". This will allow',
  '         anyone with access to the Postgres port to access your database without',
  '         a password, even if POSTGRES_PASSWORD is set. See PostgreSQL',
  '         documentation about "trust":',
  '         https://www.postgresql.org/docs/current/auth-trust.html',
  '         In Docker\'s default configuration, this is effectively any other',
  '         container on the same system.',
  '',
  '         It is not recommended to use POSTGRES_HOST_AUTH_METHOD=trust. Replace',
  '         it with "-e POSTGRES_PASSWORD=password" instead to set a password in',
  '         "docker run".',
  '********************************************************************************',
]

function initdb(major: number): string[] {
  const q = (name: string) => (major >= 17 ? `"${name}"` : name)
  return [
    'The files belonging to this database system will be owned by user "postgres".',
    'This user must also own the server process.',
    '',
    'The database cluster will be initialized with locale "en_US.utf8".',
    'The default database encoding has accordingly been set to "UTF8".',
    'The default text search configuration will be set to "english".',
    '',
    'Data page checksums are disabled.',
    '',
    `fixing permissions on existing directory ${PGDATA} ... ok`,
    'creating subdirectories ... ok',
    'selecting dynamic shared memory implementation ... posix',
    `selecting default ${q('max_connections')} ... 100`,
    `selecting default ${q('shared_buffers')} ... 128MB`,
    'selecting default time zone ... Etc/UTC',
    'creating configuration files ... ok',
  ]
}

const INITDB_TAIL = [
  'initdb: warning: enabling "trust" authentication for local connections',
  'initdb: hint: You can change this by editing pg_hba.conf or using the option -A, or --auth-local and --auth-host, the next time you run initdb.',
  'syncing data to disk ... ok',
  '',
  '',
  'Success. You can now start the database server using:',
  '',
  `    pg_ctl -D ${PGDATA} -l logfile start`,
  '',
]

const banner = (version: string) =>
  `LOG:  starting PostgreSQL ${version} (Debian ${version}-1.pgdg120+1) on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit`

function fastShutdown(master: number, checkpointer: number, launcher: number, buffers: number): string[] {
  return [
    `${PG} [${master}] LOG:  received fast shutdown request`,
    `${PG} [${master}] LOG:  aborting any active transactions`,
    `${PG} [${master}] LOG:  background worker "logical replication launcher" (PID ${launcher}) exited with exit code 1`,
    `${PG} [${checkpointer}] LOG:  shutting down`,
    `${PG} [${checkpointer}] LOG:  checkpoint starting: shutdown immediate`,
    `${PG} [${checkpointer}] LOG:  checkpoint complete: wrote ${buffers} buffers (${((buffers / 16384) * 100).toFixed(1)}%); 0 WAL file(s) added, 0 removed, 0 recycled; write=0.014 s, sync=0.312 s, total=0.342 s; sync files=301, longest=0.004 s, average=0.002 s; distance=4238 kB, estimate=4238 kB; lsn=0/1908978, redo lsn=0/1908978`,
    `${PG} [${master}] LOG:  database system is shut down`,
  ]
}

/** initdb plus the socket-only temporary server that creates POSTGRES_DB. */
function initialise(tl: Timeline, input: ProgramInput, scale: number): void {
  const { env, version } = input
  const ms = (s: number) => s * 1000 * scale
  tl.logSpread(initdb(Number.parseInt(version, 10)), 2).wait(ms(0.9)).log('running bootstrap script ... ok')
  tl.wait(ms(0.8)).log('performing post-bootstrap initialization ... ok').wait(ms(0.1)).log(...INITDB_TAIL)
  const shutAt = tl.wait(ms(0.2)).now
  tl.log(`waiting for server to start....${PG} [49] ${banner(version)}`)
  tl.log(`${PG} [49] LOG:  listening on Unix socket "/var/run/postgresql/.s.PGSQL.5432"`)
  tl.wait(10).log(`${PG} [52] LOG:  database system was shut down at ${secondsOf(input, shutAt)}`)
  tl.wait(6).log(`${PG} [49] LOG:  database system is ready to accept connections`, ' done', 'server started')
  const database = env.POSTGRES_DB || env.POSTGRES_USER || 'postgres'
  tl.wait(ms(0.15))
  if (database !== 'postgres') tl.log('CREATE DATABASE', '')
  tl.log('', '/usr/local/bin/docker-entrypoint.sh: ignoring /docker-entrypoint-initdb.d/*', '')
  const [first, ...rest] = fastShutdown(49, 50, 55, 921)
  tl.log(`waiting for server to shut down....${first}`).logSpread(rest, ms(0.06))
  tl.log(' done', 'server stopped', '', 'PostgreSQL init process complete; ready for start up.', '')
}

/** `2024-12-16 18:26:22 UTC`: the wall time `atMs` after this program's start, to the second. */
function secondsOf(input: ProgramInput, atMs: number): string {
  const d = new Date(input.ctx.startedAt + input.startMs + atMs)
  return `${d.toISOString().slice(0, 19).replace('T', ' ')} UTC`
}

function serve(tl: Timeline, input: ProgramInput, lastShutdownMs: number): ProcessRun {
  tl.wait(between(input.ctx.rand, 40, 90))
  tl.log(
    `${PG} [1] ${banner(input.version)}`,
    `${PG} [1] LOG:  listening on IPv4 address "0.0.0.0", port 5432`,
    `${PG} [1] LOG:  listening on IPv6 address "::", port 5432`,
    `${PG} [1] LOG:  listening on Unix socket "/var/run/postgresql/.s.PGSQL.5432"`,
  )
  tl.wait(8).log(`${PG} [65] LOG:  database system was shut down at ${secondsOf(input, lastShutdownMs)}`)
  tl.wait(5).log(`${PG} [1] LOG:  database system is ready to accept connections`).listen(5432)
  const onTerm = { signal: 'SIGINT' as const, handled: true, exitAfterMs: 350, exitCode: 0, log: fastShutdown(1, 63, 68, 47) }
  return tl.build({ serves: [{ port: 5432 }], onTerm })
}

/** docker-entrypoint.sh `postgres`: verify env, initialise an empty PGDATA, exec postgres. */
function entrypoint(input: ProgramInput): ProcessRun {
  let rest = input.argv.slice(1)
  if (rest[0]?.startsWith('-')) rest = ['postgres', ...rest]
  const wantsHelp = rest.some((a) => ['-?', '--help', '--describe-config', '-V', '--version'].includes(a))
  if (rest[0] !== 'postgres' || wantsHelp) return input.exec(rest, input.startMs)
  const { ctx, env } = input
  const tl = timeline(ctx.startedAt, input.startMs).wait(between(ctx.rand, 30, 80))
  const volume = volumeAt(input.container, PGDATA)
  if (volume !== undefined && (ctx.populatedVolumes ?? []).includes(volume)) {
    tl.log('', 'PostgreSQL Database directory appears to contain a database; Skipping initialization', '')
    return serve(tl, input, -1000)
  }
  const trust = env.POSTGRES_HOST_AUTH_METHOD === 'trust'
  if (!env.POSTGRES_PASSWORD && !trust) return tl.log(...MISSING_PASSWORD).build({}, { code: 1 })
  if (trust) tl.log(...TRUST_WARNING)
  initialise(tl, input, between(ctx.rand, 1, 2))
  if (volume) tl.populate(volume)
  return serve(tl, input, tl.now)
}

const runtime: ImageRuntime = {
  entrypoint: ['docker-entrypoint.sh'],
  cmd: ['postgres'],
  binaries: [
    ...DEBIAN_SLIM,
    'postgres', 'psql', 'pg_ctl', 'initdb', 'pg_isready', 'pg_dump', 'pg_dumpall', 'gosu', 'locale',
    'docker-entrypoint.sh', '/usr/local/bin/docker-entrypoint.sh', 'docker-ensure-initdb.sh',
  ],
  shell: 'dash',
  programs: { 'docker-entrypoint.sh': entrypoint },
  stopSignal: 'SIGINT',
}

/** docker.io/library/postgres as of early 2025. Sizes marked ~ are estimates (amd64, compressed). */
export const postgresRepository: RepositoryDef = {
  names: ['docker.io/library/postgres'],
  tags: {
    '17.2': { version: '17.2', size: 153816116, runtime }, // size from a real Pulled event
    '16.6': { version: '16.6', size: 151902573, runtime }, // ~
  },
  aliases: { '17': '17.2', latest: '17.2', '16': '16.6' },
}
