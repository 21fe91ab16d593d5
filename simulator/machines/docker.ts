// `docker` on the machine that runs the kind cluster: each node is a container, so
// `docker stop kind-worker` is how a node failure is simulated with kind, and `docker start`
// brings it back. Only ps, stop, start and restart are provided.

import type { ClusterRuntime } from '../engine/cluster-runtime'
import type { ExternalCommand, Proc, ProcIO } from '../shell/run/process'

const IMAGE = 'kindest/node:v1.31.0'

/** A stable 12-hex-digit container id for a node name. */
function containerId(name: string): string {
  let h = 0x811c9dc5
  let out = ''
  for (let round = 0; out.length < 12; round++) {
    for (const ch of `${name}#${round}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0
    out += h.toString(16).padStart(8, '0')
  }
  return out.slice(0, 12)
}

export function createDocker(runtime: ClusterRuntime): ExternalCommand {
  return (argv, io) => docker(runtime, argv.slice(1), io)
}

 
function* docker(runtime: ClusterRuntime, args: readonly string[], io: ProcIO): Proc {
  const [command, ...rest] = args
  const nodes = runtime.store.list('Node').map((n) => n.metadata.name)
  switch (command) {
    case 'ps':
      return ps(runtime, nodes, rest.includes('-a') || rest.includes('--all'), io)
    case 'stop':
    case 'start':
    case 'restart': {
      if (rest.length === 0) {
        io.stderr(`"docker ${command}" requires at least 1 argument.\nSee 'docker ${command} --help'.\n\nUsage:  docker ${command} [OPTIONS] CONTAINER [CONTAINER...]\n`)
        return 1
      }
      let status = 0
      for (const name of rest.filter((a) => !a.startsWith('-'))) {
        const node = nodes.find((n) => n === name || containerId(n).startsWith(name))
        if (!node) {
          io.stderr(`Error response from daemon: No such container: ${name}\n`)
          status = 1
          continue
        }
        if (command !== 'start') runtime.faults.setNodeDown(node, true)
        if (command !== 'stop') runtime.faults.setNodeDown(node, false)
        io.stdout(`${name}\n`)
      }
      return status
    }
    case undefined:
      io.stdout('Usage:  docker [OPTIONS] COMMAND\n')
      return 0
    default:
      io.stderr(`docker: '${command}' is not a docker command.\nSee 'docker --help'\n`)
      return 1
  }
}

function ps(runtime: ClusterRuntime, nodes: string[], all: boolean, io: ProcIO): number {
  const rows = nodes
    .filter((n) => all || !runtime.faults.isNodeDown(n))
    .map((n) => [containerId(n), IMAGE, '"/usr/local/bin/entr…"', 'About an hour ago', runtime.faults.isNodeDown(n) ? 'Exited (130) 1 second ago' : 'Up About an hour', n === 'kind-control-plane' ? '127.0.0.1:39527->6443/tcp' : '', n])
  const header = ['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES']
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] + 3))).join('') + '\n'
  io.stdout(line(header) + rows.map(line).join(''))
  return 0
}
