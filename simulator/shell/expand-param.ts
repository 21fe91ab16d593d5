// Parameter expansion: `$name`, the special parameters, and the `${name<op>word}` operators.

import type { Param, WordPart } from './ast'
import type { ExpansionContext, Expansion } from './expand'
import { patternSource, type PatternPiece } from './pattern'
import { DEFAULT_IFS, type Piece } from './split-fields'

/** Expands parts to pieces; `splitText` also splits unquoted literal text (inside `${x:-a b}`). */
export type ExpandParts = (parts: readonly WordPart[], splitText: boolean) => Expansion<Piece[]>

/** The pieces `part` expands to; errors are bash's messages without the `bash: ` prefix. */
export function expandParam(part: Param, ctx: ExpansionContext, expandParts: ExpandParts): Expansion<Piece[]> {
  const value = paramValue(part.name, ctx)
  const unset = value === undefined
  const nullish = unset || value === ''
  switch (part.op) {
    case null:
      return ok(plainPieces(part, value ?? '', ctx))
    case 'length':
      return ok([piece(String(isList(part.name) ? positional(ctx).length : [...(value ?? '')].length), part)])
    case ':-':
    case '-':
      return (part.op === ':-' ? nullish : unset) ? expandParts(part.arg ?? [], !part.quoted) : ok(plainPieces(part, value ?? '', ctx))
    case ':=':
    case '=':
      return (part.op === ':=' ? nullish : unset) ? assignDefault(part, ctx, expandParts) : ok(plainPieces(part, value ?? '', ctx))
    case ':+':
    case '+':
      if (part.op === ':+' ? nullish : unset) return ok(part.quoted ? [{ text: '', quoted: true, split: false }] : [])
      return expandParts(part.arg ?? [], !part.quoted)
    case ':?':
    case '?':
      return (part.op === ':?' ? nullish : unset) ? notSet(part, expandParts) : ok(plainPieces(part, value ?? '', ctx))
    default:
      return patternOperator(part, value ?? '', expandParts)
  }
}

/** A parameter's value: variables and `?`, `$`, `!`, `0`, `-` come from the context; unset is undefined. */
function paramValue(name: string, ctx: ExpansionContext): string | undefined {
  const params = positional(ctx)
  if (name === '#') return String(params.length)
  if (isList(name)) return params.length ? params.join(' ') : undefined
  if (/^[1-9][0-9]*$/.test(name)) return params[Number(name) - 1]
  return ctx.lookup(name)
}

function positional(ctx: ExpansionContext): readonly string[] {
  return ctx.positional ?? []
}

function isList(name: string): boolean {
  return name === '@' || name === '*'
}

/** `$x`, `"$x"`, and the field-per-parameter expansions of `$@`, `"$@"`, `$*` (`"$*"` is one field). */
function plainPieces(part: Param, value: string, ctx: ExpansionContext): Piece[] {
  if (!isList(part.name)) return [piece(value, part)]
  const params = positional(ctx)
  if (part.quoted && part.name === '*') {
    const ifs = ctx.lookup('IFS') ?? DEFAULT_IFS
    return [piece(params.join(ifs.slice(0, 1)), part)]
  }
  return params.flatMap((param, i): Piece[] => (i === 0 ? [piece(param, part)] : [{ boundary: true }, piece(param, part)]))
}

function piece(text: string, part: Param): Piece {
  return { text, quoted: part.quoted, split: !part.quoted }
}

function ok(value: Piece[]): Expansion<Piece[]> {
  return { ok: true, value }
}

function joined(pieces: readonly Piece[]): string {
  return pieces.map(p => ('boundary' in p ? ' ' : p.text)).join('')
}

/** `${name:=word}`: assigns the expanded word, then expands to it. */
function assignDefault(part: Param, ctx: ExpansionContext, expandParts: ExpandParts): Expansion<Piece[]> {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(part.name)) return { ok: false, error: `$${part.name}: cannot assign in this way` }
  const arg = expandParts(part.arg ?? [], false)
  if (!arg.ok) return arg
  const value = joined(arg.value)
  ctx.assign?.(part.name, value)
  return ok([piece(value, part)])
}

/** `${name:?message}`: the error bash prints, then fails the command. */
function notSet(part: Param, expandParts: ExpandParts): Expansion<Piece[]> {
  const arg = expandParts(part.arg ?? [], false)
  if (!arg.ok) return arg
  const fallback = part.op === ':?' ? 'parameter null or not set' : 'parameter not set'
  return { ok: false, error: `${part.name}: ${joined(arg.value) || fallback}` }
}

/** `#`, `##`, `%`, `%%` (remove a prefix or suffix) and `/`, `//`, `/#`, `/%` (replace). */
function patternOperator(part: Param, value: string, expandParts: ExpandParts): Expansion<Piece[]> {
  const pattern = expandParts(part.arg ?? [], false)
  if (!pattern.ok) return pattern
  const pieces = pattern.value.flatMap((p): PatternPiece[] => ('boundary' in p ? [] : [{ text: p.text, glob: !p.quoted }]))
  const source = patternSource(pieces)
  const matches = (text: string) => new RegExp(`^(?:${source})$`).test(text)
  let replacement = ''
  if (part.replacement) {
    const rep = expandParts(part.replacement, false)
    if (!rep.ok) return rep
    replacement = joined(rep.value)
  }
  const empty = pieces.every(p => p.text === '')
  return ok([piece(applyPattern(part.op ?? '#', value, matches, replacement, empty), part)])
}

function applyPattern(op: string, value: string, matches: (s: string) => boolean, rep: string, empty: boolean): string {
  const n = value.length
  const first = (from: number, to: number, test: (i: number) => boolean) => {
    for (let i = from; from <= to ? i <= to : i >= to; i += from <= to ? 1 : -1) if (test(i)) return i
    return -1
  }
  switch (op) {
    case '#':
    case '##': {
      const i = op === '#' ? first(0, n, i => matches(value.slice(0, i))) : first(n, 0, i => matches(value.slice(0, i)))
      return i < 0 ? value : value.slice(i)
    }
    case '%':
    case '%%': {
      const i = op === '%' ? first(n, 0, i => matches(value.slice(i))) : first(0, n, i => matches(value.slice(i)))
      return i < 0 ? value : value.slice(0, i)
    }
    case '/#': {
      const end = first(n, 0, i => matches(value.slice(0, i)))
      return end < 0 ? value : rep + value.slice(end)
    }
    case '/%': {
      const start = first(0, n, i => matches(value.slice(i)))
      return start < 0 ? value : value.slice(0, start) + rep
    }
    default:
      return empty ? value : replaceMatches(value, matches, rep, op === '//')
  }
}

/** `${v/p/r}` and `${v//p/r}`: the longest non-empty match at the leftmost position, once or throughout. */
function replaceMatches(value: string, matches: (s: string) => boolean, rep: string, all: boolean): string {
  let out = ''
  let i = 0
  while (i < value.length) {
    let end = -1
    for (let j = value.length; j > i; j--) {
      if (matches(value.slice(i, j))) {
        end = j
        break
      }
    }
    if (end < 0) {
      out += value[i++]
      continue
    }
    out += rep
    i = end
    if (!all) return out + value.slice(i)
  }
  return out
}
