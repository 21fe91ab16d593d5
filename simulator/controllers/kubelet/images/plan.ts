// What a started container does: the process argv is resolved as containerd/runc resolve it
// (Kubernetes `command` replaces ENTRYPOINT, `args` replaces CMD), then run through the image's
// programs, the shell model or the utility model.
import { runUtility } from './builtins'
import type { ImageProfile } from './profiles'
import { runShellScript } from './shell-run'
import type {
  ContainerPlan,
  ContainerSpec,
  ImageRuntime,
  PlanContext,
  PlanStep,
  ProcessRun,
  ProgramInput,
  ShellImage,
  StartFailure,
} from './types'

const BIN_DIRS = new Set(['/bin', '/usr/bin', '/usr/local/bin', '/sbin', '/usr/sbin', '/usr/local/sbin'])
const SHELLS = new Set(['sh', 'bash', 'ash', 'dash'])

/** The process argv: `command` replaces ENTRYPOINT (and drops CMD); `args` replaces CMD. */
export function containerArgv(runtime: ImageRuntime, container: ContainerSpec): string[] {
  if (container.command && container.command.length > 0) return [...container.command, ...(container.args ?? [])]
  return [...runtime.entrypoint, ...(container.args ?? runtime.cmd)]
}

/** Whether `path` names an executable in the image (a name looked up on $PATH, or a path). */
export function hasBinary(runtime: ImageRuntime, path: string): boolean {
  if (path === '') return false
  if (!path.includes('/')) return runtime.binaries.includes(path)
  if (runtime.binaries.includes(path)) return true
  const slash = path.lastIndexOf('/')
  return BIN_DIRS.has(path.slice(0, slash)) && runtime.binaries.includes(path.slice(slash + 1))
}

/** runc's refusal to exec a missing binary, as containerd reports it (containerd 2.x, runc 1.2). */
export function startError(path: string): StartFailure {
  const cause = path.includes('/') ? `stat ${path}: no such file or directory` : 'executable file not found in $PATH'
  return {
    reason: 'StartError',
    message:
      'failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: ' +
      `unable to start container process: error during container init: exec: ${JSON.stringify(path)}: ${cause}`,
    exitCode: 128,
  }
}

/** The environment the process sees: HOSTNAME, then the container's env (resolved when given). */
export function containerEnv(container: ContainerSpec, ctx: PlanContext): Record<string, string> {
  const env: Record<string, string> = { HOSTNAME: ctx.hostname, HOME: '/root' }
  if (ctx.env) return { ...env, ...ctx.env }
  for (const v of container.env ?? []) env[v.name] = v.value ?? (v.valueFrom ? `<${v.name} from valueFrom>` : '')
  return env
}

/** The volume mounted at or above `path`, by the longest mount path. */
export function volumeAt(container: ContainerSpec, path: string): string | undefined {
  const mounts = [...(container.volumeMounts ?? [])].sort((a, b) => b.mountPath.length - a.mountPath.length)
  const hit = mounts.find((m) => {
    const root = m.mountPath.replace(/\/+$/, '')
    return path === root || path.startsWith(`${root}/`)
  })
  return hit?.name
}

function shellImage(runtime: ImageRuntime, container: ContainerSpec): ShellImage {
  const nestedShell = (input: ProgramInput) => runShell(input.argv, input, runtime)
  return {
    shell: runtime.shell ?? 'ash',
    hasBinary: (path) => hasBinary(runtime, path),
    program: (name) => runtime.programs[name] ?? (SHELLS.has(name) ? nestedShell : undefined),
    volumeAt: (path) => volumeAt(container, path),
  }
}

