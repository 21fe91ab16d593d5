// Field splitting: turning the expanded pieces of one word into argv strings with bash's IFS rules.

/**
 * A run of expanded text. `split` marks the results of unquoted expansions, the only text IFS
 * splits; `quoted` text keeps a field alive even when empty (`""`, `"$unset"`). A `boundary` ends
 * a field without any text: it separates the parameters of `"$@"`.
 */
export type Piece = { text: string; quoted: boolean; split: boolean } | { boundary: true }

/** bash's default IFS (used when IFS is unset): space, tab, newline. */
export const DEFAULT_IFS = ' \t\n'

/**
 * The fields of one word, per POSIX 2.6.5 as bash implements it: IFS whitespace around a field is
 * dropped and runs of it separate once; each other IFS character ends a field, so `a,,b` with
 * IFS=`,` gives `a`, ``, `b`. An empty IFS splits nothing. A word with no text and nothing quoted
 * gives no field at all (an unquoted expansion of an empty or unset variable vanishes).
 */
export function splitFields(pieces: readonly Piece[], ifs: string = DEFAULT_IFS): string[] {
  const fields: string[] = []
  let current = ''
  let started = false
  let afterWhitespace = false
  const endField = () => {
    fields.push(current)
    current = ''
    started = false
  }
  for (const piece of pieces) {
    if ('boundary' in piece) {
      if (started) endField()
      afterWhitespace = false
      continue
    }
    if (!piece.split) {
      current += piece.text
      started ||= piece.quoted || piece.text !== ''
      afterWhitespace = false
      continue
    }
    for (const c of piece.text) {
      if (!ifs.includes(c)) {
        current += c
        started = true
        afterWhitespace = false
      } else if (DEFAULT_IFS.includes(c)) {
        if (started) {
          endField()
          afterWhitespace = true
        }
      } else {
        if (started || !afterWhitespace) endField()
        afterWhitespace = false
      }
    }
  }
  if (started) fields.push(current)
  return fields
}
