// sed, the part people use on manifests: `sed -i 's/replicas: 2/replicas: 3/' web.yaml`,
// `sed -n '5,10p'`, `/pattern/d`. Addresses (N, $, /re/, ranges), the s, d, p and q commands,
// -n, -i, -e and -E, with GNU sed's basic-regex syntax and error texts.

import { lines, readInputs, scan } from './options'
import type { Builtin } from './types'

type Address = { line: number } | { last: true } | { regex: RegExp }

interface Command {
  from?: Address
  to?: Address
  name: 's' | 'd' | 'p' | 'q'
  regex?: RegExp
  replacement?: string
  /** s: replace only the Nth match (0 = all with g, 1 by default). */
  nth?: number
  global?: boolean
  print?: boolean
}

class ScriptError extends Error {}

export const sed: Builtin = (argv, io) => {
  const opts = scan('sed', argv.slice(1), io, 'nirEs', 'e')
  if (!opts) return 1
  const extended = opts.flags.has('E') || opts.flags.has('r') || opts.values.has('regexp-extended')
  const inPlace = opts.flags.has('i') || opts.values.has('in-place')
  const quiet = opts.flags.has('n') || opts.values.has('quiet') || opts.values.has('silent')
  const operands = [...opts.operands]
  const scripts = [opts.values.get('e'), opts.values.get('expression')].filter((s): s is string => s !== undefined)
  if (scripts.length === 0) {
    const script = operands.shift()
    if (script === undefined) {
      io.stderr('Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n')
      return 1
    }
    scripts.push(script)
  }
  let commands: Command[]
  try {
    commands = scripts.flatMap((s) => parseScript(s, extended))
  } catch (error) {
    io.stderr(`sed: -e expression #1, ${(error as Error).message}\n`)
    return 1
  }
  if (inPlace && operands.length === 0) {
    io.stderr('sed: no input files\n')
    return 1
  }
  const inputs = readInputs('sed', operands, io)
  const list = 'failed' in inputs ? inputs.inputs : inputs
  if (inPlace) {
    for (const input of list) io.fs.writeFile(input.name, io.cwd, run(commands, input.text, quiet))
  } else io.stdout(run(commands, list.map((i) => i.text).join(''), quiet))
  return 'failed' in inputs ? 2 : 0
}

function run(commands: Command[], text: string, quiet: boolean): string {
  const all = lines(text)
  const endsWithNewline = text.endsWith('\n')
  const active = new Map<Command, boolean>()
  let out = ''
  for (let i = 0; i < all.length; i++) {
    let line = all[i]
    let deleted = false
    let quit = false
    const lineNo = i + 1
    const isLast = i === all.length - 1
    for (const command of commands) {
      if (!selects(command, line, lineNo, isLast, active)) continue
      if (command.name === 'd') {
        deleted = true
        break
      }
      if (command.name === 'p') out += `${line}\n`
      if (command.name === 'q') {
        quit = true
        break
      }
      if (command.name === 's') {
        const replaced = substitute(line, command)
        if (replaced !== null) {
          line = replaced
          if (command.print) out += `${line}\n`
        }
      }
    }
    if (!deleted && !quiet) out += isLast && !endsWithNewline ? line : `${line}\n`
    if (quit) break
  }
  return out
}

function matches(address: Address, line: string, lineNo: number, isLast: boolean): boolean {
  if ('line' in address) return lineNo === address.line
  if ('last' in address) return isLast
  address.regex.lastIndex = 0
  return address.regex.test(line)
}

function selects(command: Command, line: string, lineNo: number, isLast: boolean, active: Map<Command, boolean>): boolean {
  if (!command.from) return true
  if (!command.to) return matches(command.from, line, lineNo, isLast)
  if (active.get(command)) {
    const to = command.to
    const ends = 'line' in to ? lineNo >= to.line : matches(to, line, lineNo, isLast)
    if (ends) active.set(command, false)
    return true
  }
  if (!matches(command.from, line, lineNo, isLast)) return false
  const to = command.to
  active.set(command, !('line' in to && to.line <= lineNo))
  return true
}

function substitute(line: string, command: Command): string | null {
  const regex = command.regex as RegExp
  let count = 0
  let changed = false
  const result = line.replace(new RegExp(regex.source, regex.flags.includes('g') ? regex.flags : `${regex.flags}g`), (...args) => {
    count++
    const wanted = command.global ? count >= (command.nth ?? 1) : count === (command.nth ?? 1)
    if (!wanted) return args[0] as string
    changed = true
    return expandReplacement(command.replacement as string, args)
  })
  return changed ? result : null
}

