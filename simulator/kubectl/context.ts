// What every kubectl command gets: the cluster it talks to, its parsed flags and arguments, the
// shell's streams and files, and kubectl's ways of failing (`error: …`, `Error from server …`).

import type { ApiFailure } from '../engine/api-server'
import { kubectlInvalidText } from '../engine/admission/status-errors'
import type { ClusterRuntime } from '../engine/cluster-runtime'
import type { ContainerFiles } from '../controllers/kubelet/container-files'
import type { Kubelet } from '../controllers/kubelet/kubelet'
import type { Proc, ProcIO } from '../shell/run/process'
import { flagValue, type FlagSpecs, type FlagValue, type ParsedFlags } from './flags'

/** The cluster kubectl talks to. */
export interface KubectlCluster {
  runtime: ClusterRuntime
  kubelet: Kubelet
  /** Files inside containers and volumes (exec). */
  files: ContainerFiles
  /** The kubeconfig context's settings (`kubectl config set-context --current --namespace`). */
  context: { namespace: string }
}

export interface KubectlCommand {
  name: string
  /** `kubectl <path>` as help and error hints name it (`rollout status`). */
  path: string
  flags: FlagSpecs
  /** Other names cobra accepts for it (`kubectl create cm`). */
  aliases?: readonly string[]
  /** Subcommands (`rollout status`); the command's own run handles a missing one. */
  subcommands?: readonly KubectlCommand[]
  run(ctx: KubectlContext): Proc
}

export class KubectlContext {
  constructor(
    readonly cluster: KubectlCluster,
    readonly command: KubectlCommand,
    readonly parsed: ParsedFlags,
    readonly specs: FlagSpecs,
    readonly io: ProcIO,
  ) {}

  get args(): string[] {
    return this.parsed.args
  }

  get runtime(): ClusterRuntime {
    return this.cluster.runtime
  }

  get store() {
    return this.cluster.runtime.store
  }

  get api() {
    return this.cluster.runtime.api
  }

  nowMs(): number {
    return this.cluster.runtime.clock.epochMs + this.cluster.runtime.clock.now()
  }

  /** A flag value (its default when not given); the type parameter defaults to boolean. */
  flag<T extends FlagValue = boolean>(name: string): T {
    return flagValue<T>(this.parsed, this.specs, name)
  }

  changed(name: string): boolean {
    return this.parsed.changed.has(name)
  }

  /** The request namespace: -n, else `default`. */
  get namespace(): string {
    return this.flag<string>('namespace') || this.cluster.context.namespace
  }

  get allNamespaces(): boolean {
    return this.specs['all-namespaces'] !== undefined && this.flag<boolean>('all-namespaces')
  }

  out(text: string): void {
    this.io.stdout(text)
  }

  err(text: string): void {
    this.io.stderr(text)
  }

  /** `error: <message>` on stderr; status 1. */
  fail(message: string): number {
    this.io.stderr(`error: ${message}\n`)
    return 1
  }

  /** `error: <message>` then `See 'kubectl <path> -h' for help and examples`; status 1. */
  usageError(message: string): number {
    this.io.stderr(`error: ${message}\nSee 'kubectl ${this.command.path} -h' for help and examples\n`)
    return 1
  }

  /** An API failure as kubectl's CheckErr prints it. */
  apiError(error: ApiFailure, source?: { verb: string; file: string }): string {
    return formatApiError(error, source)
  }
}

/**
 * cmdutil.CheckErr's text for an API failure: 422 Invalid as `The Kind "name" is invalid: …`,
 * others as `Error from server (Reason): [error when <verb> "<file>": ]message`.
 */
export function formatApiError(error: ApiFailure, source?: { verb: string; file: string }): string {
  if (error.reason === 'Invalid' && 'details' in error && error.details && 'causes' in error.details) {
    return kubectlInvalidText(error as Parameters<typeof kubectlInvalidText>[0])
  }
  const where = source ? `error when ${source.verb} "${source.file}": ` : ''
  return `Error from server (${error.reason}): ${where}${error.message}\n`
}
