// Tab completion for the terminal: command names, kubectl subcommands, resource types, object
// names, flags and file names, as bash with kubectl's completion script offers them.

import type { Store } from '../engine/store'
import { resolveResource, resources } from '../engine/resources'
import { commandTable } from '../kubectl/commands/index'
import type { FlagSpecs } from '../kubectl/flags'
import { globalFlags } from '../kubectl/global-flags'
import type { VirtualFs } from './fs/virtual-fs'

export interface Completion {
  /** Offset in the line where the word being completed starts. */
  start: number
  /** Full replacements for that word, sorted; a trailing `/` marks a directory. */
  candidates: string[]
}

export interface CompletionContext {
  commands: readonly string[]
  store: Store
  fs: VirtualFs
  cwd: string
  namespace: string
}

/** Verbs whose arguments are a resource type then object names. */
const TYPED_VERBS = new Set(['get', 'describe', 'delete', 'edit', 'label', 'annotate', 'patch', 'scale', 'wait', 'explain'])
const POD_VERBS = new Set(['logs', 'exec', 'attach', 'port-forward'])
const FILE_FLAGS = new Set(['-f', '--filename', '--patch-file'])

export function complete(line: string, cursor: number, ctx: CompletionContext): Completion {
  const before = line.slice(0, cursor)
  const start = Math.max(before.lastIndexOf(' '), before.lastIndexOf(';'), before.lastIndexOf('|'), before.lastIndexOf('&')) + 1
  const word = before.slice(start)
  const words = before.slice(0, start).trim().split(/\s+/).filter(Boolean)
  const commandStart = Math.max(...['|', ';', '&&', '||'].map((sep) => words.lastIndexOf(sep))) + 1
  const args = words.slice(commandStart)
  const done = (candidates: Iterable<string>) => ({ start, candidates: [...new Set(candidates)].filter((c) => c.startsWith(word)).sort() })
  if (args.length === 0) return done(ctx.commands)
  if (args[0] !== 'kubectl' || FILE_FLAGS.has(args[args.length - 1])) return done(files(word, ctx))
  return done(kubectlCandidates(args.slice(1), word, ctx))
}

function kubectlCandidates(args: string[], word: string, ctx: CompletionContext): string[] {
  const positional = args.filter((a) => !a.startsWith('-'))
  const [verb] = positional
  if (!verb) return [...commandTable.keys()]
  const command = commandTable.get(verb)
  if (!command) return []
  if (word.startsWith('-')) return flagNames({ ...globalFlags, ...command.flags })
  if (command.subcommands && positional.length === 1) return command.subcommands.map((c) => c.name)
  const rest = command.subcommands ? positional.slice(2) : positional.slice(1)
  if (POD_VERBS.has(verb)) return rest.length === 0 ? names(ctx, 'Pod') : []
  if (verb === 'rollout') return rest.length === 0 ? ['statefulset/', 'sts/', ...names(ctx, 'StatefulSet').map((n) => `statefulset/${n}`)] : []
  if (!TYPED_VERBS.has(verb) && verb !== 'rollout') return []
  // explain takes one argument, a type (and field path), never object names.
  if (verb === 'explain') return rest.length === 0 && !word.includes('/') ? resources.map((r) => r.plural) : []
  if (word.includes('/')) {
    const [type] = word.split('/')
    const info = resolveResource(type)
    return info ? names(ctx, info.kind).map((n) => `${type}/${n}`) : []
  }
  if (rest.length === 0) return resources.map((r) => r.plural)
  const info = resolveResource(rest[0])
  return info ? names(ctx, info.kind) : []
}

function names(ctx: CompletionContext, kind: string): string[] {
  const info = resolveResource(kind)
  return ctx.store.list(kind, info?.namespaced ? { namespace: ctx.namespace } : {}).map((o) => o.metadata.name)
}

function flagNames(specs: FlagSpecs): string[] {
  return Object.keys(specs).map((name) => `--${name}${specs[name].type === 'bool' ? '' : '='}`)
}

/** Entries of the directory part of `word`, with `/` after directories. */
function files(word: string, ctx: CompletionContext): string[] {
  const slash = word.lastIndexOf('/')
  const dir = slash < 0 ? '' : word.slice(0, slash + 1)
  const entries = ctx.fs.list(dir || '.', ctx.cwd) ?? []
  return entries.map((name) => {
    const stat = ctx.fs.stat(`${dir}${name}`, ctx.cwd)
    return `${dir}${name}${stat?.type === 'dir' ? '/' : ''}`
  })
}
