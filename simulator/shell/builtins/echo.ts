// bash's echo and printf builtins.

import type { Builtin } from './types'

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', f: '\f', v: '\v', '\\': '\\', e: '\x1b' }

/** Backslash escapes as `echo -e` and printf's format read them; `\c` stops output. */
function unescape(text: string): { text: string; stop: boolean } {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '\\' || i + 1 >= text.length) {
      out += text[i]
      continue
    }
    const c = text[++i]
    if (c === 'c') return { text: out, stop: true }
    if (ESCAPES[c] !== undefined) out += ESCAPES[c]
    else if (c === '0') {
      const digits = /^[0-7]{0,3}/.exec(text.slice(i + 1))![0]
      out += String.fromCharCode(parseInt(digits || '0', 8))
      i += digits.length
    } else out += `\\${c}`
  }
  return { text: out, stop: false }
}

export const echo: Builtin = (argv, io) => {
  let newline = true
  let escapes = false
  let i = 1
  for (; i < argv.length && /^-[neE]+$/.test(argv[i]); i++) {
    for (const c of argv[i].slice(1)) {
      if (c === 'n') newline = false
      else if (c === 'e') escapes = true
      else escapes = false
    }
  }
  const text = argv.slice(i).join(' ')
  const out = escapes ? unescape(text) : { text, stop: false }
  io.stdout(out.text + (newline && !out.stop ? '\n' : ''))
  return 0
}

export const printf: Builtin = (argv, io) => {
  if (argv.length < 2) {
    io.stderr('bash: printf: usage: printf [-v var] format [arguments]\n')
    return 2
  }
  const format = argv[1]
  const args = argv.slice(2)
  let out = ''
  let used = 0
  do {
    const start = used
    out += format.replace(/%(-?\d*)(\.\d+)?([sdqbx%])|\\./g, (match, width: string, precision: string, conv: string) => {
      if (match.startsWith('\\')) return unescape(match).text
      if (conv === '%') return '%'
      const arg = args[used++] ?? ''
      let value = conv === 'd' ? String(Number.parseInt(arg, 10) || 0) : conv === 'x' ? (Number.parseInt(arg, 10) || 0).toString(16) : conv === 'b' ? unescape(arg).text : arg
      if (precision && conv === 's') value = value.slice(0, Number(precision.slice(1)))
      const w = Number(width || 0)
      return width.startsWith('-') ? value.padEnd(-w) : value.padStart(w)
    })
    if (used === start) break
  } while (used < args.length)
  io.stdout(out)
  return 0
}
