// The public API of the simulator: the one thing the UI, the server and scripts import.
// A cluster is a deterministic simulation plus a shell session over it: the same seed, starting
// objects and timed command log give the same cluster and the same terminal output anywhere.

import { defaultControllers } from './controllers/index'
import { ContainerFiles } from './controllers/kubelet/container-files'
import type { Kubelet } from './controllers/kubelet/kubelet'
import { createClusterRuntime, type ClusterRuntime } from './engine/cluster-runtime'
import { defaultClusterObjects, DEFAULT_NODES, type NodeSpec } from './engine/default-cluster'
import type { FeatureGates } from './engine/feature-gates'
import type { WatchEvent } from './engine/watch'
import { createKubectl } from './kubectl/kubectl'
import { createDocker } from './machines/docker'
import type { KubeObject } from './objects/meta'
import { builtins } from './shell/builtins/index'
import { createVirtualFs, type VirtualFs } from './shell/fs/virtual-fs'
import { complete, type Completion } from './shell/complete'
import { parse } from './shell/parse'
import { shellBuiltins } from './shell/run/shell-builtins'
import { ShellSession } from './shell/run/session'
import type { HostRequest } from './shell/run/shell-host'
import type { Check } from './checks/schema'
import { evaluateCheck, type CheckResult } from './checks/evaluate'
import type { Lesson } from './lessons/lesson'
import { asApplied } from './lessons/applied-objects'
import { inspectObject, type ObjectViews } from './inspect'
export { podColumns } from './inspect'
export type { ObjectViews } from './inspect'

export type { KubeObject } from './objects/meta'
export type { WatchEvent } from './engine/watch'
export type { HostRequest } from './shell/run/shell-host'
export type { NodeSpec } from './engine/default-cluster'
export type { FeatureGates, FeatureGateName } from './engine/feature-gates'
export { DEFAULT_FEATURE_GATES, FEATURE_GATE_NAMES } from './engine/feature-gates'
export { needsMoreInput } from './shell/incomplete'
export type { Completion } from './shell/complete'
export type { Check } from './checks/schema'
export type { CheckResult } from './checks/evaluate'
export type { Lesson, LessonStep } from './lessons/lesson'

export interface ClusterOptions {
  seed?: number
  /** RFC 3339 instant the cluster's clock starts at. */
  start?: string
  /** Worker nodes (the default: kind-control-plane, kind-worker, kind-worker2). */
  nodes?: readonly NodeSpec[]
  /** Objects created at time 0 after the default cluster's (a lesson's starting state). */
  objects?: readonly unknown[]
  /** Files in the learner's home directory (`web.yaml` → /home/learner/web.yaml). */
  files?: Readonly<Record<string, string>>
  /** Announce background jobs and report them when done, as an interactive bash does. */
  interactive?: boolean
  /**
   * Feature gates of the API server and controllers (`{ MaxUnavailableStatefulSet: true }`);
   * gates not named keep their v1.31 defaults.
   */
  featureGates?: Partial<FeatureGates>
}

/**
 * One entry of a command log: at virtual time `at` (ms since the cluster start) a line was
 * entered, or (with `interrupt`) Ctrl-C was pressed.
 */
export interface LoggedCommand {
  at: number
  line?: string
  interrupt?: true
  /** The editor saved a file (absolute path); replay writes it at the same moment. */
  write?: { path: string; content: string }
  /** The editor handed `path` back to the command waiting on it (`kubectl edit`). */
  edited?: string
}

export interface ClusterSnapshot {
  /** Virtual ms since the cluster start. */
  time: number
  /** RFC 3339 of `time`. */
  timestamp: string
  objects: KubeObject[]
  files: Record<string, string>
}

