// Word expansion, in bash's order: brace expansion; tilde, parameter, arithmetic and command
// substitution (left to right); field splitting of unquoted expansion results; quote removal.
// There is no pathname expansion: `*`, `?` and `[…]` stay literal, which is what bash prints when
// no file matches (the sandbox has no directory listing for globs to match against).

import type { Assignment, CommandSubstitution, Heredoc, ProcessSubstitution, Word, WordPart } from './ast'
import { evaluateArithmetic, type ArithmeticScope } from './arithmetic'
import { expandBraces } from './brace'
import { expandParam } from './expand-param'
import { compilePattern } from './pattern'
import { DEFAULT_IFS, splitFields, type Piece } from './split-fields'
import { expandTilde } from './tilde'

/** What expansion reads from and does to the shell that runs it. */
export interface ExpansionContext extends ArithmeticScope {
  /** A variable, or one of the special parameters `?`, `$`, `!`, `0`, `-`; undefined when unset. */
  lookup(name: string): string | undefined
  /** `$1`, `$2`, …; `$#`, `$@` and `$*` derive from it. None when omitted. */
  positional?: readonly string[]
  /** Sets a variable (`${x:=v}`, `$((i++))`); when omitted such assignments are dropped. */
  assign?(name: string, value: string): void
  /**
   * Runs a command substitution and returns its standard output. For a backquoted one whose text
   * did not parse, `node.body` is null: print `node.error` (prefixed `bash: `) and return ''.
   */
  substitute(node: CommandSubstitution): string
  /** Starts a process substitution and returns the path naming it; defaults to `/dev/fd/63`. */
  processSubstitution?(node: ProcessSubstitution): string
}

/** A result or bash's error message without the `bash: ` prefix (e.g. `x: parameter not set`). */
export type Expansion<T> = { ok: true; value: T } | { ok: false; error: string }

/**
 * The argv strings `words` expand to. A word may give several fields (`{0..2}`, unquoted `$x`
 * holding blanks, `"$@"`) or none (unquoted `$unset`); `""` gives one empty field. The first
 * error stops expansion: bash then skips the command with status 1.
 */
export function expandWords(words: readonly Word[], ctx: ExpansionContext): Expansion<string[]> {
  const ifs = ctx.lookup('IFS') ?? DEFAULT_IFS
  const fields: string[] = []
  for (const word of words) {
    for (const parts of expandBraces(word.parts)) {
      const pieces = expandParts(expandTilde(parts, ctx, false), ctx, false)
      if (!pieces.ok) return pieces
      fields.push(...splitFields(pieces.value, ifs))
    }
  }
  return { ok: true, value: fields }
}

/** One string, without field splitting or brace expansion (as in `x="$a"`, `case $x`, `[[ ]]`). */
export function expandString(parts: readonly WordPart[], ctx: ExpansionContext): Expansion<string> {
  const pieces = expandParts(parts, ctx, false)
  if (!pieces.ok) return pieces
  return { ok: true, value: pieces.value.map(p => ('boundary' in p ? ' ' : p.text)).join('') }
}

/** The value of `NAME=value`: tilde expanded after `=` and each `:`, then as `expandString`. */
export function expandAssignment(assignment: Assignment, ctx: ExpansionContext): Expansion<string> {
  return expandString(expandTilde(assignment.value.parts, ctx, true), ctx)
}

/** A here-document's text: literal for a quoted delimiter, else with `$…` and `` `…` `` expanded. */
export function expandHeredoc(heredoc: Heredoc, ctx: ExpansionContext): Expansion<string> {
  return expandString(heredoc.body, ctx)
}

/**
 * A `case` pattern as a RegExp matching whole strings: unquoted `*`, `?`, `[…]` (including from
 * unquoted expansions) are wildcards; quoted characters match themselves.
 */
export function expandPattern(word: Word, ctx: ExpansionContext): Expansion<RegExp> {
  const pieces = expandParts(expandTilde(word.parts, ctx, false), ctx, false)
  if (!pieces.ok) return pieces
  const pattern = pieces.value.flatMap(p => ('boundary' in p ? [] : [{ text: p.text, glob: !p.quoted }]))
  return { ok: true, value: compilePattern(pattern) }
}

/** Parts to pieces, left to right; `splitText` marks unquoted literal text for splitting too. */
function expandParts(parts: readonly WordPart[], ctx: ExpansionContext, splitText: boolean): Expansion<Piece[]> {
  const out: Piece[] = []
  for (const part of parts) {
    const pieces = expandPart(part, ctx, splitText)
    if (!pieces.ok) return pieces
    out.push(...pieces.value)
  }
  return { ok: true, value: out }
}

function expandPart(part: WordPart, ctx: ExpansionContext, splitText: boolean): Expansion<Piece[]> {
  const result = (text: string, quoted = part.quoted): Expansion<Piece[]> => ({
    ok: true,
    value: [{ text, quoted, split: !quoted }],
  })
  switch (part.type) {
    case 'text':
      return { ok: true, value: [{ text: part.value, quoted: part.quoted, split: splitText && !part.quoted }] }
    case 'param':
      return expandParam(part, ctx, (inner, split) => expandParts(inner, ctx, split))
    case 'bad-substitution':
      return { ok: false, error: `${part.text}: bad substitution` }
    case 'command-substitution':
      return result(ctx.substitute(part).replace(/\n+$/, ''))
    case 'process-substitution':
      return { ok: true, value: [{ text: ctx.processSubstitution?.(part) ?? '/dev/fd/63', quoted: false, split: false }] }
    case 'arithmetic': {
      const expression = expandString(part.expression, ctx)
      if (!expression.ok) return expression
      const value = evaluateArithmetic(expression.value, ctx)
      return value.ok ? result(String(value.value)) : value
    }
  }
}
