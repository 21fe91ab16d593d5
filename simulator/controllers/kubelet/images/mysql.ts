// The official MySQL images (docker.io/library/mysql, Oracle Linux based).
// mirrors docker-library/mysql docker-entrypoint.sh (5.7 as removed in 3e959c2, 8.0 as removed in
// b6c1f39, 8.4 at 7f30fdb): mysql_log's `<date --rfc-3339=seconds> [Note] [Entrypoint]: ...` lines,
// docker_verify_minimum_env's errors, docker_setup_db's notes and the temporary-server dance.
import { ORACLE_SLIM } from './base-images'
import { timeToken } from './log-time'
import { MYSQL_57, MYSQL_80, MYSQL_84, type MysqlLines } from './mysql-logs'
import { volumeAt } from './plan'
import { between, timeline, type Timeline } from './timeline'
import type { ImageRuntime, ProcessRun, ProgramInput, RepositoryDef, TermBehaviour } from './types'

const DATADIR = '/var/lib/mysql'
const SOCKET_LINK = "'/var/lib/mysql/mysql.sock' -> '/var/run/mysqld/mysqld.sock'"
const ep = (message: string, level = 'Note') => `${timeToken('entrypoint')} [${level}] [Entrypoint]: ${message}`
const PASSWORD_OPTIONS = ['    - MYSQL_ROOT_PASSWORD', '    - MYSQL_ALLOW_EMPTY_PASSWORD', '    - MYSQL_RANDOM_ROOT_PASSWORD']

/** A MySQL major version: its log lines and how long a kind node takes for each phase. */
interface MysqlFlavour {
  lines: MysqlLines
  /** `MYSQL_VERSION` of the image, as the entrypoint prints it. */
  packageVersion(version: string): string
  /** 5.7 polls the temporary server ("Waiting for server startup"). */
  polls: boolean
  tempPid: number
  /** Seconds a fast machine takes to initialise (the real logs); scaled by 1.8-3x for kind. */
  initSeconds: number
  ports: number[]
}

const FLAVOURS: Record<'5.7' | '8.0' | '8.4', MysqlFlavour> = {
  '5.7': { lines: MYSQL_57, packageVersion: (v) => `${v}-1.el7`, polls: true, tempPid: 125, initSeconds: 2.4, ports: [3306] },
  '8.0': { lines: MYSQL_80, packageVersion: (v) => `${v}-1.el9`, polls: false, tempPid: 125, initSeconds: 4, ports: [3306, 33060] },
  '8.4': { lines: MYSQL_84, packageVersion: (v) => `${v}-1.el9`, polls: false, tempPid: 121, initSeconds: 5, ports: [3306, 33060] },
}

function hex(rand: () => number, digits: number): string {
  return Array.from({ length: digits }, () => Math.floor(rand() * 16).toString(16)).join('')
}

function base64(rand: () => number, length: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
  return Array.from({ length }, () => alphabet[Math.floor(rand() * 64)]).join('')
}

/** docker_verify_minimum_env: error lines (the entrypoint then exits 1), else warnings. */
function verifyEnv(env: Readonly<Record<string, string>>): { errors?: string[]; warnings: string[] } {
  if (!env.MYSQL_ROOT_PASSWORD && !env.MYSQL_ALLOW_EMPTY_PASSWORD && !env.MYSQL_RANDOM_ROOT_PASSWORD) {
    const head = ep('Database is uninitialized and password option is not specified', 'ERROR')
    return { errors: [head, '    You need to specify one of the following as an environment variable:', ...PASSWORD_OPTIONS], warnings: [] }
  }
  if (env.MYSQL_USER === 'root') {
    const head = ep('MYSQL_USER="root", MYSQL_USER and MYSQL_PASSWORD are for configuring a regular user and cannot be used for the root user', 'ERROR')
    return { errors: [head, '    Remove MYSQL_USER="root" and use one of the following to control the root user password:', ...PASSWORD_OPTIONS], warnings: [] }
  }
  if (env.MYSQL_USER && !env.MYSQL_PASSWORD) {
    return { warnings: [ep('MYSQL_USER specified, but missing MYSQL_PASSWORD; MYSQL_USER will not be created', 'Warn')] }
  }
  if (!env.MYSQL_USER && env.MYSQL_PASSWORD) {
    return { warnings: [ep('MYSQL_PASSWORD specified, but missing MYSQL_USER; MYSQL_PASSWORD will be ignored', 'Warn')] }
  }
  return { warnings: [] }
}

