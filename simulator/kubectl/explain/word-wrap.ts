// The word wrapping kubectl explain applies to descriptions (the template's `wrap` function).
// mirrors mitchellh/go-wordwrap v1.0.1 WrapString, which kubectl's term.NewWordWrapWriter calls.

/**
 * Wraps `text` at white space so that lines stay within `limit` characters where a word allows;
 * a word longer than the limit stays whole. Newlines in `text` are kept.
 */
export function wrapString(text: string, limit: number): string {
  let out = ''
  let current = 0
  let word = ''
  let wordLen = 0
  let space = ''
  let spaceLen = 0
  const flush = () => {
    current += spaceLen + wordLen
    out += space + word
    space = word = ''
    spaceLen = wordLen = 0
  }
  for (const ch of text) {
    if (ch === '\n') {
      if (wordLen === 0) {
        if (current + spaceLen <= limit) out += space
        space = ''
        spaceLen = 0
      } else flush()
      out += ch
      current = 0
    } else if (isSpace(ch)) {
      if (spaceLen === 0 || wordLen > 0) flush()
      space += ch
      spaceLen++
    } else {
      word += ch
      wordLen++
      if (current + wordLen + spaceLen > limit && wordLen < limit) {
        out += '\n'
        current = 0
        space = ''
        spaceLen = 0
      }
    }
  }
  if (wordLen > 0) return out + space + word
  return current + spaceLen <= limit ? out + space : out
}

/** unicode.IsSpace, except the no-break space (go-wordwrap keeps words joined by it). */
function isSpace(ch: string): boolean {
  return ch !== '\u00a0' && (ch === '\u0085' || /\s/.test(ch))
}
