// grep: print lines matching patterns (BRE by default, -E extended, -F fixed strings), with
// -i -v -c -n -w -x -o -q -l -h -H -s and GNU grep's exit statuses (0 match, 1 none, 2 error).

import { lines, scan } from './options'
import type { Builtin } from './types'

const USAGE = "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n"

/** A POSIX basic regular expression in JavaScript syntax. */
function fromBasic(pattern: string): string {
  let out = ''
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]
    if (c === '\\' && i + 1 < pattern.length) {
      const next = pattern[++i]
      out += '|+?(){}'.includes(next) ? next : `\\${next}`
    } else out += '|+?(){}'.includes(c) ? `\\${c}` : c
  }
  return out
}

function compile(patterns: string[], flags: Set<string>): RegExp | string {
  const sources = patterns.map((p) => (flags.has('F') ? p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : flags.has('E') ? p : fromBasic(p)))
  let source = sources.map((s) => `(?:${s})`).join('|')
  if (flags.has('w')) source = `(?<![\\w])(?:${source})(?![\\w])`
  if (flags.has('x')) source = `^(?:${source})$`
  try {
    return new RegExp(source, flags.has('i') ? 'gi' : 'g')
  } catch {
    return 'Unmatched ( or \\('
  }
}

export const grep: Builtin = (argv, io) => {
  const opts = scan('grep', argv.slice(1), io, 'ivcnwxoqslhHEFGr', 'e')
  if (!opts) return 2
  const patterns = opts.values.has('e') ? [opts.values.get('e')!] : opts.operands.splice(0, 1)
  if (patterns.length === 0) {
    io.stderr(USAGE)
    return 2
  }
  const regex = compile(patterns, opts.flags)
  if (typeof regex === 'string') {
    io.stderr(`grep: ${regex}\n`)
    return 2
  }
  const files = opts.operands.length ? opts.operands : ['-']
  const prefixNames = opts.flags.has('H') || (files.length > 1 && !opts.flags.has('h'))
  let matched = false
  let failed = false
  for (const file of files) {
    const read = file === '-' ? { ok: true as const, content: io.stdin } : io.fs.readFile(file, io.cwd)
    if (!read.ok) {
      if (!opts.flags.has('s')) io.stderr(`grep: ${file}: ${read.error}\n`)
      failed = true
      continue
    }
    const name = file === '-' ? '(standard input)' : file
    const found = matchLines(read.content, regex, opts.flags)
    if (found.count > 0) matched = true
    if (opts.flags.has('q')) continue
    if (opts.flags.has('l')) {
      if (found.count) io.stdout(`${name}\n`)
      continue
    }
    const prefix = prefixNames ? `${name}:` : ''
    if (opts.flags.has('c')) io.stdout(`${prefix}${found.count}\n`)
    else for (const line of found.out) io.stdout(`${prefix}${line}\n`)
  }
  if (opts.flags.has('q') && matched) return 0
  return failed ? 2 : matched ? 0 : 1
}

function matchLines(text: string, regex: RegExp, flags: Set<string>): { count: number; out: string[] } {
  const out: string[] = []
  let count = 0
  lines(text).forEach((line, i) => {
    regex.lastIndex = 0
    const hits = [...line.matchAll(regex)].filter((m) => m[0] !== '' || !flags.has('o'))
    const isMatch = regex.test(line) !== flags.has('v')
    if (!isMatch) return
    count++
    const number = flags.has('n') ? `${i + 1}:` : ''
    if (flags.has('o') && !flags.has('v')) for (const hit of hits) out.push(`${number}${hit[0]}`)
    else out.push(`${number}${line}`)
  })
  return { count, out }
}