/** docker_setup_db's notes, in order. */
function setupNotes(env: Readonly<Record<string, string>>, rand: () => number): string[] {
  const notes: string[] = []
  if (env.MYSQL_RANDOM_ROOT_PASSWORD) notes.push(ep(`GENERATED ROOT PASSWORD: ${base64(rand, 32)}`))
  if (env.MYSQL_DATABASE) notes.push(ep(`Creating database ${env.MYSQL_DATABASE}`))
  if (env.MYSQL_USER && env.MYSQL_PASSWORD) {
    notes.push(ep(`Creating user ${env.MYSQL_USER}`))
    if (env.MYSQL_DATABASE) notes.push(ep(`Giving user ${env.MYSQL_USER} access to schema ${env.MYSQL_DATABASE}`))
  }
  return notes
}

/** First start on an empty data dir: initialise, run the temporary server, stop it. */
function initialise(tl: Timeline, f: MysqlFlavour, input: ProgramInput, scale: number): void {
  const { version, ctx, env } = input
  const sec = (s: number) => s * 1000 * scale
  tl.wait(sec(0.2)).log(ep('Initializing database files'))
  const uuid = `${hex(ctx.rand, 8)}-${hex(ctx.rand, 4)}-11f0-${hex(ctx.rand, 4)}-${hex(ctx.rand, 12)}`
  tl.logSpread(f.lines.initialize(version, uuid), sec(f.initSeconds / 8))
  tl.wait(sec(f.initSeconds / 3)).log(ep('Database files initialized'), ep('Starting temporary server'))
  if (f.polls) tl.log(ep('Waiting for server startup'))
  tl.wait(sec(0.3)).logSpread(f.lines.start(version, f.tempPid, 0), 1)
  tl.wait(sec(0.6)).log(ep('Temporary server started.'), SOCKET_LINK)
  tl.logSpread(f.lines.afterTempStart, 2).wait(sec(0.4)).log(...f.lines.timezoneWarnings)
  tl.wait(sec(0.3)).log(...setupNotes(env, ctx.rand), '', ep('Stopping temporary server'))
  tl.logSpread(f.lines.shutdown(version, false), sec(0.02)).wait(sec(0.8)).log(ep('Temporary server stopped'))
  tl.log('', ep('MySQL init process done. Ready for start up.'), '')
}

/** The final `exec mysqld`: listening on 3306 (and the X protocol on 33060 for 8.x). */
function serve(tl: Timeline, f: MysqlFlavour, input: ProgramInput, scale: number, notes: string[] = []): ProcessRun {
  tl.wait(500 * scale).logSpread(f.lines.start(input.version, 1, 3306), between(input.ctx.rand, 2, 40))
  tl.listen(...f.ports)
  const onTerm: TermBehaviour = {
    signal: 'SIGTERM',
    handled: true,
    exitAfterMs: Math.round(1200 * scale),
    exitCode: 0,
    log: f.lines.shutdown(input.version, true),
  }
  return tl.build({ serves: f.ports.map((port) => ({ port })), onTerm, notes })
}

