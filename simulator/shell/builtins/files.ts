// Working with the sandbox's files: ls, pwd, mkdir, rm, touch, cp, mv.

import { scan } from './options'
import type { Builtin, BuiltinIO } from './types'

export const pwd: Builtin = (_argv, io) => {
  io.stdout(`${io.cwd}\n`)
  return 0
}

/** ls: names in byte order, one per line when not -l (the sandbox terminal is not a tty to ls). */
export const ls: Builtin = (argv, io) => {
  const opts = scan('ls', argv.slice(1), io, 'la1AhRt')
  if (!opts) return 2
  const operands = opts.operands.length ? opts.operands : ['.']
  let status = 0
  const files = operands.filter((p) => io.fs.stat(p, io.cwd)?.type === 'file')
  const dirs = operands.filter((p) => io.fs.stat(p, io.cwd)?.type === 'dir')
  for (const missing of operands.filter((p) => !io.fs.stat(p, io.cwd))) {
    io.stderr(`ls: cannot access '${missing}': No such file or directory\n`)
    status = 2
  }
  const show = (names: string[], dir?: string) => {
    for (const name of names) {
      if (!opts.flags.has('l')) io.stdout(`${name}\n`)
      else {
        const stat = io.fs.stat(dir ? `${dir}/${name}` : name, io.cwd)
        const mode = stat?.type === 'dir' ? 'drwxr-xr-x 2' : '-rw-r--r-- 1'
        io.stdout(`${mode} learner learner ${String(stat?.size ?? 0).padStart(5)} Sep  2 10:00 ${name}\n`)
      }
    }
  }
  show(files)
  dirs.forEach((dir, i) => {
    if (operands.length > 1) io.stdout(`${files.length || i ? '\n' : ''}${dir}:\n`)
    const names = (io.fs.list(dir, io.cwd) ?? []).filter((n) => opts.flags.has('a') || opts.flags.has('A') || !n.startsWith('.'))
    if (opts.flags.has('l')) io.stdout(`total ${names.length * 4}\n`)
    show(names, dir)
  })
  return status
}

export const mkdir: Builtin = (argv, io) => {
  const opts = scan('mkdir', argv.slice(1), io, 'pv')
  if (!opts) return 1
  if (opts.operands.length === 0) return missingOperand('mkdir', io)
  let status = 0
  for (const path of opts.operands) {
    const made = io.fs.mkdir(path, io.cwd, { parents: opts.flags.has('p') })
    if (!made.ok) {
      io.stderr(`mkdir: cannot create directory ‘${path}’: ${made.error}\n`)
      status = 1
    }
  }
  return status
}

export const rm: Builtin = (argv, io) => {
  const opts = scan('rm', argv.slice(1), io, 'rRfiv')
  if (!opts) return 1
  if (opts.operands.length === 0) return opts.flags.has('f') ? 0 : missingOperand('rm', io)
  let status = 0
  for (const path of opts.operands) {
    const removed = io.fs.remove(path, io.cwd, { recursive: opts.flags.has('r') || opts.flags.has('R') })
    if (removed.ok) continue
    if (removed.error === 'No such file or directory' && opts.flags.has('f')) continue
    io.stderr(removed.error === 'Is a directory' ? `rm: cannot remove '${path}': Is a directory\n` : `rm: cannot remove '${path}': ${removed.error}\n`)
    status = 1
  }
  return status
}

export const touch: Builtin = (argv, io) => {
  const opts = scan('touch', argv.slice(1), io, 'acm')
  if (!opts) return 1
  if (opts.operands.length === 0) return missingOperand('touch', io, 'file')
  let status = 0
  for (const path of opts.operands) {
    if (io.fs.exists(path, io.cwd)) continue
    const written = io.fs.writeFile(path, io.cwd, '')
    if (!written.ok) {
      io.stderr(`touch: cannot touch '${path}': ${written.error}\n`)
      status = 1
    }
  }
  return status
}

function copy(name: 'cp' | 'mv'): Builtin {
  return (argv, io) => {
    const opts = scan(name, argv.slice(1), io, 'rRfiv')
    if (!opts) return 1
    if (opts.operands.length < 2) return opts.operands.length ? missingDestination(name, opts.operands[0], io) : missingOperand(name, io, 'file')
    const [source, target] = opts.operands
    const read = io.fs.readFile(source, io.cwd)
    if (!read.ok) {
      io.stderr(`${name}: cannot stat '${source}': ${read.error}\n`)
      return 1
    }
    const dest = io.fs.stat(target, io.cwd)?.type === 'dir' ? `${target}/${source.split('/').pop()}` : target
    io.fs.writeFile(dest, io.cwd, read.content)
    if (name === 'mv') io.fs.remove(source, io.cwd)
    return 0
  }
}

export const cp = copy('cp')
export const mv = copy('mv')

function missingOperand(name: string, io: BuiltinIO, what = 'operand'): number {
  io.stderr(`${name}: missing ${what === 'operand' ? 'operand' : `${what} operand`}\nTry '${name} --help' for more information.\n`)
  return 1
}

function missingDestination(name: string, source: string, io: BuiltinIO): number {
  io.stderr(`${name}: missing destination file operand after '${source}'\nTry '${name} --help' for more information.\n`)
  return 1
}
