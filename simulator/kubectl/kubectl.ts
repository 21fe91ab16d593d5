// The `kubectl` program: finds the (sub)command, parses its flags with the global ones, and
// runs it against the cluster; unknown commands and flag errors print cobra's texts.

import type { ExternalCommand, Proc, ProcIO } from '../shell/run/process'
import { commandTable, KUBECTL_COMMAND_ORDER } from './commands/index'
import { KubectlContext, type KubectlCluster, type KubectlCommand } from './context'
import { parseFlags, type FlagSpecs } from './flags'
import { globalFlags } from './global-flags'
import { rootHelp } from './help'

/** The kubectl executable bound to `cluster`. */
export function createKubectl(cluster: KubectlCluster): ExternalCommand {
  return (argv, io) => runKubectl(cluster, argv.slice(1), io)
}

 
function* runKubectl(cluster: KubectlCluster, argv: readonly string[], io: ProcIO): Proc {
  const found = findCommand(argv)
  if (!found.ok) {
    io.stderr(found.error)
    return 1
  }
  if (!found.command) {
    io.stdout(rootHelp)
    return 0
  }
  const specs = flagSpecs(found.command)
  const parsed = parseFlags(found.rest, specs)
  if (!parsed.ok) {
    io.stderr(`Error: ${parsed.error}\nSee 'kubectl ${found.command.path} --help' for usage.\n`)
    return 1
  }
  return yield* found.command.run(new KubectlContext(cluster, found.command, parsed.parsed, specs, io))
}

const mergedSpecs = new WeakMap<KubectlCommand, FlagSpecs>()

/** The command's flags with the global ones, merged once per command (it is asked on every run). */
function flagSpecs(command: KubectlCommand): FlagSpecs {
  let specs = mergedSpecs.get(command)
  if (!specs) {
    specs = Object.freeze({ ...globalFlags, ...command.flags })
    mergedSpecs.set(command, specs)
  }
  return specs
}

type Found = { ok: true; command: KubectlCommand | null; rest: string[] } | { ok: false; error: string }

/** The command named by the first non-flag words of `argv`; flags before it are kept. */
function findCommand(argv: readonly string[]): Found {
  const rest = [...argv]
  const index = firstWordIndex(rest)
  if (index < 0) return { ok: true, command: null, rest }
  const name = rest[index]
  let command = commandTable.get(name)
  if (!command) return { ok: false, error: unknownCommand(name) }
  rest.splice(index, 1)
  const sub = firstWordIndex(rest)
  const child = sub >= 0 ? command.subcommands?.find((c) => c.name === rest[sub] || c.aliases?.includes(rest[sub])) : undefined
  if (child) {
    rest.splice(sub, 1)
    command = child
  }
  return { ok: true, command, rest }
}

/** Index of the first argument that is not a flag or a global flag's value. */
function firstWordIndex(argv: readonly string[]): number {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--') return -1
    if (!arg.startsWith('-')) return i
    const long = arg.startsWith('--') ? globalFlags[arg.slice(2)] : undefined
    const short = /^-[a-zA-Z]$/.test(arg) ? Object.values(globalFlags).find((f) => f.short === arg[1]) : undefined
    const spec = long ?? short
    if (spec && spec.type !== 'bool' && !arg.includes('=')) i++
  }
  return -1
}

/** cobra's unknown-command error with suggestions (Levenshtein ≤ 2 or a prefix), in kubectl's order. */
function unknownCommand(name: string): string {
  const suggestions = KUBECTL_COMMAND_ORDER.filter((c) => levenshtein(name.toLowerCase(), c) <= 2 || c.startsWith(name.toLowerCase()))
  const hint = suggestions.length ? `\nDid you mean this?\n${suggestions.map((s) => `\t${s}\n`).join('')}\n` : ''
  return `Error: unknown command "${name}" for "kubectl"\n${hint}`
}

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1))
      previous = current
    }
  }
  return row[b.length]
}
