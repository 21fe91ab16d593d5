// mysqld's own log lines, copied from real first-run logs of the official images:
// mysql:5.7 (5.7.44-1.el7, `docker run ... mysql:5.7`, June 2025), mysql:8.0 (8.0.46-1.el9,
// `kubectl logs` in June 2026) and mysql:8.4 (8.4.8-1.el9, `docker compose logs`, March 2026).
// Versions, process ids and the random UUID are parameters; everything else is verbatim.
import { timeToken } from './log-time'

const T = timeToken('mysqld')
const s = (line: string) => `${T} ${line}`

/** Lines of one phase of a MySQL major version. */
export interface MysqlLines {
  /** `mysqld --initialize-insecure` output. */
  initialize(version: string, uuid: string): string[]
  /** A server start up to "ready for connections" on `port` (0 for the --skip-networking temp server). */
  start(version: string, pid: number, port: number): string[]
  /** After "Temporary server started." and the socket symlink, before the tz warnings. */
  afterTempStart: string[]
  timezoneWarnings: string[]
  /** Shutdown triggered by mysqladmin (temp server) or by a signal (`viaSignal`). */
  shutdown(version: string, viaSignal: boolean): string[]
}

const V57_PLUGINS = [
  'ngram', 'partition', 'BLACKHOLE', 'ARCHIVE', 'PERFORMANCE_SCHEMA', 'MRG_MYISAM', 'MyISAM', 'INNODB_SYS_VIRTUAL',
  'INNODB_SYS_DATAFILES', 'INNODB_SYS_TABLESPACES', 'INNODB_SYS_FOREIGN_COLS', 'INNODB_SYS_FOREIGN', 'INNODB_SYS_FIELDS',
  'INNODB_SYS_COLUMNS', 'INNODB_SYS_INDEXES', 'INNODB_SYS_TABLESTATS', 'INNODB_SYS_TABLES', 'INNODB_FT_INDEX_TABLE',
  'INNODB_FT_INDEX_CACHE', 'INNODB_FT_CONFIG', 'INNODB_FT_BEING_DELETED', 'INNODB_FT_DELETED', 'INNODB_FT_DEFAULT_STOPWORD',
  'INNODB_METRICS', 'INNODB_TEMP_TABLE_INFO', 'INNODB_BUFFER_POOL_STATS', 'INNODB_BUFFER_PAGE_LRU', 'INNODB_BUFFER_PAGE',
  'INNODB_CMP_PER_INDEX_RESET', 'INNODB_CMP_PER_INDEX', 'INNODB_CMPMEM_RESET', 'INNODB_CMPMEM', 'INNODB_CMP_RESET',
  'INNODB_CMP', 'INNODB_LOCK_WAITS', 'INNODB_LOCKS', 'INNODB_TRX', 'InnoDB',
]

const TLS_57 = [
  '0 [Warning] A deprecated TLS version TLSv1 is enabled. Please use TLSv1.2 or higher.',
  '0 [Warning] A deprecated TLS version TLSv1.1 is enabled. Please use TLSv1.2 or higher.',
  '0 [Warning] CA certificate ca.pem is self signed.',
]

