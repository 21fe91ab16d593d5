// Here-documents: the delimiter word after `<<` and the body lines read after the next newline.

import type { Heredoc, Word, WordPart } from './ast'
import { heredocAtEof } from './diagnostics'
import { scanParts, type ScanContext } from './scan-word'

/** A here-document whose body has not been read yet, created when its delimiter word is read. */
export interface PendingHeredoc {
  heredoc: Heredoc
  operatorStart: number
}

/**
 * The here-document announced by `<<` or `<<-` at `operatorStart` with delimiter `word`. The
 * delimiter is the word after quote removal, with `$…` kept as written; any quoting in it makes
 * the body literal (`<<'EOF'`, `<<"EOF"`, `<<\EOF`, `<<E"O"F`).
 */
export function startHeredoc(ctx: ScanContext, word: Word, stripTabs: boolean, operatorStart: number): PendingHeredoc {
  const delimiter = word.parts.map(part => (part.type === 'text' ? part.value : rawText(ctx, part))).join('')
  const quoted = word.parts.some(part => part.quoted)
  const heredoc: Heredoc = {
    delimiter,
    quoted,
    stripTabs,
    body: [],
    bodySpan: { start: word.span.end, end: word.span.end },
    terminated: false,
  }
  return { heredoc, operatorStart }
}

function rawText(ctx: ScanContext, part: WordPart): string {
  return ctx.source.text.slice(part.span.start, part.span.end)
}

/**
 * Reads the body of `pending` from `pos` (the start of the line after its operator's line) up to
 * the delimiter line, fills in the here-document, and returns the offset after the delimiter line.
 * At the end of input the body is the rest and a warning is recorded, as bash does. Returns null
 * when an expansion in an unquoted body does not parse (`ctx.error` is set).
 */
export function readHeredoc(ctx: ScanContext, pending: PendingHeredoc, pos: number, limit: number): number | null {
  const { heredoc } = pending
  const text = ctx.source.text
  const start = pos
  let bodyEnd = limit
  while (pos < limit) {
    const lineEnd = logicalLineEnd(text, pos, limit, !heredoc.quoted)
    let line = text.slice(pos, lineEnd)
    if (!heredoc.quoted) line = line.replace(/\\\n/g, '')
    if (heredoc.stripTabs) line = line.replace(/^\t+/, '')
    if (line === heredoc.delimiter) {
      bodyEnd = pos
      heredoc.terminated = true
      pos = Math.min(lineEnd + 1, limit)
      break
    }
    pos = Math.min(lineEnd + 1, limit)
  }
  if (!heredoc.terminated) ctx.warnings.push(heredocAtEof(ctx.source, pending.operatorStart, heredoc.delimiter, ctx.commandStart))
  heredoc.bodySpan = { start, end: bodyEnd }
  const body = bodyParts(ctx, heredoc, start, bodyEnd)
  if (!body) return null
  heredoc.body = body
  return pos
}

/** The end of the line at `pos`; with `continued`, a line ending in an odd run of `\` goes on. */
function logicalLineEnd(text: string, pos: number, limit: number, continued: boolean): number {
  for (;;) {
    const newline = text.indexOf('\n', pos)
    const end = newline < 0 || newline >= limit ? limit : newline
    if (!continued || end >= limit || !endsWithEscape(text, pos, end)) return end
    pos = end + 1
  }
}

function endsWithEscape(text: string, start: number, end: number): boolean {
  let backslashes = 0
  while (end - 1 - backslashes >= start && text[end - 1 - backslashes] === '\\') backslashes++
  return backslashes % 2 === 1
}

function bodyParts(ctx: ScanContext, heredoc: Heredoc, start: number, end: number): WordPart[] | null {
  const text = ctx.source.text
  let parts: WordPart[]
  if (heredoc.quoted) {
    const raw = text.slice(start, end)
    const value = heredoc.stripTabs ? raw.replace(/^\t+/gm, '') : raw
    parts = value ? [{ type: 'text', value, quoted: true, span: { start, end } }] : []
  } else {
    const scanned = scanParts(ctx, start, { mode: 'heredoc', limit: end, stripTabs: heredoc.stripTabs })
    if (!scanned) return null
    parts = scanned.parts
  }
  const last = parts[parts.length - 1]
  if (heredoc.terminated || !last || (last.type === 'text' && last.value.endsWith('\n'))) return parts
  if (last.type === 'text') last.value += '\n'
  else parts.push({ type: 'text', value: '\n', quoted: true, span: { start: end, end } })
  return parts
}
