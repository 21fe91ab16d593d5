import { describe, expect, it } from 'vitest'
import { exitOf, listenAt, logs, plan } from './helpers'

const data = { volumeMounts: [{ name: 'mysql-data', mountPath: '/var/lib/mysql' }] }
const password = { env: [{ name: 'MYSQL_ROOT_PASSWORD', value: 'secret' }] }

describe('mysql without a password option (docker_verify_minimum_env)', () => {
  it('mysql:5.7 exits 1 with the entrypoint error after about a second or two', () => {
    const p = plan({ image: 'mysql:5.7' })
    expect(logs(p)).toEqual([
      '2025-02-01 12:00:00+00:00 [Note] [Entrypoint]: Entrypoint script for MySQL Server 5.7.44-1.el7 started.',
      "2025-02-01 12:00:00+00:00 [Note] [Entrypoint]: Switching to dedicated user 'mysql'",
      '2025-02-01 12:00:00+00:00 [Note] [Entrypoint]: Entrypoint script for MySQL Server 5.7.44-1.el7 started.',
      expect.stringMatching(/^2025-02-01 12:00:0\d\+00:00 \[ERROR\] \[Entrypoint\]: Database is uninitialized and password option is not specified$/),
      '    You need to specify one of the following as an environment variable:',
      '    - MYSQL_ROOT_PASSWORD',
      '    - MYSQL_ALLOW_EMPTY_PASSWORD',
      '    - MYSQL_RANDOM_ROOT_PASSWORD',
    ])
    const exit = exitOf(p)
    expect(exit).toMatchObject({ code: 1, reason: 'Error' })
    expect(exit!.afterMs).toBeGreaterThan(700)
    expect(exit!.afterMs).toBeLessThan(4000)
  })

  it('mysql:8 (8.4) prints the 8.4 package version', () => {
    const lines = logs(plan({ image: 'mysql:8' }))
    expect(lines[0]).toBe('2025-02-01 12:00:00+00:00 [Note] [Entrypoint]: Entrypoint script for MySQL Server 8.4.4-1.el9 started.')
    expect(lines).toContain('    - MYSQL_RANDOM_ROOT_PASSWORD')
  })

  it('a non-root securityContext skips the gosu hop', () => {
    const lines = logs(plan({ image: 'mysql:8.0' }, { runAsUser: 999 }))
    expect(lines.filter((l) => l.includes('Entrypoint script'))).toHaveLength(1)
    expect(lines.some((l) => l.includes('Switching'))).toBe(false)
  })

  it('MYSQL_USER=root is refused', () => {
    const p = plan({ image: 'mysql:8.4', env: [{ name: 'MYSQL_ROOT_PASSWORD', value: 'x' }, { name: 'MYSQL_USER', value: 'root' }] })
    expect(logs(p)).toContain('    Remove MYSQL_USER="root" and use one of the following to control the root user password:')
    expect(exitOf(p)?.code).toBe(1)
  })

  it('an initialised data dir needs no password', () => {
    const p = plan({ image: 'mysql:5.7', ...data }, { populatedVolumes: ['mysql-data'] })
    expect(exitOf(p)).toBeUndefined()
    expect(listenAt(p, 3306)).toBeDefined()
  })
})

