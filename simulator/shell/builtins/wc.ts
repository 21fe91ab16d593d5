// wc: newline, word and byte counts, right-aligned to a common width as GNU wc prints them.

import { readInputs, scan } from './options'
import type { Builtin } from './types'

export const wc: Builtin = (argv, io) => {
  const opts = scan('wc', argv.slice(1), io, 'lwcmL')
  if (!opts) return 1
  const read = readInputs('wc', opts.operands, io)
  const inputs = Array.isArray(read) ? read : read.inputs
  const wanted = ['l', 'w', 'c'].filter((f) => opts.flags.has(f) || (f === 'c' && opts.flags.has('m')))
  const fields = wanted.length ? wanted : ['l', 'w', 'c']
  const counts = inputs.map((input) => ({
    name: input.name === 'standard input' ? '' : input.name,
    l: (input.text.match(/\n/g) ?? []).length,
    w: input.text.split(/\s+/).filter(Boolean).length,
    c: new TextEncoder().encode(input.text).length,
  }))
  if (counts.length > 1) {
    counts.push({ name: 'total', l: sum(counts, 'l'), w: sum(counts, 'w'), c: sum(counts, 'c') })
  }
  const single = fields.length === 1 && counts.length === 1
  const stdinOnly = opts.operands.length === 0
  const width = single ? 0 : stdinOnly ? 7 : Math.max(1, ...counts.map((c) => String(c.c).length))
  for (const count of counts) {
    const cells = fields.map((f) => String(count[f as 'l' | 'w' | 'c']).padStart(width))
    io.stdout(`${cells.join(' ')}${count.name ? ` ${count.name}` : ''}\n`)
  }
  return Array.isArray(read) ? 0 : 1
}

function sum(counts: { l: number; w: number; c: number }[], key: 'l' | 'w' | 'c'): number {
  return counts.reduce((n, c) => n + c[key], 0)
}