export interface Cluster {
  /** Virtual ms since the cluster start. */
  now(): number
  /** RFC 3339 text of now. */
  timestamp(): string
  /** Starts `line` (as typed, possibly several lines) as the foreground command. */
  submit(line: string): void
  /** True while the foreground command still runs (a watch, a wait, a sleep). */
  readonly busy: boolean
  /** Ctrl-C. */
  interrupt(): void
  /** Moves virtual time forward by `ms`, running the cluster and any running commands. */
  advance(ms: number): void
  /**
   * Skips ahead until the cluster has nothing left to do (at most `limitMs`); a running command
   * keeps running meanwhile. Returns ms skipped.
   */
  settle(limitMs?: number): number
  /** Runs `line` to completion as a script line and returns what it printed and its status. */
  run(line: string): { output: string; exitCode: number }
  /** Runs a whole script, echoing each command as `$ command`, and returns the transcript. */
  runScript(text: string): { transcript: string; exitCode: number }
  /** Everything the terminal should print, as it is printed. */
  onOutput(listener: (text: string) => void): () => void
  /**
   * Runs a read-only command (`kubectl get …`, `kubectl logs …`, `kubectl describe …`) in a
   * second pane, for a watch beside the terminal. Not logged: it cannot change the cluster.
   */
  openPane(line: string, output: (text: string) => void): { ok: true; stop: () => void } | { ok: false; error: string }
  /** Terminal requests made by commands (clear, open the editor). */
  onRequest(listener: (request: HostRequest) => boolean): () => void
  /** The editor saved or closed `path` (a file opened by an `edit` request): `kubectl edit` goes on. */
  finishEdit(path: string): void
  /** Store changes, synchronously, in resourceVersion order. */
  watch(listener: (event: WatchEvent) => void): () => void
  /** Plain JSON of the cluster now. */
  snapshot(): ClusterSnapshot
  /** Bash's job notices to print before the next prompt (`[1]+  Done  …`). */
  takeNotices(): string
  /** Lines entered so far. */
  history(): readonly string[]
  /** Tab completion of `line` at `cursor` (default: its end). */
  complete(line: string, cursor?: number): Completion
  /** Files written on PersistentVolume `pvName` (absolute path in the volume → content); null if none. */
  volumeFiles(pvName: string): Record<string, string> | null
  /** kubectl's describe and YAML of one object, without logging a command; null if absent. */
  inspect(kind: string, name: string, namespace?: string): ObjectViews | null
  /** Stored objects of `kind` (all namespaces), in kubectl's order; read-only. */
  objects(kind: string): readonly KubeObject[]
  /** The store's latest resourceVersion: changes whenever any object does. */
  version(): string
  /** Unix ms of the virtual now (for AGE columns and timelines). */
  nowMs(): number
  /** Writes a file from the editor, logged so replay (undo, resume, grading) sees the edit too. */
  writeFile(path: string, content: string): void
  /** The learner's files. */
  readonly files: VirtualFs
  /** The log of lines entered with their virtual times, for replay. */
  readonly log: readonly LoggedCommand[]
  /** Internals for tests and lesson checks; not for the UI. */
  readonly runtime: ClusterRuntime
  stop(): void
}

