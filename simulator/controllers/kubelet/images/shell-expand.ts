// Word expansion for the shell model: parameters, command substitution (via a callback), integer
// arithmetic and field splitting. Loop counters stay symbolic as `{{i:<start>:<step>}}` tokens so an
// endless loop can be replayed iteration by iteration.
import type { Word } from './shell-parse'

export interface ExpandScope {
  env: Record<string, string>
  positional: readonly string[]
  status: number
  /** Runs `$(...)` and returns its stdout (trailing newlines removed). */
  substitute(script: string): string
  note(text: string): void
}

const COUNTER = /^\{\{i:(-?\d+):(-?\d+)\}\}$/

/** Renders counter tokens for iteration `n` of a loop (0-based). */
export function renderCounters(text: string, n: number): string {
  return text.replace(/\{\{i:(-?\d+):(-?\d+)\}\}/g, (_, start: string, step: string) => String(Number(start) + Number(step) * n))
}

function parameter(name: string, scope: ExpandScope): string {
  const m = /^([A-Za-z_][A-Za-z0-9_]*(?:\[\d+\])?|[0-9?#$])(?::?-(.*))?$/.exec(name)
  if (!m) {
    scope.note(`\${${name}}: parameter expansion not modelled`)
    return ''
  }
  const [, base, fallback] = m
  let value: string | undefined
  if (base === '?') value = String(scope.status)
  else if (base === '#') value = String(Math.max(0, scope.positional.length - 1))
  else if (base === '$') value = '1'
  else if (/^[0-9]$/.test(base)) value = scope.positional[Number(base)]
  else value = scope.env[base]
  return (value === undefined || value === '') && fallback !== undefined ? fallback : (value ?? '')
}

/** Integer arithmetic of `$((...))`: + - * / % and parentheses over numbers and variables. */
export function arithmetic(expr: string, scope: ExpandScope): string {
  const shifted = /^\s*\$?([A-Za-z_]\w*)\s*([+-])\s*(\d+)\s*$/.exec(expr)
  const counter = shifted ? COUNTER.exec(scope.env[shifted[1]] ?? '') : null
  if (shifted && counter) {
    const delta = Number(shifted[3]) * (shifted[2] === '+' ? 1 : -1)
    return `{{i:${Number(counter[1]) + delta}:${counter[2]}}}`
  }
  const tokens = expr.match(/\d+|[A-Za-z_]\w*|[-+*/%()]/g) ?? []
  let i = 0
  const atom = (): number => {
    const t = tokens[i++]
    if (t === '(') {
      const v = sum()
      i++
      return v
    }
    if (t === '-') return -atom()
    if (t !== undefined && /^\d+$/.test(t)) return Number(t)
    const value = Number(scope.env[t ?? ''] ?? 0)
    return Number.isFinite(value) ? value : 0
  }
  const product = (): number => {
    let v = atom()
    while (tokens[i] === '*' || tokens[i] === '/' || tokens[i] === '%') {
      const op = tokens[i++]
      const r = atom()
      v = op === '*' ? v * r : r === 0 ? 0 : op === '/' ? Math.trunc(v / r) : v % r
    }
    return v
  }
  const sum = (): number => {
    let v = product()
    while (tokens[i] === '+' || tokens[i] === '-') v = tokens[i++] === '+' ? v + product() : v - product()
    return v
  }
  return String(sum())
}

/** Expands a word into fields: quoted parts stay whole, unquoted expansions split on blanks. */
export function expandWord(word: Word, scope: ExpandScope): string[] {
  const fields: string[] = []
  let current = ''
  let started = false
  for (const seg of word) {
    let value: string
    if (seg.kind === 'lit') value = seg.text
    else if (seg.kind === 'var') value = parameter(seg.name, scope)
    else if (seg.kind === 'cmd') value = scope.substitute(seg.script)
    else value = arithmetic(seg.expr, scope)
    if (seg.quoted || seg.kind === 'lit') {
      current += value
      started = true
      continue
    }
    const pieces = value.split(/[ \t\n]+/)
    pieces.forEach((piece, k) => {
      if (k > 0 && started) {
        fields.push(current)
        current = ''
        started = false
      }
      if (piece) {
        current += piece
        started = true
      }
    })
  }
  if (started) fields.push(current)
  return fields
}

/** Expands a word to one string (assignments, redirect targets): no field splitting. */
export function expandToString(word: Word, scope: ExpandScope): string {
  return expandWord(
    word.map((seg) => ({ ...seg, quoted: true })),
    scope,
  ).join(' ')
}

/**
 * Integer variables that one loop iteration changed by a constant, as counter tokens that start at
 * their current value (so the next iteration prints start, start+step, ...).
 */
export function loopCounters(before: Readonly<Record<string, string>>, after: Readonly<Record<string, string>>): Record<string, string> {
  const counters: Record<string, string> = {}
  for (const [name, value] of Object.entries(after)) {
    const old = before[name] ?? ''
    if (/^-?\d+$/.test(value) && /^-?\d+$/.test(old) && value !== old) {
      counters[name] = `{{i:${value}:${Number(value) - Number(old)}}}`
    }
  }
  return counters
}