function expandReplacement(replacement: string, args: unknown[]): string {
  const groups = args.slice(0, args.findIndex((a) => typeof a === 'number')) as (string | undefined)[]
  let out = ''
  for (let i = 0; i < replacement.length; i++) {
    const c = replacement[i]
    if (c === '&') out += groups[0] ?? ''
    else if (c === '\\' && i + 1 < replacement.length) {
      const next = replacement[++i]
      if (/[1-9]/.test(next)) out += groups[Number(next)] ?? ''
      else out += next === 'n' ? '\n' : next === 't' ? '\t' : next
    } else out += c
  }
  return out
}

/** Parses a sed script into commands; errors carry GNU's `char N: …` text. */
function parseScript(script: string, extended: boolean): Command[] {
  const commands: Command[] = []
  let at = 0
  const fail = (message: string): never => {
    throw new ScriptError(`char ${at}: ${message}`)
  }
  const skipSpace = () => {
    while (at < script.length && /[ \t]/.test(script[at])) at++
  }
  const readDelimited = (delimiter: string, what: string): string => {
    let text = ''
    while (at < script.length && script[at] !== delimiter) {
      if (script[at] === '\\' && at + 1 < script.length) {
        text += script[at + 1] === delimiter ? delimiter : script.slice(at, at + 2)
        at += 2
      } else if (script[at] === '\n') fail(`unterminated ${what}`)
      else text += script[at++]
    }
    if (at >= script.length) {
      at = script.length
      fail(`unterminated ${what}`)
    }
    at++
    return text
  }
  const readAddress = (): Address | undefined => {
    if (/\d/.test(script[at] ?? '')) {
      const digits = /^\d+/.exec(script.slice(at))?.[0] as string
      at += digits.length
      return { line: Number(digits) }
    }
    if (script[at] === '$') {
      at++
      return { last: true }
    }
    if (script[at] === '/') {
      at++
      return { regex: toRegExp(readDelimited('/', 'address regex'), extended, '', fail) }
    }
    return undefined
  }
  while (at < script.length) {
    skipSpace()
    if (script[at] === ';' || script[at] === '\n') {
      at++
      continue
    }
    if (at >= script.length) break
    const command: Partial<Command> = {}
    command.from = readAddress()
    if (command.from && script[at] === ',') {
      at++
      command.to = readAddress() ?? fail('unexpected `,\'')
    }
    skipSpace()
    const name = script[at++]
    if (name === undefined) fail('missing command')
    if (name === 's') {
      const delimiter = script[at++]
      if (delimiter === undefined || delimiter === '\n' || delimiter === '\\') fail("unterminated `s' command")
      const pattern = readDelimited(delimiter, "`s' command")
      const replacement = readDelimited(delimiter, "`s' command")
      let flags = ''
      while (at < script.length && /[gpiIM0-9]/.test(script[at])) flags += script[at++]
      if (at < script.length && !/[;\n \t}]/.test(script[at])) fail("unknown option to `s'")
      const nth = /\d+/.exec(flags)?.[0]
      commands.push({ ...command, name: 's', regex: toRegExp(pattern, extended, /[iI]/.test(flags) ? 'i' : '', fail), replacement, global: flags.includes('g'), nth: nth ? Number(nth) : undefined, print: flags.includes('p') })
    } else if (name === 'd' || name === 'p' || name === 'q') commands.push({ ...command, name })
    else fail(`unknown command: \`${name}'`)
  }
  return commands
}

/** GNU basic (or extended) regular expression syntax to a JavaScript RegExp. */
function toRegExp(pattern: string, extended: boolean, flags: string, fail: (message: string) => never): RegExp {
  let source = ''
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]
    if (c === '[') {
      const end = pattern.indexOf(']', i + (pattern[i + 1] === ']' ? 2 : pattern[i + 1] === '^' && pattern[i + 2] === ']' ? 3 : 1))
      if (end < 0) fail('unterminated address regex')
      source += pattern.slice(i, end + 1)
      i = end
    } else if (c === '\\' && i + 1 < pattern.length) {
      const next = pattern[++i]
      if (!extended && '(){}|+?'.includes(next)) source += next
      else if (next === 'n') source += '\\n'
      else if (next === 't') source += '\\t'
      else source += `\\${next}`
    } else if (!extended && '(){}|+?'.includes(c)) source += `\\${c}`
    else source += c
  }
  try {
    return new RegExp(source, flags)
  } catch {
    return fail('invalid regular expression')
  }
}
