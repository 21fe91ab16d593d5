// GNU-style option scanning shared by the utilities: combined short flags (`-in`), attached
// values (`-n5`), `--long[=value]`, `--` ending options, and coreutils' invalid-option texts.

import type { BuiltinIO } from './types'

export interface Scanned {
  flags: Set<string>
  values: Map<string, string>
  operands: string[]
}

/**
 * Scans `args`. `withValue` lists short options that take a value (`n` for head -n). A `-NUM`
 * argument is kept as value of `numeric` when given (head -5). Returns undefined after printing
 * `<name>: invalid option -- 'x'` and the `Try '<name> --help'` line.
 */
export function scan(name: string, args: readonly string[], io: BuiltinIO, known: string, withValue = '', numeric?: string): Scanned | undefined {
  const scanned: Scanned = { flags: new Set(), values: new Map(), operands: [] }
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]
    if (arg === '--') {
      scanned.operands.push(...args.slice(i + 1))
      break
    }
    if (arg.startsWith('--') && arg.length > 2) {
      const eq = arg.indexOf('=')
      scanned.values.set(eq < 0 ? arg.slice(2) : arg.slice(2, eq), eq < 0 ? '' : arg.slice(eq + 1))
      continue
    }
    if (!arg.startsWith('-') || arg === '-') {
      scanned.operands.push(arg)
      continue
    }
    if (numeric && /^-\d+$/.test(arg)) {
      scanned.values.set(numeric, arg.slice(1))
      continue
    }
    for (let j = 1; j < arg.length; j++) {
      const c = arg[j]
      if (!known.includes(c) && !withValue.includes(c)) {
        io.stderr(`${name}: invalid option -- '${c}'\nTry '${name} --help' for more information.\n`)
        return undefined
      }
      if (withValue.includes(c)) {
        const value = j + 1 < arg.length ? arg.slice(j + 1) : args[++i]
        if (value === undefined) {
          io.stderr(`${name}: option requires an argument -- '${c}'\nTry '${name} --help' for more information.\n`)
          return undefined
        }
        scanned.values.set(c, value)
        break
      }
      scanned.flags.add(c)
    }
  }
  return scanned
}

/** Reads each operand (or stdin for none / `-`); calls `onError` with GNU's text for failures. */
export function readInputs(name: string, operands: readonly string[], io: BuiltinIO): { name: string; text: string }[] | { failed: true; inputs: { name: string; text: string }[] } {
  const inputs: { name: string; text: string }[] = []
  let failed = false
  for (const operand of operands.length ? operands : ['-']) {
    if (operand === '-') {
      inputs.push({ name: 'standard input', text: io.stdin })
      continue
    }
    const read = io.fs.readFile(operand, io.cwd)
    if (read.ok) inputs.push({ name: operand, text: read.content })
    else {
      io.stderr(`${name}: ${operand}: ${read.error}\n`)
      failed = true
    }
  }
  return failed ? { failed, inputs } : inputs
}

/** Splits text into lines without their newlines (a final line without newline counts). */
export function lines(text: string): string[] {
  if (text === '') return []
  const parts = text.split('\n')
  if (parts[parts.length - 1] === '') parts.pop()
  return parts
}
