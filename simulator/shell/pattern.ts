// Shell patterns (`*`, `?`, `[…]`) as used by `case` and `${name#pattern}`: compiled to RegExp.

/** Pattern text: `glob` pieces are unquoted (their `*`, `?`, `[` are special), others literal. */
export interface PatternPiece {
  text: string
  glob: boolean
}

const CLASSES: Record<string, string> = {
  alpha: 'A-Za-z', digit: '0-9', alnum: 'A-Za-z0-9', upper: 'A-Z', lower: 'a-z', space: ' \\t\\n\\r\\f\\v',
  blank: ' \\t', punct: '!-\\/:-@\\[-`{-~', xdigit: '0-9A-Fa-f', word: 'A-Za-z0-9_',
}

/** A RegExp matching a whole string against the pattern (bash's `case` and `[[ == ]]` semantics). */
export function compilePattern(pieces: readonly PatternPiece[]): RegExp {
  return new RegExp(`^(?:${patternSource(pieces)})$`)
}

/** The RegExp source (unanchored) of the pattern. */
export function patternSource(pieces: readonly PatternPiece[]): string {
  let out = ''
  for (const piece of pieces) {
    if (!piece.glob) {
      out += escapeRegExp(piece.text)
      continue
    }
    const text = piece.text
    for (let i = 0; i < text.length; i++) {
      const c = text[i]
      if (c === '*') out += '[^]*'
      else if (c === '?') out += '[^]'
      else if (c === '[') {
        const bracket = bracketExpression(text, i)
        out += bracket ? bracket.source : '\\['
        i = bracket ? bracket.end - 1 : i
      } else out += escapeRegExp(c)
    }
  }
  return out
}

/**
 * `[…]` starting at `i`: `!` or `^` negates, `]` first is literal, `[:class:]` names a class, and a
 * reversed range (`[z-a]`) matches nothing. Null when the bracket never closes (then `[` is literal).
 */
function bracketExpression(text: string, i: number): { source: string; end: number } | null {
  let j = i + 1
  const negate = text[j] === '!' || text[j] === '^'
  if (negate) j++
  let body = ''
  for (let first = true; j < text.length; first = false) {
    const c = text[j]
    if (c === ']' && !first) return { source: `[${negate ? '^' : ''}${body}]`, end: j + 1 }
    const named = c === '[' && text[j + 1] === ':' ? /^\[:([a-z]+):\]/.exec(text.slice(j)) : null
    if (named && CLASSES[named[1]]) {
      body += CLASSES[named[1]]
      j += named[0].length
    } else if (text[j + 1] === '-' && j + 2 < text.length && text[j + 2] !== ']') {
      const high = text[j + 2]
      if (c <= high) body += `${escapeClassChar(c)}-${escapeClassChar(high)}`
      j += 3
    } else {
      body += escapeClassChar(c)
      j++
    }
  }
  return null
}

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')
}

function escapeClassChar(c: string): string {
  return /[\\\]^[-]/.test(c) ? `\\${c}` : c
}
