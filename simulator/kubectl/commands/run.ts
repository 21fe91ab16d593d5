// kubectl run NAME --image=IMAGE [-i] [--rm] [--restart=Never] [-- ARGS]: one pod; with -i it
// waits for the container and shows its output; --rm deletes the pod afterwards.
// mirrors kubernetes/kubectl pkg/cmd/run/run.go (RunOptions.Run, generators PodGeneratorV1).

import { execInContainer } from '../../controllers/kubelet/exec'
import type { KubeObject } from '../../objects/meta'
import type { Proc, Wait } from '../../shell/run/process'
import { formatApiError, type KubectlCommand, type KubectlContext } from '../context'
import { klogCommandFailed } from '../klog'
import { printGeneric } from '../output'

export const run: KubectlCommand = {
  name: 'run',
  path: 'run',
  flags: {
    image: { type: 'string' },
    restart: { type: 'string', default: 'Always' },
    rm: { type: 'bool' },
    stdin: { type: 'bool', short: 'i' },
    tty: { type: 'bool', short: 't' },
    attach: { type: 'bool' },
    command: { type: 'bool' },
    env: { type: 'strings' },
    labels: { type: 'string', short: 'l' },
    port: { type: 'string' },
    expose: { type: 'bool' },
    'dry-run': { type: 'string', default: 'none', noOptDefault: 'unchanged' },
    output: { type: 'string', short: 'o' },
    overrides: { type: 'string' },
    'image-pull-policy': { type: 'string' },
    'pod-running-timeout': { type: 'duration', default: 60_000 },
    quiet: { type: 'bool', short: 'q' },
    annotations: { type: 'strings' },
    privileged: { type: 'bool' },
  },
  run: runRun,
}

function* runRun(ctx: KubectlContext): Proc {
  if (!ctx.changed('image')) {
    ctx.err(klogCommandFailed(ctx, 'required flag(s) \\"image\\" not set'))
    return 1
  }
  const dash = ctx.parsed.argsLenAtDash
  const name = ctx.args[0]
  if (!name || dash === 0) return ctx.usageError('NAME is required for run')
  const argv = ctx.args.slice(dash < 0 ? 1 : dash)
  const attach = ctx.flag<boolean>('stdin') || ctx.flag<boolean>('attach')
  if (ctx.flag<boolean>('rm') && !attach) return ctx.fail('--rm should only be used for attached containers')
  const pod = podFor(ctx, name, argv)
  if (ctx.flag<string>('dry-run') === 'client') {
    const printed = ctx.flag<string>('output') ? printGeneric([pod as KubeObject], ctx.flag<string>('output'), true) : { ok: true as const, out: `pod/${name} created (dry run)\n` }
    if (printed.ok) ctx.out(printed.out)
    return 0
  }
  const created = ctx.api.create(pod, { namespace: ctx.namespace })
  if (!created.ok) {
    ctx.err(formatApiError(created.error))
    return 1
  }
  if (!attach) {
    ctx.out(`pod/${name} created\n`)
    return 0
  }
  const uid = created.object.metadata.uid
  const live = () => ctx.store.getByUid(uid)
  const started = () => {
    const status = live()?.status?.containerStatuses?.[0]?.state
    return status?.running !== undefined || status?.terminated !== undefined
  }
  if (!started()) yield { until: ctx.runtime.clock.now() + ctx.flag<number>('pod-running-timeout'), ready: started }
  const current = live()
  let exitCode = 0
  if (!current || !started()) {
    ctx.err(`error: timed out waiting for the condition\n`)
    exitCode = 1
  } else exitCode = yield* attachOutput(ctx, current, argv)
  if (ctx.flag<boolean>('rm') && live()) {
    ctx.api.delete({ kind: 'Pod', namespace: ctx.namespace, name })
    ctx.out(`pod "${name}" deleted\n`)
    if (live()) yield { ready: () => live() === undefined }
  }
  return exitCode
}

function podFor(ctx: KubectlContext, name: string, argv: string[]): Record<string, unknown> {
  const labels = ctx.flag<string>('labels')
    ? Object.fromEntries(ctx.flag<string>('labels').split(',').map((kv) => kv.split('=') as [string, string]))
    : { run: name }
  const container: Record<string, unknown> = { name, image: ctx.flag<string>('image') }
  if (argv.length) container[ctx.flag<boolean>('command') ? 'command' : 'args'] = argv
  if (ctx.flag<boolean>('stdin')) Object.assign(container, { stdin: true, stdinOnce: true })
  if (ctx.flag<boolean>('tty')) container.tty = true
  const env = ctx.flag<string[]>('env').map((kv) => ({ name: kv.slice(0, kv.indexOf('=')), value: kv.slice(kv.indexOf('=') + 1) }))
  if (env.length) container.env = env
  if (ctx.flag<string>('port')) container.ports = [{ containerPort: Number(ctx.flag<string>('port')) }]
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, labels },
    spec: { containers: [container], restartPolicy: ctx.flag<string>('restart') },
  }
}

/** What an attached client sees from the container's main process. */
function* attachOutput(ctx: KubectlContext, pod: KubeObject, argv: string[]): Generator<Wait, number, void> {
  const runtime = ctx.cluster.kubelet.pods.get(pod.metadata.uid)
  const container = runtime?.containers[0]
  if (!container || argv.length === 0) return 0
  const target = { store: ctx.store, files: ctx.cluster.files, pod, container, now: () => ctx.runtime.clock.now(), epochMs: ctx.runtime.clock.epochMs }
  const io = { stdin: ctx.io.stdin, stdout: ctx.io.stdout, stderr: ctx.io.stderr, stdoutIsTerminal: false }
  const result = yield* execInContainer(target, argv, io)
  return typeof result === 'string' ? 1 : result
}
