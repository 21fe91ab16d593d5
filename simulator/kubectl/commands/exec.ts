// kubectl exec POD [-c CONTAINER] -- COMMAND: runs a process in a running container.
// mirrors kubernetes/kubectl pkg/cmd/exec/exec.go (ExecOptions.Complete, Validate, Run).

import { execInContainer } from '../../controllers/kubelet/exec'
import type { Proc } from '../../shell/run/process'
import type { KubectlCommand, KubectlContext } from '../context'
import { resolvePod } from './pod-target'

export const exec: KubectlCommand = {
  name: 'exec',
  path: 'exec',
  flags: {
    container: { type: 'string', short: 'c' },
    stdin: { type: 'bool', short: 'i' },
    tty: { type: 'bool', short: 't' },
    quiet: { type: 'bool', short: 'q' },
    filename: { type: 'strings', short: 'f' },
    'pod-running-timeout': { type: 'duration' },
  },
  run: runExec,
}

 
function* runExec(ctx: KubectlContext): Proc {
  const dash = ctx.parsed.argsLenAtDash
  if (ctx.args.length === 0) return ctx.usageError('pod, type/name or --filename must be specified')
  if (dash < 0 && ctx.args.length > 1) {
    return ctx.usageError('exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead')
  }
  const command = ctx.args.slice(dash < 0 ? 1 : dash)
  if (dash === 0) return ctx.usageError('pod, type/name or --filename must be specified')
  if (command.length === 0) return ctx.fail('you must specify at least one command for the container')
  const pod = resolvePod(ctx, ctx.args[0])
  if (typeof pod === 'number') return pod
  const phase = pod.status?.phase
  if (phase === 'Succeeded' || phase === 'Failed') return ctx.fail(`cannot exec into a container in a completed pod; current phase is ${phase}`)
  const name = ctx.flag<string>('container') || pod.metadata.annotations?.['kubectl.kubernetes.io/default-container'] || pod.spec.containers[0].name
  const runtime = ctx.cluster.kubelet.pods.get(pod.metadata.uid)
  const container = runtime?.containers.find((c) => c.name === name)
  if (!pod.spec.containers.some((c: { name: string }) => c.name === name)) {
    return ctx.fail(`container ${name} not found in pod ${pod.metadata.name}`)
  }
  if (!container || !('running' in container.state)) {
    return ctx.fail(`unable to upgrade connection: container not found ("${name}")`)
  }
  if (pod.spec.containers.length > 1 && !ctx.changed('container')) {
    ctx.err(`Defaulted container "${name}" out of: ${pod.spec.containers.map((c: { name: string }) => c.name).join(', ')}\n`)
  }
  const target = { store: ctx.store, files: ctx.cluster.files, pod, container, now: () => ctx.runtime.clock.now(), epochMs: ctx.runtime.clock.epochMs }
  const io = { stdin: ctx.flag<boolean>('stdin') ? ctx.io.stdin : '', stdout: ctx.io.stdout, stderr: ctx.io.stderr, stdoutIsTerminal: false }
  const result = yield* execInContainer(target, command, io)
  if (typeof result === 'string') {
    ctx.err(`${result}\ncommand terminated with exit code 126\n`)
    return 126
  }
  if (result !== 0) ctx.err(`command terminated with exit code ${result}\n`)
  return result
}
