// A process started in a running container by `kubectl exec`: the image's shell (dash, ash or
// bash wording) over the container's files, with the utilities the image ships. HTTP to the
// container itself is answered by what its server serves from those files (nginx's root).

import type { Store } from '../../engine/store'
import type { KubeObject } from '../../objects/meta'
import { builtins } from '../../shell/builtins/index'
import type { Builtin } from '../../shell/builtins/types'
import type { VirtualFs } from '../../shell/fs/virtual-fs'
import { parse } from '../../shell/parse'
import { Interpreter } from '../../shell/run/interpreter'
import type { Wait } from '../../shell/run/process'
import type { ShellHost } from '../../shell/run/shell-host'
import { runArgv } from '../../shell/run/simple-command'
import { createShellState } from '../../shell/run/state'
import type { Streams } from '../../shell/run/streams'
import { hasBinary } from './images/plan'
import type { ContainerPlan, ImageRuntime } from './images/types'
import { containerUtilities } from './container-utilities'

export interface ContainerProcess {
  pod: KubeObject
  store: Store
  runtime: ImageRuntime
  /** Software version of the image (nginx's error pages name it). */
  version: string
  fs: VirtualFs
  env: Readonly<Record<string, string>>
  plan?: ContainerPlan
  /** Virtual ms now, and the cluster's epoch (for `date`). */
  now(): number
  epochMs: number
}

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash'])

/**
 * Runs `argv` in the container; returns the exit status, or a string when the runtime cannot
 * start the binary (containerd's message, which kubectl prints before `exit code 126`).
 */
export function* runInContainer(p: ContainerProcess, argv: readonly string[], io: Streams): Generator<Wait, number | string, void> {
  const [path] = argv
  if (!hasBinary(p.runtime, path)) {
    const cause = path.includes('/') ? `stat ${path}: no such file or directory` : 'executable file not found in $PATH'
    return `OCI runtime exec failed: exec failed: unable to start container process: exec: ${JSON.stringify(path)}: ${cause}: unknown`
  }
  const host = containerHost(p)
  const state = createShellState()
  state.cwd = '/'
  for (const [k, v] of Object.entries(p.env)) state.vars.set(k, v)
  state.vars.set('HOME', '/root')
  const interp = new Interpreter(host, state, true)
  const name = path.slice(path.lastIndexOf('/') + 1)
  if (SHELLS.has(name) && argv[1] === '-c') {
    const parsed = parse(argv[2] ?? '')
    let status = 0
    for (const command of parsed.commands) {
      status = yield* interp.list(command.list, io)
      if (state.flow) break
    }
    if (parsed.error) {
      io.stderr(`${host.errorPrefix}Syntax error: ${parsed.error.message.replace(/^syntax error /, '')}\n`)
      return 2
    }
    return state.flow?.kind === 'exit' ? state.flow.status : status
  }
  return yield* runArgv(interp, [name, ...argv.slice(1)], io)
}

function containerHost(p: ContainerProcess): ShellHost {
  const flavour = p.runtime.shell ?? 'dash'
  const prefix = flavour === 'ash' ? 'sh: ' : flavour === 'dash' ? 'sh: 1: ' : 'bash: line 1: '
  const extra = containerUtilities(p)
  const utility = (name: string): Builtin | undefined => {
    if (!hasBinary(p.runtime, name) && !['echo', 'printf', 'test', '[', 'true', 'false', 'pwd'].includes(name)) return undefined
    return extra[name] ?? builtins[name]
  }
  return {
    fs: p.fs,
    now: p.now,
    random: () => 4,
    sourceText: () => '',
    external: () => undefined,
    utility,
    runInline: (proc) => {
      let step = proc.next()
      while (!step.done) step = proc.next()
      return step.value
    },
    startJob: () => 0,
    *jobControl() {
      return 0
    },
    history: () => [],
    request: () => false,
    errorPrefix: prefix,
    commandNotFound: (name) => (flavour === 'bash' ? `${prefix}${name}: command not found` : `${prefix}${name}: not found`),
  }
}
