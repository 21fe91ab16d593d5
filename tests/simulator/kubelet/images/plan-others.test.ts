import { describe, expect, it } from 'vitest'
import { exitOf, listenAt, logs, plan } from './helpers'

describe('postgres', () => {
  it('without POSTGRES_PASSWORD exits 1 with the entrypoint error', () => {
    const p = plan({ image: 'postgres:16' })
    expect(logs(p)).toEqual([
      'Error: Database is uninitialized and superuser password is not specified.',
      '       You must specify POSTGRES_PASSWORD to a non-empty value for the',
      '       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".',
      '',
      '       You may also use "POSTGRES_HOST_AUTH_METHOD=trust" to allow all',
      '       connections without a password. This is *not* recommended.',
      '',
      '       See PostgreSQL documentation about "trust":',
      '       https://www.postgresql.org/docs/current/auth-trust.html',
    ])
    expect(exitOf(p)).toMatchObject({ code: 1, reason: 'Error' })
  })

  it('with a password runs initdb and the temporary server, then listens on 5432', () => {
    const p = plan({ image: 'postgres:17', env: [{ name: 'POSTGRES_PASSWORD', value: 'pw' }] })
    const lines = logs(p)
    expect(lines).toContain('selecting default "max_connections" ... 100')
    expect(lines).toContain('PostgreSQL init process complete; ready for start up.')
    expect(lines).not.toContain('CREATE DATABASE')
    expect(lines[lines.length - 1]).toMatch(/^2025-02-01 12:00:0\d\.\d{3} UTC \[1\] LOG:  database system is ready to accept connections$/)
    expect(listenAt(p, 5432)).toBeGreaterThan(1500)
    expect(p.onTerm).toMatchObject({ signal: 'SIGINT', handled: true })
  })

  it('an existing PGDATA skips initialisation', () => {
    const p = plan(
      { image: 'postgres', volumeMounts: [{ name: 'pg', mountPath: '/var/lib/postgresql/data' }] },
      { populatedVolumes: ['pg'] },
    )
    expect(logs(p).slice(0, 3)).toEqual(['', 'PostgreSQL Database directory appears to contain a database; Skipping initialization', ''])
    expect(listenAt(p, 5432)).toBeLessThan(1000)
  })
})

describe('redis', () => {
  it('starts in milliseconds with the 7.4 banner lines', () => {
    const p = plan({ image: 'redis:7' })
    expect(logs(p).map((l) => l.replace(/ 01 Feb 2025 12:00:00\.0\d\d /, ' 01 Feb 2025 12:00:00.010 '))).toEqual([
      '1:C 01 Feb 2025 12:00:00.010 * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo',
      '1:C 01 Feb 2025 12:00:00.010 * Redis version=7.4.2, bits=64, commit=00000000, modified=0, pid=1, just started',
      '1:C 01 Feb 2025 12:00:00.010 # Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf',
      '1:M 01 Feb 2025 12:00:00.010 * monotonic clock: POSIX clock_gettime',
      '1:M 01 Feb 2025 12:00:00.010 * Running mode=standalone, port=6379.',
      '1:M 01 Feb 2025 12:00:00.010 * Server initialized',
      '1:M 01 Feb 2025 12:00:00.010 * Ready to accept connections tcp',
    ])
    expect(listenAt(p, 6379)).toBeLessThan(100)
  })

  it('options as args go through the entrypoint to redis-server', () => {
    const lines = logs(plan({ image: 'redis:7.2', args: ['--appendonly', 'yes'] }))
    expect(lines).toContain(lines.find((l) => l.endsWith('* Configuration loaded')))
    expect(lines.some((l) => l.includes('Redis version=7.2.7'))).toBe(true)
    expect(lines.some((l) => l.endsWith('Creating AOF base file appendonly.aof.1.base.rdb on server start'))).toBe(true)
  })
})

describe('other catalogued images', () => {
  it('httpd logs the AH00558 lines with the pod IP and serves 80', () => {
    const p = plan({ image: 'httpd:2.4' }, { podIP: '10.244.2.7' })
    expect(logs(p)[0]).toBe(
      "AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using 10.244.2.7. Set the 'ServerName' directive globally to suppress this message",
    )
    expect(logs(p)[3]).toMatch(/^\[Sat Feb 01 12:00:00\.\d{6} 2025\] \[core:notice\] \[pid 1:tid 1\] AH00094: Command line: 'httpd -D FOREGROUND'$/)
    expect(listenAt(p, 80)).toBeDefined()
  })

  it('the ZooKeeper tutorial command serves the client and election ports', () => {
    const command = ['sh', '-c', 'start-zookeeper --servers=3 --data_dir=/var/lib/zookeeper/data --client_port=2181 --election_port=3888']
    const p = plan({ image: 'registry.k8s.io/kubernetes-zookeeper:1.0-3.4.10', command }, { hostname: 'zk-1' })
    expect(listenAt(p, 2181)).toBeDefined()
    expect(logs(p).some((l) => l.includes('[myid:2]'))).toBe(true)
  })

  it('the e2e httpd and agnhost images used by upstream StatefulSet tests', () => {
    expect(listenAt(plan({ image: 'registry.k8s.io/e2e-test-images/httpd:2.4.38-4' }), 80)).toBeDefined()
    const netexec = plan({ image: 'registry.k8s.io/e2e-test-images/agnhost:2.52', args: ['netexec', '--http-port=8081'] })
    expect(listenAt(netexec, 8081)).toBeDefined()
  })

  it('pause runs until stopped and exits 0 on SIGTERM', () => {
    const p = plan({ image: 'registry.k8s.io/pause:3.10' })
    expect(exitOf(p)).toBeUndefined()
    expect(p.onTerm).toMatchObject({ handled: true, exitCode: 0 })
  })
})
