// Positions in the text being parsed: line numbers as bash reports them, the physical line around
// an offset, and backslash-newline line continuations, which bash removes before tokenizing.

/** The text being parsed plus where its first line sits in the session (for line numbers). */
export interface Source {
  readonly text: string
  readonly firstLine: number
  /** Offsets where each physical line starts; `lineStarts[0]` is 0. */
  readonly lineStarts: readonly number[]
}

/** Indexes `text`; `firstLine` is the line number of its first line (bash counts from 1). */
export function createSource(text: string, firstLine = 1): Source {
  const lineStarts = [0]
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1)
  return { text, firstLine, lineStarts }
}

/** The line number of the physical line holding `offset` (offsets past the end count as the last line). */
export function lineOf(source: Source, offset: number): number {
  let lo = 0
  let hi = source.lineStarts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (source.lineStarts[mid] <= offset) lo = mid
    else hi = mid - 1
  }
  return source.firstLine + lo
}

/** The physical line holding `offset`, without its newline. */
export function lineTextAt(source: Source, offset: number): string {
  const start = source.text.lastIndexOf('\n', offset - 1) + 1
  const end = source.text.indexOf('\n', offset)
  return source.text.slice(start, end < 0 ? source.text.length : end)
}

/** The offset just past the newline that ends the line holding `offset` (or the end of text). */
export function nextLineStart(source: Source, offset: number): number {
  const end = source.text.indexOf('\n', offset)
  return end < 0 ? source.text.length : end + 1
}

/**
 * The line number bash gives "syntax error: unexpected end of file": one past the last line, where
 * a final line without a newline still counts as a line (checked: `printf 'echo |' > f; bash f`
 * says line 2, as does `printf 'echo |\n'`).
 */
export function endOfFileLine(source: Source): number {
  return source.firstLine + lineCount(source.text)
}

/**
 * The line number bash gives its "here-document … delimited by end-of-file" warning: the last line
 * (`printf 'cat <<EOF\nhi'` and `printf 'cat <<EOF\nhi\n'` both report line 2).
 */
export function lastLine(source: Source): number {
  return source.firstLine + Math.max(0, lineCount(source.text) - 1)
}

function lineCount(text: string): number {
  let newlines = 0
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') newlines++
  return text.length > 0 && !text.endsWith('\n') ? newlines + 1 : newlines
}

/** Skips any backslash-newline pairs at `i`; returns the offset of the next real character. */
export function skipContinuations(text: string, i: number, limit = text.length): number {
  while (i + 1 < limit && text[i] === '\\' && text[i + 1] === '\n') i += 2
  return i
}
