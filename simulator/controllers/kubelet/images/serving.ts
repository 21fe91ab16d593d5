// What a running container answers on its ports, for probes and in-cluster requests, plus the
// access/error log lines nginx and httpd write per request. Prober wording mirrors
// kubernetes/kubernetes pkg/probe/http/http.go (`HTTP probe failed with statuscode: %d`) and Go's
// net/http and net errors (`Get "http://10.244.1.5:80/": dial tcp 10.244.1.5:80: connect: connection refused`).
import { formatLogTime } from './log-time'
import type { ContainerPlan } from './types'

/** Ports the process listens on `elapsedMs` after it started; none once it has exited. */
export function portsListening(plan: ContainerPlan, elapsedMs: number): number[] {
  const open = new Set<number>()
  for (const step of plan.steps) {
    if (step.afterMs > elapsedMs) break
    if (step.exit) return []
    for (const port of step.listen ?? []) open.add(port)
  }
  return [...open].sort((a, b) => a - b)
}

export interface HttpRequest {
  port: number
  path: string
  elapsedMs: number
  /** Wall time of the request (epoch ms), for log lines. */
  at: number
  clientIP: string
  userAgent: string
  /** Host header (the prober sends `<podIP>:<port>`). */
  host: string
  /** nginx connection counter for error-log lines (`*1`); defaults to 1. */
  connection?: number
}

export type HttpResult = { kind: 'refused' } | { kind: 'tcp-only' } | { kind: 'response'; status: number; log: string[] }

function nginxLines(req: HttpRequest, status: number, bytes: number, root: string): string[] {
  const request = `GET ${req.path} HTTP/1.1`
  const tail = `client: ${req.clientIP}, server: localhost, request: "${request}", host: "${req.host}"`
  const ts = formatLogTime('nginx', req.at)
  const conn = req.connection ?? 1
  const error =
    status === 403
      ? [`${ts} [error] 29#29: *${conn} directory index of "${root}${req.path}" is forbidden, ${tail}`]
      : status === 404
        ? [`${ts} [error] 29#29: *${conn} open() "${root}${req.path}" failed (2: No such file or directory), ${tail}`]
        : []
  const access = `${req.clientIP} - - [${formatLogTime('nginx-access', req.at)}] "${request}" ${status} ${bytes} "-" "${req.userAgent}" "-"`
  return [...error, access]
}

/** Answers an HTTP GET: refused when nothing listens, else the status and the log lines it adds. */
export function httpRequest(plan: ContainerPlan, req: HttpRequest): HttpResult {
  if (!portsListening(plan, req.elapsedMs).includes(req.port)) return { kind: 'refused' }
  const http = plan.serves.find((s) => s.port === req.port)?.http
  if (!http) return { kind: 'tcp-only' }
  const status = http.routes[req.path] ?? http.otherwise
  const bytes = http.bodyBytes[status] ?? 0
  if (!http.accessLog) return { kind: 'response', status, log: [] }
  if (http.server === 'nginx') return { kind: 'response', status, log: nginxLines(req, status, bytes, http.root ?? '') }
  const line = `${req.clientIP} - - [${formatLogTime('nginx-access', req.at)}] "GET ${req.path} HTTP/1.1" ${status} ${bytes}`
  return { kind: 'response', status, log: http.server === 'httpd' ? [line] : [] }
}

export interface ProbeCheck {
  httpGet?: { port: number; path?: string }
  tcpSocket?: { port: number }
}

export interface ProbeOutcome {
  success: boolean
  /** The prober's output on failure (the event reads `Readiness probe failed: <message>`). */
  message?: string
  /** Log lines the request added to the container log. */
  log: string[]
}

/**
 * Runs an httpGet or tcpSocket probe against the plan (exec probes are handled elsewhere).
 * httpGet succeeds for 200-399; a server that is not HTTP fails like a malformed response.
 */
export function runProbe(
  plan: ContainerPlan,
  probe: ProbeCheck,
  at: { elapsedMs: number; now: number; podIP: string; nodeIP: string; kubeletVersion: string },
): ProbeOutcome {
  if (probe.tcpSocket) {
    const open = portsListening(plan, at.elapsedMs).includes(probe.tcpSocket.port)
    const address = `${at.podIP}:${probe.tcpSocket.port}`
    return open ? { success: true, log: [] } : { success: false, message: `dial tcp ${address}: connect: connection refused`, log: [] }
  }
  if (!probe.httpGet) return { success: true, log: [] }
  const { port, path = '/' } = probe.httpGet
  const url = `http://${at.podIP}:${port}${path}`
  const userAgent = `kube-probe/${at.kubeletVersion}`
  const req = { port, path, elapsedMs: at.elapsedMs, at: at.now, clientIP: at.nodeIP, userAgent, host: `${at.podIP}:${port}` }
  const result = httpRequest(plan, req)
  if (result.kind === 'refused') {
    return { success: false, message: `Get "${url}": dial tcp ${at.podIP}:${port}: connect: connection refused`, log: [] }
  }
  if (result.kind === 'tcp-only') {
    return { success: false, message: `Get "${url}": net/http: HTTP/1.x transport connection broken: malformed HTTP response`, log: [] }
  }
  const ok = result.status >= 200 && result.status < 400
  return ok ? { success: true, log: result.log } : { success: false, message: `HTTP probe failed with statuscode: ${result.status}`, log: result.log }
}
