// The word-level nodes of the shell's syntax tree (see ast.ts, which re-exports them).

import type { List } from './ast'

/** Half-open range [start, end) of UTF-16 offsets into the source passed to `parse`. */
export interface Span {
  start: number
  end: number
}

/**
 * Literal characters of a word. `quoted` is true when they came from quotes, a backslash escape, a
 * here-document body or an arithmetic expression: such text is never field-split, and `~` in it is
 * not a tilde. A quoted empty text (`""`, `''`) keeps an otherwise empty word as one empty field.
 */
export interface Text {
  type: 'text'
  value: string
  quoted: boolean
  span: Span
}

/** Operators of `${name<op>arg}`; `length` is `${#name}`. */
export type ParamOp =
  | ':-' | '-' | ':=' | '=' | ':+' | '+' | ':?' | '?'
  | '#' | '##' | '%' | '%%'
  | '/' | '//' | '/#' | '/%'
  | 'length'

/**
 * A parameter expansion: `$name`, `${name}`, `$?`, `$1`, `$@`, or `${name<op>arg}`. For the
 * replacement operators (`/`, `//`, `/#`, `/%`), `arg` is the pattern and `replacement` the string
 * (null when there was no second `/`). `quoted` says the expansion was inside double quotes.
 */
export interface Param {
  type: 'param'
  name: string
  op: ParamOp | null
  arg: WordPart[] | null
  replacement: WordPart[] | null
  quoted: boolean
  span: Span
}

/**
 * `${…}` that bash parses but rejects when it expands it (`${}`, `${a b}`, `${x:1:2}` here).
 * An executor reports `<text>: bad substitution` and fails the command with status 1.
 */
export interface BadSubstitution {
  type: 'bad-substitution'
  text: string
  quoted: boolean
  span: Span
}

/**
 * `$(…)` or `` `…` ``: the executor runs `body` and substitutes its output minus trailing newlines.
 * For backquotes whose contents do not parse, `body` is null and `error` holds the message bash
 * prints when it reaches the substitution at run time (bash parses backquotes only then).
 */
export interface CommandSubstitution {
  type: 'command-substitution'
  body: List | null
  error: string | null
  backquoted: boolean
  quoted: boolean
  span: Span
}

/** `$((…))`: `expression` is expanded as in double quotes, then evaluated as arithmetic. */
export interface Arithmetic {
  type: 'arithmetic'
  expression: WordPart[]
  quoted: boolean
  span: Span
}

/**
 * `<(…)` or `>(…)` in a word: the executor runs `body` with its output (`<`) or input (`>`) on a
 * pipe and substitutes a path naming the other end (bash: `/dev/fd/63`).
 */
export interface ProcessSubstitution {
  type: 'process-substitution'
  direction: '<' | '>'
  body: List
  quoted: false
  span: Span
}

export type WordPart = Text | Param | BadSubstitution | CommandSubstitution | Arithmetic | ProcessSubstitution

/** One shell word: adjacent parts with no unquoted blank between them (`web-"$i"`). */
export interface Word {
  type: 'word'
  parts: WordPart[]
  span: Span
}
