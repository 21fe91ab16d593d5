// head and tail: the first or last lines (-n N, -N; tail -n +N from line N), or bytes (-c N).

import { lines, readInputs, scan } from './options'
import type { Builtin, BuiltinIO } from './types'

function headTail(name: 'head' | 'tail', argv: readonly string[], io: BuiltinIO): number {
  const opts = scan(name, argv.slice(1), io, 'qvf', 'nc', 'n')
  if (!opts) return 1
  const raw = opts.values.get('n') ?? opts.values.get('lines') ?? '10'
  const fromStart = name === 'tail' && raw.startsWith('+')
  const count = Number(raw.replace(/^[+]/, ''))
  if (!Number.isInteger(Math.abs(count)) || Number.isNaN(count)) {
    io.stderr(`${name}: invalid number of lines: ‘${raw}’\n`)
    return 1
  }
  const read = readInputs(name, opts.operands, io)
  const inputs = Array.isArray(read) ? read : read.inputs
  inputs.forEach((input, i) => {
    if (inputs.length > 1) io.stdout(`${i ? '\n' : ''}==> ${input.name} <==\n`)
    const all = lines(input.text)
    const trailing = input.text.endsWith('\n')
    let picked: string[]
    if (name === 'head') picked = count < 0 ? all.slice(0, Math.max(0, all.length + count)) : all.slice(0, count)
    else picked = fromStart ? all.slice(Math.max(0, count - 1)) : count === 0 ? [] : all.slice(-count)
    const lastIncluded = picked.length > 0 && picked[picked.length - 1] === all[all.length - 1] && (name === 'tail' || picked.length === all.length)
    io.stdout(picked.map((l, j) => (j === picked.length - 1 && lastIncluded && !trailing ? l : `${l}\n`)).join(''))
  })
  return Array.isArray(read) ? 0 : 1
}

export const head: Builtin = (argv, io) => headTail('head', argv, io)
export const tail: Builtin = (argv, io) => headTail('tail', argv, io)