function entrypoint(f: MysqlFlavour) {
  return (input: ProgramInput): ProcessRun => {
    let rest = input.argv.slice(1)
    if (rest[0]?.startsWith('-')) rest = ['mysqld', ...rest]
    const wantsHelp = rest.some((a) => ['-?', '--help', '--print-defaults', '-V', '--version'].includes(a))
    if (rest[0] !== 'mysqld' || wantsHelp) return input.exec(rest, input.startMs)
    const { ctx, env } = input
    const scale = between(ctx.rand, 1.8, 3)
    const tl = timeline(ctx.startedAt, input.startMs)
    const started = ep(`Entrypoint script for MySQL Server ${f.packageVersion(input.version)} started.`)
    tl.log(started)
    if (!ctx.runAsUser) tl.wait(300 * scale).log(ep("Switching to dedicated user 'mysql'")).wait(40).log(started)
    const volume = volumeAt(input.container, DATADIR)
    const exists = volume !== undefined && (ctx.populatedVolumes ?? []).includes(volume)
    if (exists) {
      tl.wait(100 * scale).log(SOCKET_LINK)
      return serve(tl, f, input, scale)
    }
    const check = verifyEnv(env)
    if (check.errors) return tl.wait(between(ctx.rand, 400, 900) * scale).log(...check.errors).build({}, { code: 1 })
    tl.log(...check.warnings)
    initialise(tl, f, input, scale)
    if (volume) tl.populate(volume)
    return serve(tl, f, input, scale)
  }
}

/** `mysqld` run directly (no entrypoint): starts on whatever the data dir holds. */
function mysqld(f: MysqlFlavour) {
  return (input: ProgramInput): ProcessRun => {
    const tl = timeline(input.ctx.startedAt, input.startMs)
    return serve(tl, f, input, between(input.ctx.rand, 1, 1.5), ['mysqld without the entrypoint: data-dir initialisation is not modelled'])
  }
}

function mysqlRuntime(major: keyof typeof FLAVOURS): ImageRuntime {
  const f = FLAVOURS[major]
  const clients = ['mysql', 'mysqladmin', 'mysqldump', 'mysql_tzinfo_to_sql', ...(major === '5.7' ? [] : ['mysqlsh'])]
  return {
    entrypoint: ['docker-entrypoint.sh'],
    cmd: ['mysqld'],
    binaries: [...ORACLE_SLIM, 'mysqld', ...clients, 'docker-entrypoint.sh', '/usr/local/bin/docker-entrypoint.sh', '/entrypoint.sh'],
    shell: major === '5.7' ? 'bash4' : 'bash',
    programs: { 'docker-entrypoint.sh': entrypoint(f), 'entrypoint.sh': entrypoint(f), mysqld: mysqld(f) },
    stopSignal: 'SIGTERM',
  }
}

const v57 = mysqlRuntime('5.7')
const v80 = mysqlRuntime('8.0')
const v84 = mysqlRuntime('8.4')

/** docker.io/library/mysql as of early 2025. Sizes marked ~ are estimates (amd64, compressed). */
export const mysqlRepository: RepositoryDef = {
  names: ['docker.io/library/mysql'],
  tags: {
    // Digest seen as the Image ID of mysql:5.7 in several real `kubectl describe pod` outputs.
    '5.7.44': {
      version: '5.7.44',
      size: 137138451, // ~
      digest: 'sha256:4bc6bc963e6d8443453676cae56536f4b8156d78bae03c0145cbe47c2aad73bb',
      runtime: v57,
    },
    '8.0.41': { version: '8.0.41', size: 166083542, runtime: v80 }, // ~
    '8.4.4': { version: '8.4.4', size: 170243867, runtime: v84 }, // ~
    '9.2.0': { version: '9.2.0', size: 172907715, runtime: v84 }, // ~ (9.x logs modelled as 8.4's)
  },
  aliases: {
    '5': '5.7.44',
    '5.7': '5.7.44',
    '8.0': '8.0.41',
    '8.4': '8.4.4',
    '8': '8.4.4',
    lts: '8.4.4',
    '9': '9.2.0',
    '9.2': '9.2.0',
    innovation: '9.2.0',
    latest: '9.2.0',
  },
}
