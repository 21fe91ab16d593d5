// Small text filters used in kubectl pipelines: sort, uniq, cut, tr, tee, base64, seq.

import { lines, readInputs, scan } from './options'
import type { Builtin } from './types'

const inputText = (name: string, operands: string[], io: Parameters<Builtin>[1]) => {
  const read = readInputs(name, operands, io)
  const inputs = Array.isArray(read) ? read : read.inputs
  return { text: inputs.map((i) => i.text).join(''), ok: Array.isArray(read) }
}

export const sort: Builtin = (argv, io) => {
  const opts = scan('sort', argv.slice(1), io, 'rnu', 'kt')
  if (!opts) return 2
  const { text, ok } = inputText('sort', opts.operands, io)
  const key = opts.values.has('k') ? Number.parseInt(opts.values.get('k')!, 10) : 0
  const sep = opts.values.get('t')
  const field = (line: string) => (key ? (sep ? line.split(sep) : line.trim().split(/\s+/))[key - 1] ?? '' : line)
  let sorted = lines(text).sort((a, b) => {
    const [x, y] = [field(a), field(b)]
    if (opts.flags.has('n')) return (Number.parseFloat(x) || 0) - (Number.parseFloat(y) || 0) || (a < b ? -1 : a > b ? 1 : 0)
    return x < y ? -1 : x > y ? 1 : 0
  })
  if (opts.flags.has('r')) sorted = sorted.reverse()
  if (opts.flags.has('u')) sorted = sorted.filter((l, i) => i === 0 || l !== sorted[i - 1])
  io.stdout(sorted.map((l) => `${l}\n`).join(''))
  return ok ? 0 : 2
}

export const uniq: Builtin = (argv, io) => {
  const opts = scan('uniq', argv.slice(1), io, 'cdu')
  if (!opts) return 1
  const { text } = inputText('uniq', opts.operands.slice(0, 1), io)
  const groups: { line: string; count: number }[] = []
  for (const line of lines(text)) {
    const last = groups[groups.length - 1]
    if (last && last.line === line) last.count++
    else groups.push({ line, count: 1 })
  }
  for (const g of groups) {
    if (opts.flags.has('d') && g.count < 2) continue
    if (opts.flags.has('u') && g.count > 1) continue
    io.stdout(opts.flags.has('c') ? `${String(g.count).padStart(7)} ${g.line}\n` : `${g.line}\n`)
  }
  return 0
}

export const cut: Builtin = (argv, io) => {
  const opts = scan('cut', argv.slice(1), io, 's', 'dfc')
  if (!opts) return 1
  const spec = opts.values.get('f') ?? opts.values.get('c')
  if (!spec) {
    io.stderr("cut: you must specify a list of bytes, characters, or fields\nTry 'cut --help' for more information.\n")
    return 1
  }
  const wanted = (n: number) => spec.split(',').some((r) => {
    const [a, b] = r.split('-')
    const lo = a ? Number(a) : 1
    const hi = r.includes('-') ? (b ? Number(b) : Infinity) : lo
    return n >= lo && n <= hi
  })
  const { text } = inputText('cut', opts.operands, io)
  const delim = opts.values.get('d') ?? '\t'
  for (const line of lines(text)) {
    if (opts.values.has('c')) io.stdout(`${[...line].filter((_, i) => wanted(i + 1)).join('')}\n`)
    else if (!line.includes(delim)) io.stdout(opts.flags.has('s') ? '' : `${line}\n`)
    else io.stdout(`${line.split(delim).filter((_, i) => wanted(i + 1)).join(delim)}\n`)
  }
  return 0
}

function expandSet(set: string): string {
  return set.replace(/(.)-(.)/g, (_, a: string, b: string) => {
    let out = ''
    for (let c = a.charCodeAt(0); c <= b.charCodeAt(0); c++) out += String.fromCharCode(c)
    return out
  }).replace(/\\n/g, '\n').replace(/\\t/g, '\t')
}

export const tr: Builtin = (argv, io) => {
  const opts = scan('tr', argv.slice(1), io, 'ds')
  if (!opts) return 1
  const [from = '', to = ''] = opts.operands.map(expandSet)
  let out = ''
  for (const c of io.stdin) {
    const i = from.indexOf(c)
    if (opts.flags.has('d')) out += i < 0 ? c : ''
    else out += i < 0 ? c : to[Math.min(i, to.length - 1)] ?? c
  }
  if (opts.flags.has('s')) out = out.replace(new RegExp(`([${(to || from).replace(/[\]\\^-]/g, '\\$&')}])\\1+`, 'g'), '$1')
  io.stdout(out)
  return 0
}

export const tee: Builtin = (argv, io) => {
  const opts = scan('tee', argv.slice(1), io, 'a')
  if (!opts) return 1
  let status = 0
  for (const file of opts.operands) {
    const written = io.fs.writeFile(file, io.cwd, io.stdin, { append: opts.flags.has('a') })
    if (!written.ok) {
      io.stderr(`tee: ${file}: ${written.error}\n`)
      status = 1
    }
  }
  io.stdout(io.stdin)
  return status
}

export const base64: Builtin = (argv, io) => {
  const opts = scan('base64', argv.slice(1), io, 'dw')
  if (!opts) return 1
  const { text } = inputText('base64', opts.operands, io)
  if (opts.flags.has('d')) {
    try {
      const binary = atob(text.replace(/\s+/g, ''))
      io.stdout(new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))))
      return 0
    } catch {
      io.stderr('base64: invalid input\n')
      return 1
    }
  }
  let binary = ''
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte)
  const encoded = btoa(binary)
  io.stdout(encoded ? `${encoded.match(/.{1,76}/g)!.join('\n')}\n` : '')
  return 0
}

export const seq: Builtin = (argv, io) => {
  const nums = argv.slice(1).map(Number)
  if (nums.length === 0 || nums.some(Number.isNaN)) {
    io.stderr(nums.length ? `seq: invalid floating point argument: ‘${argv.slice(1).find((a) => Number.isNaN(Number(a)))}’\n` : 'seq: missing operand\n')
    io.stderr("Try 'seq --help' for more information.\n")
    return 1
  }
  const [first, step, last] = nums.length === 1 ? [1, 1, nums[0]] : nums.length === 2 ? [nums[0], 1, nums[1]] : nums
  for (let n = first; step > 0 ? n <= last : n >= last; n += step) io.stdout(`${n}\n`)
  return 0
}
