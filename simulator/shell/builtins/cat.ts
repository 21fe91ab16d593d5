// cat: concatenate files (or standard input) to standard output; -n numbers lines.

import { lines, readInputs, scan } from './options'
import type { Builtin } from './types'

export const cat: Builtin = (argv, io) => {
  const opts = scan('cat', argv.slice(1), io, 'nAbeEsStTuv')
  if (!opts) return 1
  const read = readInputs('cat', opts.operands, io)
  const inputs = Array.isArray(read) ? read : read.inputs
  let n = 0
  for (const input of inputs) {
    if (!opts.flags.has('n')) io.stdout(input.text)
    else io.stdout(lines(input.text).map((l) => `${String(++n).padStart(6)}\t${l}\n`).join(''))
  }
  return Array.isArray(read) ? 0 : 1
}
