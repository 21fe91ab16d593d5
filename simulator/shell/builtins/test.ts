// bash's test and [ builtins: string, integer and file tests.

import type { Builtin, BuiltinIO } from './types'

function evaluate(args: string[], io: BuiltinIO, name: string): number {
  if (args.length === 0) return 1
  if (args[0] === '!') return evaluate(args.slice(1), io, name) === 0 ? 1 : 0
  if (args.length === 1) return args[0] !== '' ? 0 : 1
  if (args.length === 2) {
    const [op, value] = args
    const stat = io.fs.stat(value, io.cwd)
    switch (op) {
      case '-z': return value === '' ? 0 : 1
      case '-n': return value !== '' ? 0 : 1
      case '-e': return stat ? 0 : 1
      case '-f': return stat?.type === 'file' ? 0 : 1
      case '-d': return stat?.type === 'dir' ? 0 : 1
      case '-s': return stat && stat.size > 0 ? 0 : 1
      default:
        io.stderr(`bash: ${name}: ${op}: unary operator expected\n`)
        return 2
    }
  }
  const [a, op, b] = args
  const integer = (v: string) => (/^\s*-?\d+\s*$/.test(v) ? Number(v) : undefined)
  if (['-eq', '-ne', '-lt', '-le', '-gt', '-ge'].includes(op)) {
    const [x, y] = [integer(a), integer(b)]
    if (x === undefined || y === undefined) {
      io.stderr(`bash: ${name}: ${x === undefined ? a : b}: integer expression expected\n`)
      return 2
    }
    const result = { '-eq': x === y, '-ne': x !== y, '-lt': x < y, '-le': x <= y, '-gt': x > y, '-ge': x >= y }[op]
    return result ? 0 : 1
  }
  if (op === '=' || op === '==') return a === b ? 0 : 1
  if (op === '!=') return a !== b ? 0 : 1
  io.stderr(`bash: ${name}: ${op}: binary operator expected\n`)
  return 2
}

export const test: Builtin = (argv, io) => evaluate(argv.slice(1), io, 'test')

export const bracket: Builtin = (argv, io) => {
  if (argv[argv.length - 1] !== ']') {
    io.stderr("bash: [: missing `]'\n")
    return 2
  }
  return evaluate(argv.slice(1, -1), io, '[')
}