/** mysqld 5.7's notes from InnoDB start to "ready for connections" (port 0: the temp server). */
function start57Notes(version: string, port: number): string[] {
  return [
    '0 [Note] InnoDB: PUNCH HOLE support available',
    '0 [Note] InnoDB: Mutexes and rw_locks use GCC atomic builtins',
    '0 [Note] InnoDB: Uses event mutexes',
    '0 [Note] InnoDB: GCC builtin __atomic_thread_fence() is used for memory barrier',
    '0 [Note] InnoDB: Compressed tables use zlib 1.2.13',
    '0 [Note] InnoDB: Using Linux native AIO',
    '0 [Note] InnoDB: Number of pools: 1',
    '0 [Note] InnoDB: Using CPU crc32 instructions',
    '0 [Note] InnoDB: Initializing buffer pool, total size = 128M, instances = 1, chunk size = 128M',
    '0 [Note] InnoDB: Completed initialization of buffer pool',
    '0 [Note] InnoDB: If the mysqld execution user is authorized, page cleaner thread priority can be changed. See the man page of setpriority().',
    '0 [Note] InnoDB: Highest supported file format is Barracuda.',
    '0 [Note] InnoDB: Creating shared tablespace for temporary tables',
    "0 [Note] InnoDB: Setting file './ibtmp1' size to 12 MB. Physically writing the file full; Please wait ...",
    "0 [Note] InnoDB: File './ibtmp1' size is now 12 MB.",
    '0 [Note] InnoDB: 96 redo rollback segment(s) found. 96 redo rollback segment(s) are active.',
    '0 [Note] InnoDB: 32 non-redo rollback segment(s) are active.',
    `0 [Note] InnoDB: ${version} started; log sequence number ${port === 0 ? 2768291 : 12219253}`,
    '0 [Note] InnoDB: Loading buffer pool(s) from /var/lib/mysql/ib_buffer_pool',
    "0 [Note] Plugin 'FEDERATED' is disabled.",
    `0 [Note] InnoDB: Buffer pool(s) load completed at ${'{{t:mysql-short}}'}`,
    '0 [Note] Found ca.pem, server-cert.pem and server-key.pem in data directory. Trying to enable SSL support using them.',
    '0 [Note] Skipping generation of SSL certificates as certificate files are present in data directory.',
    ...TLS_57,
    '0 [Note] Skipping generation of RSA key pair as key files are present in data directory.',
    ...(port === 0
      ? []
      : [
          `0 [Note] Server hostname (bind-address): '*'; port: ${port}`,
          '0 [Note] IPv6 is available.',
          "0 [Note]   - '::' resolves to '::';",
          "0 [Note] Server socket created on IP: '::'.",
        ]),
    "0 [Warning] Insecure configuration for --pid-file: Location '/var/run/mysqld' in the path is accessible to all OS users. Consider choosing a different directory.",
    '0 [Note] Event Scheduler: Loaded 0 events',
    '0 [Note] mysqld: ready for connections.',
  ]
}

export const MYSQL_57: MysqlLines = {
  initialize: (_version, uuid) =>
    [
      '0 [Warning] TIMESTAMP with implicit DEFAULT value is deprecated. Please use --explicit_defaults_for_timestamp server option (see documentation for more details).',
      '0 [Warning] InnoDB: New log files created, LSN=45790',
      '0 [Warning] InnoDB: Creating foreign key constraint system tables.',
      `0 [Warning] No existing UUID has been found, so we assume that this is the first time that this server has been started. Generating a new UUID: ${uuid}.`,
      "0 [Warning] Gtid table is not ready to be used. Table 'mysql.gtid_executed' cannot be opened.",
      ...TLS_57,
      '1 [Warning] root@localhost is created with an empty password ! Please consider switching off the --initialize-insecure option.',
    ].map(s),
  start: (version, pid, port) =>
    [
      s('0 [Warning] TIMESTAMP with implicit DEFAULT value is deprecated. Please use --explicit_defaults_for_timestamp server option (see documentation for more details).'),
      s(`0 [Note] mysqld (mysqld ${version}) starting as process ${pid} ...`),
      ...start57Notes(version, port).map(s),
      `Version: '${version}'  socket: '/var/run/mysqld/mysqld.sock'  port: ${port}  MySQL Community Server (GPL)`,
    ],
  afterTempStart: Array.from({ length: 8 }, (_, i) => s(`3 [Note] InnoDB: ${i % 2 ? 'Resuming' : 'Stopping'} purge`)),
  timezoneWarnings: ['iso3166.tab', 'leapseconds', 'tzdata.zi', 'zone.tab', 'zone1970.tab'].map(
    (file) => `Warning: Unable to load '/usr/share/zoneinfo/${file}' as time zone. Skipping it.`,
  ),
  shutdown: () =>
    [
      '0 [Note] Giving 0 client threads a chance to die gracefully',
      '0 [Note] Shutting down slave threads',
      '0 [Note] Forcefully disconnecting 0 remaining clients',
      '0 [Note] Event Scheduler: Purging the queue. 0 events',
      '0 [Note] Binlog end',
      ...V57_PLUGINS.map((p) => `0 [Note] Shutting down plugin '${p}'`),
      '0 [Note] InnoDB: FTS optimize thread exiting.',
      '0 [Note] InnoDB: Starting shutdown...',
      '0 [Note] InnoDB: Dumping buffer pool(s) to /var/lib/mysql/ib_buffer_pool',
      `0 [Note] InnoDB: Buffer pool(s) dump completed at ${'{{t:mysql-short}}'}`,
      '0 [Note] InnoDB: Shutdown completed; log sequence number 12219253',
      '0 [Note] InnoDB: Removed temporary tablespace data file: "ibtmp1"',
      ...['MEMORY', 'CSV', 'sha256_password', 'mysql_native_password', 'binlog'].map((p) => `0 [Note] Shutting down plugin '${p}'`),
      '0 [Note] mysqld: Shutdown complete',
      '',
    ].map((line) => (line ? s(line) : line)),
}

