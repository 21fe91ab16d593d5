// The shell's syntax tree: what `parse` builds from a learner's input and an executor walks.
// Every node carries a `span` into the source given to `parse`, so a transcript can echo a command
// exactly as typed. Nodes are plain, JSON-serialisable objects (no classes, no cycles).

import type { Span, Word, WordPart } from './ast-words'

export type * from './ast-words'

/** `NAME=value` or `NAME+=value` before a command name (or alone). */
export interface Assignment {
  type: 'assignment'
  name: string
  append: boolean
  value: Word
  span: Span
}

export type RedirectOp = '<' | '>' | '>>' | '>|' | '<>' | '<&' | '>&' | '&>' | '&>>' | '<<' | '<<-' | '<<<'

/**
 * A here-document. `body` holds the lines between the operator's line and the delimiter line
 * (leading tabs removed for `<<-`); when the delimiter was quoted it is one quoted text, otherwise it
 * has `$` expansions and command substitutions, expanded as in double quotes but with `"` literal.
 * `terminated` is false when the input ended before the delimiter line (bash warns and uses the rest).
 */
export interface Heredoc {
  delimiter: string
  quoted: boolean
  stripTabs: boolean
  body: WordPart[]
  bodySpan: Span
  terminated: boolean
}

/**
 * A redirection. `fd` is the descriptor it applies to: the explicit number (`2>`), else 0 for the `<`
 * family and 1 for the `>` family; `&>` and `&>>` apply to both 1 and 2. For `>&` and `<&`, a target
 * of digits duplicates that descriptor, `-` closes, and any other word (after `>&`) means `&>`.
 * For `<<` and `<<-`, `target` is the delimiter word and `heredoc` is set; otherwise `heredoc` is null.
 */
export interface Redirect {
  type: 'redirect'
  op: RedirectOp
  fd: number
  target: Word
  heredoc: Heredoc | null
  span: Span
}

/** Words, assignments and redirections; `words` is empty for a bare assignment or redirection. */
export interface SimpleCommand {
  type: 'simple'
  assignments: Assignment[]
  words: Word[]
  redirects: Redirect[]
  span: Span
}

/** `for name [in items]; do body; done`; `items` is null without `in` (iterate over `"$@"`). */
export interface ForLoop {
  type: 'for'
  name: string
  items: Word[] | null
  body: List
  redirects: Redirect[]
  span: Span
}

/** `while condition; do body; done`, or `until` when `until` is true. */
export interface WhileLoop {
  type: 'while'
  until: boolean
  condition: List
  body: List
  redirects: Redirect[]
  span: Span
}

/** `if c1; then b1; elif c2; then b2; else e; fi`: `clauses` in order, `elseBody` null without else. */
export interface IfClause {
  type: 'if'
  clauses: { condition: List; body: List }[]
  elseBody: List | null
  redirects: Redirect[]
  span: Span
}

/** One `pattern | pattern) body ;;` arm of a case; `body` is null for an empty arm. */
export interface CaseItem {
  patterns: Word[]
  body: List | null
  terminator: ';;' | ';&' | ';;&'
  span: Span
}

export interface CaseClause {
  type: 'case'
  subject: Word
  items: CaseItem[]
  redirects: Redirect[]
  span: Span
}

/** `( body )`: runs in a copy of the shell's state. */
export interface Subshell {
  type: 'subshell'
  body: List
  redirects: Redirect[]
  span: Span
}

/** `{ body; }`: runs in the current shell. */
export interface Group {
  type: 'group'
  body: List
  redirects: Redirect[]
  span: Span
}

/** `(( expression ))`: evaluates the expanded expression; status 0 when the value is non-zero. */
export interface ArithmeticCommand {
  type: 'arithmetic-command'
  expression: WordPart[]
  redirects: Redirect[]
  span: Span
}

/**
 * `for (( init; condition; step )); do body; done`: evaluates `init`, then while `condition` is
 * non-zero (an empty condition counts as 1) runs `body` and evaluates `step`.
 */
export interface ArithmeticFor {
  type: 'arithmetic-for'
  init: WordPart[]
  condition: WordPart[]
  step: WordPart[]
  body: List
  redirects: Redirect[]
  span: Span
}

export type CompoundCommand =
  | ForLoop | ArithmeticFor | WhileLoop | IfClause | CaseClause | Subshell | Group | ArithmeticCommand

/** `name() compound-command`. */
export interface FunctionDefinition {
  type: 'function'
  name: string
  body: CompoundCommand
  span: Span
}

export type Command = SimpleCommand | CompoundCommand | FunctionDefinition

/** `[!] c1 | c2 | …`; `|&` is recorded as a `2>&1` redirect appended to the command on its left. */
export interface Pipeline {
  type: 'pipeline'
  negated: boolean
  commands: Command[]
  span: Span
}

/**
 * `p1 && p2 || p3 …`, left-associative: run `first`; then each link runs only if the status so far
 * is zero (`&&`) or non-zero (`||`). `background` is set by a trailing `&`, which applies to the
 * whole and-or list. `span` excludes the `;` or `&` terminator.
 */
export interface AndOr {
  type: 'and-or'
  first: Pipeline
  rest: { op: '&&' | '||'; pipeline: Pipeline }[]
  background: boolean
  span: Span
}

/** And-or lists run one after the other (or started in the background). */
export interface List {
  type: 'list'
  items: AndOr[]
  span: Span
}

/**
 * What bash reads and runs as one unit: the commands up to an unquoted newline (a `for` or `if`
 * spanning lines is one). `span` runs from the first token to the last; `extent` extends it to
 * the end of its last line, through a trailing comment and any here-document bodies (without the
 * final newline), which is what history stores and a transcript echoes.
 */
export interface CompleteCommand {
  type: 'complete-command'
  list: List
  span: Span
  extent: Span
}

/**
 * A problem bash reports while reading input. `message` is bash's text without its prefix (see
 * `formatDiagnostic`); `line` is the line number bash's script form reports; `lineText` is the line
 * bash quotes after "near unexpected token" errors in scripts (null otherwise). `atEof` means the end
 * of input caused it, so an interactive shell would prompt `> ` for more instead. `commandStart`
 * is where the complete command being read began, `resumeAt` where an interactive shell resumes
 * reading after an error (the start of the next line).
 */
export interface Diagnostic {
  severity: 'error' | 'warning'
  message: string
  line: number
  lineText: string | null
  span: Span
  atEof: boolean
  commandStart: number
  resumeAt: number
}

/**
 * Everything read from one source. `commands` are those complete before the first error; bash
 * runs them even though a later line has a syntax error. `error` is that syntax error (a script
 * stops there; an interactive shell prints it and resumes at `error.resumeAt`). `warnings` are
 * here-documents ended by the end of input; their commands are in `commands` and still run.
 */
export interface ParseResult {
  source: string
  commands: CompleteCommand[]
  error: Diagnostic | null
  warnings: Diagnostic[]
}
