// Utilities inside containers that need the pod: hostname, curl and wget against the container's
// own server, date, env, id, nslookup (busybox), and chmod/chown as no-ops on the sandbox's files.

import type { Builtin } from '../../shell/builtins/types'
import { nslookupBusybox128 } from '../dns/resolve'
import type { ContainerProcess } from './container-exec'
import { portsListening } from './images/serving'

const WELCOME =
  '<!DOCTYPE html>\n<html>\n<head>\n<title>Welcome to nginx!</title>\n<style>\nhtml { color-scheme: light dark; }\n' +
  'body { width: 35em; margin: 0 auto;\nfont-family: Tahoma, Verdana, Arial, sans-serif; }\n</style>\n</head>\n<body>\n' +
  '<h1>Welcome to nginx!</h1>\n<p>If you see this page, the nginx web server is successfully installed and\n' +
  'working. Further configuration is required.</p>\n\n<p>For online documentation and support please refer to\n' +
  '<a href="http://nginx.org/">nginx.org</a>.<br/>\nCommercial support is available at\n' +
  '<a href="http://nginx.com/">nginx.com</a>.</p>\n\n<p><em>Thank you for using nginx.</em></p>\n</body>\n</html>\n'

/** The files an image ships that learners look at (nginx's default page). */
export function imageFiles(programs: readonly string[]): Record<string, string> {
  return programs.includes('nginx') ? { '/usr/share/nginx/html/index.html': WELCOME } : {}
}

function nginxError(status: number, version: string): string {
  const title = status === 403 ? '403 Forbidden' : '404 Not Found'
  return `<html>\n<head><title>${title}</title></head>\n<body>\n<center><h1>${title}</h1></center>\n<hr><center>nginx/${version}</center>\n</body>\n</html>\n`
}

type Response = { ok: true; status: number; body: string } | { ok: false; refused: true } | { ok: false; host: string }

/** A GET to `url` from inside the container; only the pod itself is reachable this way. */
function get(p: ContainerProcess, url: string): Response {
  const match = /^(?:https?:\/\/)?([^/:]+)(?::(\d+))?(\/.*)?$/.exec(url)
  if (!match) return { ok: false, host: url }
  const [, host, portText, path = '/'] = match
  const port = Number(portText ?? 80)
  const self = ['localhost', '127.0.0.1', p.pod.status?.podIP, p.pod.metadata.name].includes(host)
  if (!self) return { ok: false, host }
  const plan = p.plan
  const elapsed = plan ? Infinity : 0
  if (!plan || !portsListening(plan, elapsed).includes(port)) return { ok: false, refused: true }
  const http = plan.serves.find((s) => s.port === port)?.http
  if (http?.server !== 'nginx') {
    const status = http ? http.routes[path] ?? http.otherwise : 200
    return { ok: true, status, body: '' }
  }
  const root = http.root ?? '/usr/share/nginx/html'
  const file = `${root}${path}`
  const stat = p.fs.stat(file, '/')
  if (stat?.type === 'file') return { ok: true, status: 200, body: (p.fs.readFile(file, '/') as { content: string }).content }
  if (stat?.type === 'dir') {
    const index = p.fs.readFile(`${file.replace(/\/$/, '')}/index.html`, '/')
    return index.ok ? { ok: true, status: 200, body: index.content } : { ok: true, status: 403, body: nginxError(403, p.version) }
  }
  return { ok: true, status: 404, body: nginxError(404, p.version) }
}

export function containerUtilities(p: ContainerProcess): Record<string, Builtin> {
  const hostname: string = p.pod.spec.hostname ?? p.pod.metadata.name
  return {
    hostname: (argv, io) => {
      if (argv[1] === '-f' || argv[1] === '--fqdn') {
        const hosts = p.fs.readFile('/etc/hosts', '/')
        const line = hosts.ok ? hosts.content.split('\n').find((l) => l.split('\t').includes(hostname) && !l.startsWith('#')) : undefined
        io.stdout(`${line?.split('\t')[1] ?? hostname}\n`)
      } else if (argv[1] === '-i') io.stdout(`${p.pod.status?.podIP ?? ''}\n`)
      else io.stdout(`${hostname}\n`)
      return 0
    },
    curl: (argv, io) => {
      const url = argv.slice(1).find((a) => !a.startsWith('-'))
      if (!url) {
        io.stderr("curl: try 'curl --help' or 'curl --manual' for more information\n")
        return 2
      }
      const response = get(p, url)
      if (!response.ok) {
        if ('refused' in response) {
          io.stderr(`curl: (7) Failed to connect to localhost port 80 after 0 ms: Couldn't connect to server\n`)
          return 7
        }
        io.stderr(`curl: (6) Could not resolve host: ${response.host}\n`)
        return 6
      }
      io.stdout(response.body)
      return 0
    },
    wget: (argv, io) => {
      const url = argv.slice(1).find((a) => !a.startsWith('-'))
      if (!url) {
        io.stderr('BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]\n')
        return 1
      }
      const response = get(p, url)
      if (!response.ok) {
        io.stderr('refused' in response ? `Connecting to ${url.replace(/^https?:\/\//, '')}\nwget: can't connect to remote host (127.0.0.1): Connection refused\n` : `wget: bad address '${response.host}'\n`)
        return 1
      }
      if (response.status >= 400) {
        io.stderr(`wget: server returned error: HTTP/1.1 ${response.status === 403 ? '403 Forbidden' : '404 Not Found'}\n`)
        return 1
      }
      if (argv.includes('-O') && argv[argv.indexOf('-O') + 1] === '-') io.stdout(response.body)
      return 0
    },
    date: (_argv, io) => {
      const d = new Date(p.epochMs + p.now())
      const day = d.toUTCString().slice(0, 3)
      const month = d.toUTCString().slice(8, 11)
      const time = d.toISOString().slice(11, 19)
      io.stdout(`${day} ${month} ${String(d.getUTCDate()).padStart(2)} ${time} UTC ${d.getUTCFullYear()}\n`)
      return 0
    },
    env: (_argv, io) => {
      for (const [k, v] of Object.entries(p.env)) io.stdout(`${k}=${v}\n`)
      return 0
    },
    printenv: (argv, io) => {
      if (argv[1]) {
        const value = p.env[argv[1]]
        if (value === undefined) return 1
        io.stdout(`${value}\n`)
        return 0
      }
      for (const [k, v] of Object.entries(p.env)) io.stdout(`${k}=${v}\n`)
      return 0
    },
    id: (_argv, io) => {
      io.stdout('uid=0(root) gid=0(root) groups=0(root)\n')
      return 0
    },
    whoami: (_argv, io) => {
      io.stdout('root\n')
      return 0
    },
    nslookup: (argv, io) => {
      const answer = nslookupBusybox128(p.store, argv[1] ?? '', p.pod.metadata.namespace ?? 'default')
      io.stdout(answer.stdout)
      io.stderr(answer.stderr)
      return answer.exitCode
    },
    chmod: () => 0,
    chown: () => 0,
    sync: () => 0,
  }
}
