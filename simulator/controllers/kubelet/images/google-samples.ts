// Images from gcr.io/google-samples used by the Kubernetes tutorials (the replicated MySQL
// StatefulSet's xtrabackup sidecar, the basics tutorial's bootcamp app), and Docker Hub
// repositories that exist but whose versioned tags are gone (Bitnami moved them to bitnamilegacy
// in 2025), so any tag fails with "not found".
import { DEBIAN_SLIM } from './base-images'
import { between, timeline } from './timeline'
import type { ImageRuntime, ProcessRun, ProgramInput, RepositoryDef } from './types'

const xtrabackup: ImageRuntime = {
  entrypoint: [],
  cmd: ['bash'],
  binaries: [...DEBIAN_SLIM, 'xtrabackup', 'xbstream', 'ncat', 'mysql', 'perl'],
  shell: 'dash',
  programs: {},
  stopSignal: 'SIGTERM',
}

/** The bootcamp Node.js app: listens on 8080. Its log lines are not modelled. */
function bootcamp(input: ProgramInput): ProcessRun {
  const tl = timeline(input.ctx.startedAt, input.startMs).wait(between(input.ctx.rand, 150, 400)).listen(8080)
  const http = { server: 'plain' as const, routes: {}, otherwise: 200, accessLog: false, bodyBytes: {} }
  return tl.build({ serves: [{ port: 8080, http }], notes: ['bootcamp log lines are not modelled'] })
}

const bootcampRuntime: ImageRuntime = {
  entrypoint: [],
  cmd: ['/bin/sh', '-c', 'node server.js'],
  binaries: [...DEBIAN_SLIM, 'node', 'npm'],
  shell: 'dash',
  programs: { node: bootcamp },
  stopSignal: 'SIGTERM',
}

export const googleSampleRepositories: RepositoryDef[] = [
  { names: ['gcr.io/google-samples/xtrabackup'], tags: { '1.0': { version: '2.3.5', size: 98765144, runtime: xtrabackup } } },
  { names: ['gcr.io/google-samples/kubernetes-bootcamp'], tags: { v1: { version: '1', size: 83415613, runtime: bootcampRuntime } } },
  { names: ['docker.io/bitnami/redis', 'docker.io/bitnami/postgresql', 'docker.io/bitnami/mysql'], tags: {} },
]