function mysql8(lts: boolean): MysqlLines {
  const hostCache = lts
    ? []
    : ["0 [Warning] [MY-011068] [Server] The syntax '--skip-host-cache' is deprecated and will be removed in a future release. Please use SET GLOBAL host_cache_size=0 instead."]
  const innodb = ['1 [System] [MY-013576] [InnoDB] InnoDB initialization has started.', '1 [System] [MY-013577] [InnoDB] InnoDB initialization has ended.']
  return {
    initialize: (version) =>
      [
        ...hostCache,
        ...(lts ? ['0 [System] [MY-015017] [Server] MySQL Server Initialization - start.'] : []),
        `0 [System] [MY-013169] [Server] /usr/sbin/mysqld (mysqld ${version}) initializing of server in progress as process ${lts ? 80 : 81}`,
        ...innodb,
        '6 [Warning] [MY-010453] [Server] root@localhost is created with an empty password ! Please consider switching off the --initialize-insecure option.',
        ...(lts ? ['0 [System] [MY-015018] [Server] MySQL Server Initialization - end.'] : []),
      ].map(s),
    start: (version, pid, port) =>
      [
        ...hostCache,
        ...(lts ? ['0 [System] [MY-015015] [Server] MySQL Server - start.'] : []),
        `0 [System] [MY-010116] [Server] /usr/sbin/mysqld (mysqld ${version}) starting as process ${pid}`,
        ...innodb,
        '0 [Warning] [MY-010068] [Server] CA certificate ca.pem is self signed.',
        '0 [System] [MY-013602] [Server] Channel mysql_main configured to support TLS. Encrypted connections are now supported for this channel.',
        "0 [Warning] [MY-011810] [Server] Insecure configuration for --pid-file: Location '/var/run/mysqld' in the path is accessible to all OS users. Consider choosing a different directory.",
        port === 0
          ? '0 [System] [MY-011323] [Server] X Plugin ready for connections. Socket: /var/run/mysqld/mysqlx.sock'
          : "0 [System] [MY-011323] [Server] X Plugin ready for connections. Bind-address: '::' port: 33060, socket: /var/run/mysqld/mysqlx.sock",
        `0 [System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. Version: '${version}'  socket: '/var/run/mysqld/mysqld.sock'  port: ${port}  MySQL Community Server - GPL.`,
      ].map(s),
    afterTempStart: [],
    timezoneWarnings: ['iso3166.tab', 'leap-seconds.list', 'leapseconds', 'tzdata.zi', 'zone.tab', 'zone1970.tab'].map(
      (file) => `Warning: Unable to load '/usr/share/zoneinfo/${file}' as time zone. Skipping it.`,
    ),
    shutdown: (version, viaSignal) =>
      [
        `${viaSignal ? 0 : 14} [System] [MY-013172] [Server] Received SHUTDOWN from user ${viaSignal ? '<via user signal>' : 'root'}. Shutting down mysqld (Version: ${version}).`,
        `0 [System] [MY-010910] [Server] /usr/sbin/mysqld: Shutdown complete (mysqld ${version})  MySQL Community Server - GPL.`,
        ...(lts ? ['0 [System] [MY-015016] [Server] MySQL Server - end.'] : []),
      ].map(s),
  }
}

/** mysql:8.0 (the `--skip-host-cache` deprecation warning, no MY-0150xx start/end lines). */
export const MYSQL_80 = mysql8(false)
/** mysql:8.4 and 9.x. */
export const MYSQL_84 = mysql8(true)