describe('mysql with a password', () => {
  it('mysql:5.7 initialises (15-30 s on kind), then serves 3306', () => {
    const p = plan({ image: 'mysql:5.7', ...password, ...data })
    const lines = logs(p)
    const ready = listenAt(p, 3306)!
    expect(ready).toBeGreaterThan(10_000)
    expect(ready).toBeLessThan(35_000)
    expect(lines).toContain(
      "Version: '5.7.44'  socket: '/var/run/mysqld/mysqld.sock'  port: 0  MySQL Community Server (GPL)",
    )
    expect(lines[lines.length - 1]).toBe(
      "Version: '5.7.44'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server (GPL)",
    )
    expect(lines).toContain('2025-02-01 12:00:00+00:00 [Note] [Entrypoint]: Entrypoint script for MySQL Server 5.7.44-1.el7 started.')
    expect(lines.some((l) => l.endsWith('[Note] [Entrypoint]: Waiting for server startup'))).toBe(true)
    expect(lines.some((l) => l.endsWith('[Note] [Entrypoint]: MySQL init process done. Ready for start up.'))).toBe(true)
    expect(p.steps.some((s) => s.populates?.includes('mysql-data'))).toBe(true)
    expect(p.serves.map((s) => s.port)).toEqual([3306])
  })

  it('mysql:8 logs the real 8.4 sequence and opens 3306 and 33060', () => {
    const p = plan({
      image: 'mysql:8',
      env: [
        { name: 'MYSQL_ROOT_PASSWORD', value: 'x' },
        { name: 'MYSQL_DATABASE', value: 'shop' },
        { name: 'MYSQL_USER', value: 'app' },
        { name: 'MYSQL_PASSWORD', value: 'y' },
      ],
    })
    const stamp = /^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\+00:00|\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z) /
    const lines = logs(p).map((l) => l.replace(stamp, ''))
    const order = [
      '[Note] [Entrypoint]: Initializing database files',
      '0 [System] [MY-015017] [Server] MySQL Server Initialization - start.',
      '[Note] [Entrypoint]: Database files initialized',
      '[Note] [Entrypoint]: Temporary server started.',
      "'/var/lib/mysql/mysql.sock' -> '/var/run/mysqld/mysqld.sock'",
      "Warning: Unable to load '/usr/share/zoneinfo/leap-seconds.list' as time zone. Skipping it.",
      '[Note] [Entrypoint]: Creating database shop',
      '[Note] [Entrypoint]: Creating user app',
      '[Note] [Entrypoint]: Giving user app access to schema shop',
      '',
      '[Note] [Entrypoint]: Stopping temporary server',
      '14 [System] [MY-013172] [Server] Received SHUTDOWN from user root. Shutting down mysqld (Version: 8.4.4).',
      '[Note] [Entrypoint]: Temporary server stopped',
      '[Note] [Entrypoint]: MySQL init process done. Ready for start up.',
      "0 [System] [MY-011323] [Server] X Plugin ready for connections. Bind-address: '::' port: 33060, socket: /var/run/mysqld/mysqlx.sock",
      "0 [System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. Version: '8.4.4'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL.",
    ]
    const positions = order.map((line) => lines.indexOf(line))
    expect(positions.every((i) => i >= 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
    expect(listenAt(p, 33060)).toBe(listenAt(p, 3306))
  })

  it('a restarted pod on the same PVC starts in a few seconds, without initialising', () => {
    const p = plan({ image: 'mysql:8.0', ...password, ...data }, { populatedVolumes: ['mysql-data'] })
    expect(listenAt(p, 3306)).toBeLessThan(5000)
    const lines = logs(p)
    expect(lines.some((l) => l.includes('Initializing database files'))).toBe(false)
    expect(lines[3]).toBe("'/var/lib/mysql/mysql.sock' -> '/var/run/mysqld/mysqld.sock'")
    expect(lines[4]).toMatch(/Z 0 \[Warning\] \[MY-011068\] \[Server\] The syntax '--skip-host-cache' is deprecated/)
  })

  it('stops cleanly on SIGTERM with the shutdown lines', () => {
    const p = plan({ image: 'mysql:8.4', ...password })
    expect(p.onTerm).toMatchObject({ signal: 'SIGTERM', handled: true, exitCode: 0 })
    expect(p.onTerm.log?.[0]).toContain('Received SHUTDOWN from user <via user signal>. Shutting down mysqld (Version: 8.4.4).')
  })

  it('MYSQL_RANDOM_ROOT_PASSWORD prints a generated password', () => {
    const lines = logs(plan({ image: 'mysql:8.0', env: [{ name: 'MYSQL_RANDOM_ROOT_PASSWORD', value: 'yes' }] }))
    expect(lines.some((l) => /\[Note\] \[Entrypoint\]: GENERATED ROOT PASSWORD: [A-Za-z0-9+/]{32}$/.test(l))).toBe(true)
  })
})
