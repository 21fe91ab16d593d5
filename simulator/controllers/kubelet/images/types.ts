// Shapes shared by the image catalogue, the container planner and the pull model. Everything is
// plain data: a ContainerPlan is a script of timed facts that the kubelet plays on the virtual clock.

/** The parts of a v1.Container the image model reads. */
export interface ContainerSpec {
  name: string
  image: string
  command?: readonly string[]
  args?: readonly string[]
  env?: readonly { name: string; value?: string; valueFrom?: unknown }[]
  volumeMounts?: readonly { name: string; mountPath: string; readOnly?: boolean; subPath?: string }[]
  stdin?: boolean
  tty?: boolean
  workingDir?: string
}

/** What the node knows when it starts the container. */
export interface PlanContext {
  /** Virtual wall-clock time (epoch ms) at which the process starts. */
  startedAt: number
  /** Seeded uniform [0,1) source; all jitter is drawn from it, in a fixed order. */
  rand: () => number
  /** The Pod's hostname (Pod name, or spec.hostname). */
  hostname: string
  podIP?: string
  /** Resolved environment (valueFrom/envFrom applied). Defaults to the literal `env` values. */
  env?: Readonly<Record<string, string>>
  /** Volume names that already hold data written by an earlier container (a reused PVC). */
  populatedVolumes?: readonly string[]
  /** Effective runAsUser; undefined runs as the image's user (root for the official images). */
  runAsUser?: number
  /** Init containers must finish, so an unmodelled script completes instead of running forever. */
  isInitContainer?: boolean
  /** CPUs the node reports (nginx starts one worker per CPU). Defaults to 8. */
  nodeCpus?: number
}

/** One timed fact of a running container; `afterMs` counts from the process start. */
export interface PlanStep {
  afterMs: number
  /** Lines appended to the container log (stdout and stderr interleaved, as `kubectl logs` shows). */
  log?: readonly string[]
  /** Ports the process starts listening on. */
  listen?: readonly number[]
  /** Volume names the process has now written data to (e.g. a database data dir). */
  populates?: readonly string[]
  /** The process ends. */
  exit?: { code: number; reason: 'Completed' | 'Error' }
}

/**
 * Lines an endless loop prints every `periodMs` from `fromMs` on. Templates may hold time tokens
 * (see renderLogTemplate) and the iteration counter token `{{i:<start>:<step>}}`.
 */
export interface RepeatingLog {
  fromMs: number
  periodMs: number
  lines: readonly { offsetMs: number; template: string }[]
}

/** How a port answers. `http` answers by path; anything else only accepts TCP connections. */
export interface ServedPort {
  port: number
  http?: {
    server: 'nginx' | 'httpd' | 'plain'
    /** Status by exact path; other paths get `otherwise`. */
    routes: Readonly<Record<string, number>>
    otherwise: number
    /** Whether each request adds an access-log line (nginx/httpd log to stdout). */
    accessLog: boolean
    /** Body bytes by status, for access-log lines. */
    bodyBytes: Readonly<Record<number, number>>
    /** Root directory, for nginx's error-log lines on 403/404. */
    root?: string
  }
}

/** What the process does on the runtime's stop signal. */
export interface TermBehaviour {
  /** The image's STOPSIGNAL, which containerd sends first. */
  signal: 'SIGTERM' | 'SIGQUIT' | 'SIGINT' | 'SIGWINCH'
  /** False: the signal is ignored (PID 1 without a handler), so only SIGKILL (exit 137) ends it. */
  handled: boolean
  exitAfterMs: number
  exitCode: number
  /** Templates rendered at the signal time (see renderLogTemplate). */
  log?: readonly string[]
  /** Volume names written while shutting down (e.g. Redis saving dump.rdb). */
  populates?: readonly string[]
}

/** A process run relative to its own start; the planner shifts and composes these. */
export interface ProcessRun {
  steps: PlanStep[]
  /** Absent: the process runs until it is stopped. */
  end?: { afterMs: number; code: number }
  repeat?: RepeatingLog
  serves?: ServedPort[]
  onTerm?: TermBehaviour
  notes?: string[]
}

/** The runtime refused to start the process (containerd CreateContainer/StartContainer failed). */
export interface StartFailure {
  reason: 'StartError'
  message: string
  exitCode: 128
}

/**
 * What a container does once started. Steps are in time order; a step with `exit` is last. With
 * `startError` there are no steps: the kubelet records a terminated state with that reason.
 */
export interface ContainerPlan {
  startError?: StartFailure
  steps: readonly PlanStep[]
  repeat?: RepeatingLog
  serves: readonly ServedPort[]
  onTerm: TermBehaviour
  /** Where the model approximates the real image (unmodelled scripts, unknown binaries). */
  notes: readonly string[]
}

/** Everything a program in an image needs to decide what it does. */
export interface ProgramInput {
  argv: readonly string[]
  env: Readonly<Record<string, string>>
  container: ContainerSpec
  ctx: PlanContext
  /** The software version of the image tag (e.g. `8.4.4`). */
  version: string
  /** Offset of this program's start from the container start (for timestamps). */
  startMs: number
  /**
   * Runs `argv` the way `exec "$@"` in an entrypoint does, starting `atMs` after the container
   * start; the result is relative to its own start (combine with thenExec).
   */
  exec(argv: readonly string[], atMs: number): ProcessRun
}

/** A binary that the image model knows how to run. */
export type Program = (input: ProgramInput) => ProcessRun

/** Which `sh` the image ships; it decides the wording of shell errors. */
export type ShellKind = 'ash' | 'dash' | 'bash' | 'bash4'

/** How an image tag is started and what is inside it. */
export interface ImageRuntime {
  entrypoint: readonly string[]
  cmd: readonly string[]
  /** Executables on $PATH by name, and absolute paths that exist. */
  binaries: readonly string[]
  shell?: ShellKind
  /** Binaries with modelled behaviour, by basename. */
  programs: Readonly<Record<string, Program>>
  stopSignal: TermBehaviour['signal']
  /** Free-form facts a learner can observe (e.g. `curl` missing), for the exec model. */
  facts?: readonly string[]
}

/** One tag of a repository. */
export interface ImageTag {
  /** Software version inside (what log lines print). */
  version: string
  /** Compressed size in bytes, as the kubelet's Pulled event reports it. */
  size: number
  /** Manifest (index) digest; synthetic but stable when omitted. */
  digest?: string
  runtime: ImageRuntime
}

/** A repository in the catalogue: its canonical names and its tags. */
export interface RepositoryDef {
  /** Canonical names (`docker.io/library/nginx`, `registry.k8s.io/nginx-slim`). */
  names: readonly string[]
  tags: Readonly<Record<string, ImageTag>>
  /** Tags that point at another tag of the same repository. */
  aliases?: Readonly<Record<string, string>>
}

/** What a shell can find in the image. */
export interface ShellImage {
  shell: ShellKind
  hasBinary(path: string): boolean
  program(name: string): Program | undefined
  /** Volume name when `path` lies under a volume mount (writes there persist). */
  volumeAt(path: string): string | undefined
}

export interface ShellInput {
  script: string
  /** How the shell was invoked (`sh`, `/bin/sh`, `bash`), used in its error messages. */
  argv0: string
  errexit: boolean
  xtrace: boolean
  /** `$0 $1 ...` */
  positional: string[]
  image: ShellImage
  base: ProgramInput
}

