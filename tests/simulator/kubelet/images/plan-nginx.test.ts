import { describe, expect, it } from 'vitest'
import { httpRequest, portsListening, runProbe } from '@/simulator/controllers/kubelet/images/serving'
import { T0, exitOf, listenAt, logs, plan } from './helpers'

const probeAt = (elapsedMs: number) => ({ elapsedMs, now: T0 + elapsedMs, podIP: '10.244.1.5', nodeIP: '10.244.1.1', kubeletVersion: '1.31' })

describe('nginx', () => {
  it('nginx:1.14.2 (the guide) logs nothing at start and serves port 80 within milliseconds', () => {
    const p = plan({ image: 'nginx:1.14.2' })
    expect(logs(p)).toEqual([])
    expect(listenAt(p, 80)).toBeLessThan(50)
    expect(p.onTerm).toMatchObject({ signal: 'SIGTERM', handled: true, exitCode: 0 })
  })

  it('nginx (latest) prints the docker-entrypoint.sh lines, then the notices with one worker per CPU', () => {
    const p = plan({ image: 'nginx' }, { nodeCpus: 2 })
    expect(logs(p)).toEqual([
      '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
      '/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/',
      '/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh',
      '10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf',
      '10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf',
      '/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh',
      '/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh',
      '/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh',
      '/docker-entrypoint.sh: Configuration complete; ready for start up',
      '2025/02/01 12:00:00 [notice] 1#1: using the "epoll" event method',
      '2025/02/01 12:00:00 [notice] 1#1: nginx/1.27.4',
      '2025/02/01 12:00:00 [notice] 1#1: built by gcc 12.2.0 (Debian 12.2.0-14)',
      '2025/02/01 12:00:00 [notice] 1#1: OS: Linux 6.8.0-51-generic',
      '2025/02/01 12:00:00 [notice] 1#1: getrlimit(RLIMIT_NOFILE): 1048576:1048576',
      '2025/02/01 12:00:00 [notice] 1#1: start worker processes',
      '2025/02/01 12:00:00 [notice] 1#1: start worker process 29',
      '2025/02/01 12:00:00 [notice] 1#1: start worker process 30',
    ])
    const ready = listenAt(p, 80)!
    expect(ready).toBeGreaterThanOrEqual(80)
    expect(ready).toBeLessThanOrEqual(300)
    expect(p.onTerm.signal).toBe('SIGQUIT')
    expect(p.onTerm.log?.[0]).toBe('{{t:nginx}} [notice] 1#1: signal 3 (SIGQUIT) received, shutting down')
  })

  it('NGINX_ENTRYPOINT_QUIET_LOGS silences the entrypoint', () => {
    const lines = logs(plan({ image: 'nginx:1.27', env: [{ name: 'NGINX_ENTRYPOINT_QUIET_LOGS', value: '1' }] }))
    expect(lines[0]).toBe('2025/02/01 12:00:00 [notice] 1#1: using the "epoll" event method')
  })

  it('`command: [nginx]` daemonises: the container completes', () => {
    expect(exitOf(plan({ image: 'nginx', command: ['nginx'] }))).toMatchObject({ code: 0, reason: 'Completed' })
  })

  it('nginx-slim (the StatefulSet tutorial) logs nothing; an empty PVC over the docroot answers 403', () => {
    const volumeMounts = [{ name: 'www', mountPath: '/usr/share/nginx/html' }]
    const fresh = plan({ image: 'registry.k8s.io/nginx-slim:0.24', volumeMounts })
    expect(logs(fresh)).toEqual([])
    expect(runProbe(fresh, { httpGet: { port: 80 } }, probeAt(1000))).toEqual({ success: false, message: 'HTTP probe failed with statuscode: 403', log: [] })
    const written = plan({ image: 'registry.k8s.io/nginx-slim:0.24', volumeMounts }, { populatedVolumes: ['www'] })
    expect(runProbe(written, { httpGet: { port: 80 } }, probeAt(1000)).success).toBe(true)
  })
})

describe('serving and probes', () => {
  const p = plan({ image: 'nginx:1.14.2' })

  it('ports open at the listen step and close at exit', () => {
    const listen = listenAt(p, 80)!
    expect(portsListening(p, listen - 1)).toEqual([])
    expect(portsListening(p, listen)).toEqual([80])
    const sleeper = plan({ image: 'busybox', command: ['sleep', '5'] })
    expect(portsListening(sleeper, 10_000)).toEqual([])
  })

  it('httpGet on / succeeds and writes an access-log line', () => {
    expect(runProbe(p, { httpGet: { port: 80, path: '/' } }, probeAt(1000))).toEqual({
      success: true,
      log: ['10.244.1.1 - - [01/Feb/2025:12:00:01 +0000] "GET / HTTP/1.1" 200 612 "-" "kube-probe/1.31" "-"'],
    })
  })

  it('a path nginx does not have fails with 404 and logs the open() error', () => {
    const out = runProbe(p, { httpGet: { port: 80, path: '/healthz' } }, probeAt(1000))
    expect(out.message).toBe('HTTP probe failed with statuscode: 404')
    expect(out.log).toEqual([
      '2025/02/01 12:00:01 [error] 29#29: *1 open() "/usr/share/nginx/html/healthz" failed (2: No such file or directory), client: 10.244.1.1, server: localhost, request: "GET /healthz HTTP/1.1", host: "10.244.1.5:80"',
      '10.244.1.1 - - [01/Feb/2025:12:00:01 +0000] "GET /healthz HTTP/1.1" 404 153 "-" "kube-probe/1.31" "-"',
    ])
  })

  it('nothing listening: connection refused, as Go reports it', () => {
    expect(runProbe(p, { httpGet: { port: 8080, path: '/ready' } }, probeAt(1000)).message).toBe(
      'Get "http://10.244.1.5:8080/ready": dial tcp 10.244.1.5:8080: connect: connection refused',
    )
    expect(runProbe(p, { tcpSocket: { port: 3306 } }, probeAt(1000)).message).toBe('dial tcp 10.244.1.5:3306: connect: connection refused')
    expect(runProbe(p, { tcpSocket: { port: 80 } }, probeAt(1000)).success).toBe(true)
  })

  it('httpRequest reports refused before the server is up', () => {
    const req = { port: 80, path: '/', elapsedMs: 0, at: T0, clientIP: '10.244.2.3', userAgent: 'curl/8.5.0', host: 'web-0.nginx' }
    expect(httpRequest(p, req)).toEqual({ kind: 'refused' })
  })
})
