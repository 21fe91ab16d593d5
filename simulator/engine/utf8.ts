// UTF-8 sizes and bytes of JavaScript strings without allocating an encoded copy (validation
// measures every name and label of every write). Lone surrogates count as U+FFFD, as
// TextEncoder and Go's conversion of invalid UTF-16 do.

/** Go's len() of the string: its UTF-8 byte length. */
export function utf8Length(text: string): number {
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) n += 1
    else if (c < 0x800) n += 2
    else if (isPair(text, i)) {
      n += 4
      i++
    } else n += 3
  }
  return n
}

/** Calls `visit` with each UTF-8 byte of `text`, in order. */
export function forEachUtf8Byte(text: string, visit: (byte: number) => void): void {
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i)
    if (c < 0x80) {
      visit(c)
      continue
    }
    if (c < 0x800) {
      visit(0xc0 | (c >> 6))
    } else {
      if (isPair(text, i)) {
        c = 0x10000 + ((c - 0xd800) << 10) + (text.charCodeAt(++i) - 0xdc00)
        visit(0xf0 | (c >> 18))
        visit(0x80 | ((c >> 12) & 0x3f))
      } else {
        if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd
        visit(0xe0 | (c >> 12))
      }
      visit(0x80 | ((c >> 6) & 0x3f))
    }
    visit(0x80 | (c & 0x3f))
  }
}

function isPair(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00
}
