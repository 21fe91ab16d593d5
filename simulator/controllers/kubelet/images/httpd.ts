// The Apache httpd images (docker.io/library/httpd and the e2e httpd images Kubernetes' own
// StatefulSet e2e tests use). Start lines from real `docker logs` of httpd 2.4.63 (June 2025);
// httpd-foreground execs `httpd -DFOREGROUND`; STOPSIGNAL SIGWINCH is a graceful stop.
import { BUSYBOX_APPLETS, DEBIAN_SLIM } from './base-images'
import { timeToken } from './log-time'
import { between, timeline } from './timeline'
import type { ImageRuntime, ProcessRun, ProgramInput, RepositoryDef } from './types'

const H = timeToken('httpd')

/** `httpd-foreground`: listens on 80 and serves "It works!" (45 bytes) from htdocs. */
function httpdForeground(tid: string) {
  return (input: ProgramInput): ProcessRun => {
    const ip = input.ctx.podIP ?? '10.244.0.5'
    const fqdn = `AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using ${ip}. Set the 'ServerName' directive globally to suppress this message`
    const tl = timeline(input.ctx.startedAt, input.startMs).wait(between(input.ctx.rand, 20, 60))
    tl.log(fqdn, fqdn)
    tl.wait(2).log(
      `[${H}] [mpm_event:notice] [pid 1:tid ${tid}] AH00489: Apache/${input.version} (Unix) configured -- resuming normal operations`,
      `[${H}] [core:notice] [pid 1:tid ${tid}] AH00094: Command line: 'httpd -D FOREGROUND'`,
    )
    tl.listen(80)
    const http = { server: 'httpd' as const, routes: { '/': 200 }, otherwise: 404, accessLog: true, bodyBytes: { 200: 45, 404: 196 } }
    const onTerm = {
      signal: 'SIGWINCH' as const,
      handled: true,
      exitAfterMs: 20,
      exitCode: 0,
      log: [`[${H}] [mpm_event:notice] [pid 1:tid ${tid}] AH00492: caught SIGWINCH, shutting down gracefully`],
    }
    return tl.build({ serves: [{ port: 80, http }], onTerm })
  }
}

/** An httpd runtime; `tid` is how the build prints thread ids (1 in recent builds). */
export function httpdRuntime(base: 'debian' | 'alpine', tid: string): ImageRuntime {
  const program = httpdForeground(tid)
  return {
    entrypoint: [],
    cmd: ['httpd-foreground'],
    binaries: [...(base === 'alpine' ? BUSYBOX_APPLETS : DEBIAN_SLIM), 'httpd', 'httpd-foreground', 'apachectl'],
    shell: base === 'alpine' ? 'ash' : 'dash',
    programs: { 'httpd-foreground': program, httpd: program },
    stopSignal: 'SIGWINCH',
  }
}

/** docker.io/library/httpd as of early 2025. The size is an estimate (amd64, compressed). */
export const httpdRepository: RepositoryDef = {
  names: ['docker.io/library/httpd'],
  tags: { '2.4.63': { version: '2.4.63', size: 58142987, runtime: httpdRuntime('debian', '1') } },
  aliases: { '2.4': '2.4.63', '2': '2.4.63', latest: '2.4.63' },
}