/** `sh [-ex] -c SCRIPT [NAME ARGS...]`, a script file, or an interactive shell. */
function runShell(argv: readonly string[], base: ProgramInput, runtime: ImageRuntime): ProcessRun {
  let i = 1
  let errexit = false
  let xtrace = false
  let command = false
  for (; i < argv.length && /^-[a-z]+$/.test(argv[i]); i++) {
    errexit ||= argv[i].includes('e')
    xtrace ||= argv[i].includes('x')
    command ||= argv[i].includes('c')
  }
  if (command) {
    const [script = '', ...rest] = argv.slice(i)
    const positional = [rest[0] ?? argv[0], ...rest.slice(1)]
    const image = shellImage(runtime, base.container)
    return runShellScript({ script, argv0: argv[0], errexit, xtrace, positional, image, base })
  }
  if (i < argv.length) return { steps: [], notes: [`${argv[0]} ${argv[i]}: script files are not modelled; runs with no output`] }
  if (base.container.stdin) return { steps: [] }
  return { steps: [], end: { afterMs: 3, code: 0 } }
}

/** Runs argv as the process (or as `exec` target), relative to its start. */
export function execArgv(argv: readonly string[], base: ProgramInput, runtime: ImageRuntime): ProcessRun {
  const [path] = argv
  const name = path.slice(path.lastIndexOf('/') + 1)
  if (!hasBinary(runtime, path)) {
    return { steps: [], end: { afterMs: 0, code: 127 }, notes: [startError(path).message] }
  }
  const program = runtime.programs[name]
  if (program) return program({ ...base, argv })
  if (SHELLS.has(name)) return runShell(argv, base, runtime)
  const util = runUtility(argv, { env: base.env, hostname: base.ctx.hostname, flavour: runtime.shell })
  if (!util) {
    if (base.ctx.isInitContainer) return { steps: [], end: { afterMs: 10, code: 0 }, notes: [`${argv.join(' ')}: not modelled; assumed to succeed`] }
    return { steps: [], notes: [`${argv.join(' ')}: not modelled; runs with no output`] }
  }
  const lines = [...util.out, ...util.err]
  const steps: PlanStep[] = lines.length ? [{ afterMs: 1, log: lines }] : []
  const notes = util.note ? [util.note] : []
  if (util.sleepMs === Infinity) return { steps, notes }
  return { steps, end: { afterMs: 1 + (util.sleepMs ?? 0), code: util.status }, notes }
}

/** Adds the terminating exit step and the default stop behaviour. */
function finish(run: ProcessRun, runtime: ImageRuntime): ContainerPlan {
  const end = run.end?.afterMs ?? Infinity
  const steps = run.steps.filter((s) => s.afterMs <= end).sort((a, b) => a.afterMs - b.afterMs)
  if (run.end) {
    const exit = { code: run.end.code, reason: run.end.code === 0 ? ('Completed' as const) : ('Error' as const) }
    steps.push({ afterMs: run.end.afterMs, exit })
  }
  return {
    steps,
    ...(run.repeat ? { repeat: run.repeat } : {}),
    serves: run.serves ?? [],
    onTerm: run.onTerm ?? { signal: runtime.stopSignal, handled: false, exitAfterMs: 0, exitCode: 137 },
    notes: run.notes ?? [],
  }
}

/**
 * Plans what the container does once containerd starts it: timed log lines, listening ports,
 * exit, and stop behaviour. A binary missing from the image yields `startError` (the kubelet
 * records reason StartError, exit code 128) and no steps.
 */
export function planContainer(profile: ImageProfile, container: ContainerSpec, ctx: PlanContext): ContainerPlan {
  const runtime = profile.runtime
  const argv = containerArgv(runtime, container)
  if (argv.length === 0 || !hasBinary(runtime, argv[0])) {
    const failure = startError(argv[0] ?? '')
    return { startError: failure, steps: [], serves: [], onTerm: finish({ steps: [] }, runtime).onTerm, notes: [] }
  }
  const base: ProgramInput = {
    argv,
    env: containerEnv(container, ctx),
    container,
    ctx,
    version: profile.version,
    startMs: 0,
    exec: (next, afterMs) => execArgv(next, { ...base, argv: next, startMs: afterMs }, runtime),
  }
  return finish(execArgv(argv, base, runtime), runtime)
}