export function createCluster(options: ClusterOptions = {}): Cluster {
  const controllers = defaultControllers()
  const kubelet = controllers.find((c) => c.name === 'kubelet') as Kubelet
  const runtime = createClusterRuntime({
    seed: options.seed ?? 1,
    start: options.start,
    objects: [...defaultClusterObjects(options.nodes ?? DEFAULT_NODES), ...(options.objects ?? [])],
    controllers,
    featureGates: options.featureGates,
  })
  runtime.settle(60_000)
  const files = createVirtualFs(options.files ?? {})
  const containerFiles = new ContainerFiles(runtime.store)
  const kubectlContext = { namespace: 'default' }
  const outputs = new Set<(text: string) => void>()
  const requests = new Set<(request: HostRequest) => boolean>()
  let capture: string[] | null = null
  const session = new ShellSession({
    fs: files,
    queue: runtime.queue,
    random: runtime.random.fork('shell'),
    commands: { kubectl: createKubectl({ runtime, kubelet, files: containerFiles, context: kubectlContext }), docker: createDocker(runtime) },
    utilities: builtins,
    interactive: options.interactive,
    output: (text) => {
      capture?.push(text)
      outputs.forEach((listener) => listener(text))
    },
    request: (request) => [...requests].some((listener) => listener(request)),
  })
  const log: LoggedCommand[] = []
  const runLine = (line: string): number => {
    log.push({ at: runtime.clock.now(), line })
    session.submit(line)
    session.finishForeground()
    return session.state.lastStatus
  }
  return {
    now: () => runtime.clock.now(),
    timestamp: () => runtime.clock.timestamp(),
    submit(line) {
      log.push({ at: runtime.clock.now(), line })
      session.submit(line)
    },
    get busy() {
      return session.busy
    },
    interrupt() {
      if (!session.busy) return
      log.push({ at: runtime.clock.now(), interrupt: true })
      session.interrupt()
    },
    advance: (ms) => session.advance(ms),
    settle(limitMs = 600_000) {
      const before = runtime.clock.now()
      const end = before + limitMs
      // A running command (a watch) moves with the cluster, event by event, printing as it goes.
      while (session.busy && !runtime.queue.idle && runtime.clock.now() < end) {
        const next = runtime.queue.nextEventAt() ?? end
        session.advance(Math.max(1, Math.min(next, end) - runtime.clock.now()))
      }
      if (!session.busy) runtime.settle(end - runtime.clock.now())
      return runtime.clock.now() - before
    },
    run(line) {
      capture = []
      const exitCode = runLine(line)
      const output = capture.join('')
      capture = null
      return { output, exitCode }
    },
    runScript: (text) => runScript(text, runLine, (t) => outputs.forEach((l) => l(t)), (c) => (capture = c)),
    onOutput: (listener) => subscribe(outputs, listener),
    onRequest: (listener) => subscribe(requests, listener),
    openPane(line, output) {
      if (!PANE_COMMAND.test(line) || /[;&|<>`$]/.test(line)) {
        return { ok: false, error: 'The watch pane runs one read-only command: kubectl get, describe or logs.' }
      }
      return { ok: true, stop: session.startPane(line, output) }
    },
    finishEdit(path) {
      log.push({ at: runtime.clock.now(), edited: path })
      session.finishEdit(path)
    },
    watch: (listener) => runtime.store.watch(listener),
    snapshot: () => ({
      time: runtime.clock.now(),
      timestamp: runtime.clock.timestamp(),
      objects: runtime.store.kinds().flatMap((kind) => runtime.store.list(kind)),
      files: files.snapshot(),
    }),
    takeNotices: () => session.takeNotices(),
    history: () => session.history(),
    complete: (line, cursor = line.length) =>
      complete(line, cursor, {
        commands: ['kubectl', 'docker', ...Object.keys(builtins), ...Object.keys(shellBuiltins), ...session.state.aliases.keys()],
        store: runtime.store,
        fs: files,
        cwd: session.state.cwd,
        namespace: kubectlContext.namespace,
      }),
    writeFile(path, content) {
      files.writeFile(path, '/', content)
      const last = log[log.length - 1]
      // Keystrokes coalesce: nothing read the file between two writes with no command in between.
      if (last?.write?.path === path) log.pop()
      log.push({ at: runtime.clock.now(), write: { path, content } })
    },
    volumeFiles: (pvName) => containerFiles.volumeFiles(pvName),
    inspect: (kind, name, namespace) => inspectObject(runtime, kind, name, namespace),
    nowMs: () => runtime.clock.epochMs + runtime.clock.now(),
    objects: (kind) => runtime.store.list(kind),
    version: () => runtime.store.resourceVersion(),
    files,
    log,
    runtime,
    stop: () => runtime.stop(),
  }
}

const PANE_COMMAND = /^\s*kubectl\s+(get|describe|logs)\s/

function subscribe<T>(set: Set<T>, item: T): () => void {
  set.add(item)
  return () => void set.delete(item)
}

/** Runs each complete command of `text` as if typed, echoing it as `$ command` first. */
function runScript(
  text: string,
  runLine: (line: string) => number,
  echo: (text: string) => void,
  setCapture: (chunks: string[] | null) => void,
): { transcript: string; exitCode: number } {
  const chunks: string[] = []
  setCapture(chunks)
  const parsed = parse(text)
  let exitCode = 0
  for (const command of parsed.commands) {
    const source = text.slice(command.extent.start, command.extent.end)
    const line = `$ ${source}\n`
    chunks.push(line)
    echo(line)
    exitCode = runLine(source)
  }
  if (parsed.error) {
    const error = `bash: ${parsed.error.message}\n`
    chunks.push(error)
    exitCode = 2
  }
  setCapture(null)
  return { transcript: chunks.join(''), exitCode }
}

/**
 * A fresh cluster with `log` replayed at its recorded virtual times. With `transcript`, it also
 * receives what a terminal would have shown: each line after a `$ ` prompt, then its output.
 */
export function replay(log: readonly LoggedCommand[], options: ClusterOptions = {}, transcript?: (text: string) => void): Cluster {
  const cluster = createCluster(options)
  if (transcript) cluster.onOutput(transcript)
  // The learner's editor took these files; in replay the log's writes and hand-backs stand in for it.
  const edited = new Set(log.flatMap((entry) => (entry.edited === undefined ? [] : [entry.edited])))
  const stopEditor = cluster.onRequest((request) => request.type === 'edit' && edited.has(request.path))
  for (const entry of log) {
    if (entry.at > cluster.now()) cluster.advance(entry.at - cluster.now())
    if (entry.interrupt) {
      transcript?.('^C\n')
      cluster.interrupt()
    } else if (entry.write) {
      transcript?.(`(saved ${entry.write.path} in the editor)\n`)
      cluster.writeFile(entry.write.path, entry.write.content)
    } else if (entry.edited !== undefined) cluster.finishEdit(entry.edited)
    else if (entry.line !== undefined) {
      transcript?.(`$ ${entry.line}\n`)
      cluster.submit(entry.line)
    }
  }
  stopEditor()
  return cluster
}

/** Judges a lesson check against the cluster now: its objects, events, command log and files. */
export function evaluate(check: Check, cluster: Cluster): CheckResult {
  const commands = cluster.log.flatMap((entry) => (entry.line === undefined ? [] : [entry.line]))
  return evaluateCheck(check, { store: cluster.runtime.store, commands, files: cluster.files, volumeFiles: cluster.volumeFiles })
}

/** The options that start `lesson`'s cluster; replaying a learner's log needs the same ones. */
export function lessonClusterOptions(lesson: Pick<Lesson, 'cluster'>, interactive = false): ClusterOptions {
  const { seed, nodes, objects, files, featureGates } = lesson.cluster
  return { seed, nodes, objects: objects.map(asApplied), files, interactive, ...(featureGates ? { featureGates } : {}) }
}

/**
 * Undo: a fresh cluster where everything in `log` happened except the last command line (and
 * any Ctrl-C after it), rewound to the moment that line was entered. Null when nothing was entered.
 */
export function replayWithoutLast(log: readonly LoggedCommand[], options: ClusterOptions = {}): { cluster: Cluster; undone: string } | null {
  let last = log.length - 1
  while (last >= 0 && log[last].line === undefined) last--
  // An edit the learner made before that line stays; only the line and what followed it go.
  if (last < 0) return null
  const cluster = replay(log.slice(0, last), options)
  const at = log[last].at
  if (at > cluster.now()) cluster.advance(at - cluster.now())
  return { cluster, undone: log[last].line as string }
}

export { parseCommandLog, encodeCommandLog, decodeCommandLog, entryChars, LOG_LIMITS, type ParsedLog } from './command-log'
export { explainStatefulSet } from './explain/statefulset'
export { gradeStep, type Grade, type GradeOutcome } from './grading/grade'
export { lintManifests, type ManifestProblem } from './lint/lint-manifests'
export { completeManifestKeys, type FieldSuggestion } from './lint/complete-manifest'
