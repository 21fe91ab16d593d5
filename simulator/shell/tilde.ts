// Tilde expansion: `~` → $HOME, `~+` → $PWD, `~-` → $OLDPWD (checked with bash 5.2:
// `HOME=/h bash -c 'echo ~ ~/a ~:x x=a:~/b ~"/q"'` prints `/h /h/a /h:x x=a:/h/b ~/q`).

import type { Text, WordPart } from './ast'
import type { ExpansionContext } from './expand'

const ASSIGNMENT_PREFIX = /^[A-Za-z_][A-Za-z0-9_]*\+?=/

/**
 * `parts` with tilde prefixes replaced by quoted text. A prefix is an unquoted `~` at the start
 * of the word, running to the next `/` or `:`; in assignments (`assignment`, or a word that looks
 * like one, as bash does for `echo x=~/a`) also right after `=` and after each unquoted `:`.
 * `~user` other than `~+`/`~-`, a prefix continued by quoted text (`~"/q"`), and a prefix naming an
 * unset variable are left as they are.
 */
export function expandTilde(parts: readonly WordPart[], ctx: ExpansionContext, assignment: boolean): WordPart[] {
  const first = parts[0]
  if (first?.type !== 'text' || first.quoted) return parts.slice()
  const assignmentLike = assignment || ASSIGNMENT_PREFIX.test(first.value)
  const out: WordPart[] = []
  parts.forEach((part, index) => {
    if (part.type !== 'text' || part.quoted) out.push(part)
    else if (index === 0) out.push(...expandText(part, ctx, startsOf(part.value, assignment, assignmentLike), index < parts.length - 1))
    else if (assignmentLike) out.push(...expandText(part, ctx, colonStarts(part.value, 0), index < parts.length - 1))
    else out.push(part)
  })
  return out
}

/** Where prefixes may start in the first text: 0, after the `=` of an assignment-like word, after `:`. */
function startsOf(value: string, assignment: boolean, assignmentLike: boolean): number[] {
  if (!assignmentLike) return [0]
  const afterEquals = assignment ? 0 : (ASSIGNMENT_PREFIX.exec(value)?.[0].length ?? 0)
  return [...new Set([0, afterEquals, ...colonStarts(value, afterEquals)])]
}

function colonStarts(value: string, from: number): number[] {
  const starts: number[] = []
  for (let i = value.indexOf(':', from); i >= 0; i = value.indexOf(':', i + 1)) starts.push(i + 1)
  return starts
}

/** Splits `part` around the tilde prefixes starting at `starts`; `continued`: more parts follow. */
function expandText(part: Text, ctx: ExpansionContext, starts: number[], continued: boolean): WordPart[] {
  const out: WordPart[] = []
  const value = part.value
  let done = 0
  for (const start of starts) {
    if (start < done || value[start] !== '~') continue
    const stop = /[/:]/.exec(value.slice(start + 1))
    const end = stop ? start + 1 + stop.index : value.length
    if (!stop && continued) continue
    const home = homeFor(value.slice(start + 1, end), ctx)
    if (home === undefined) continue
    if (start > done) out.push({ ...part, value: value.slice(done, start) })
    out.push({ ...part, value: home, quoted: true })
    done = end
  }
  if (done < value.length || out.length === 0) out.push({ ...part, value: value.slice(done) })
  return out
}

function homeFor(name: string, ctx: ExpansionContext): string | undefined {
  if (name === '') return ctx.lookup('HOME')
  if (name === '+') return ctx.lookup('PWD')
  if (name === '-') return ctx.lookup('OLDPWD')
  return undefined
}
