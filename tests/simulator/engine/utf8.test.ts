import { describe, expect, it } from 'vitest'
import { createRandom } from '@/simulator/engine/random'
import { forEachUtf8Byte, utf8Length } from '@/simulator/engine/utf8'

const bytesOf = (text: string) => {
  const out: number[] = []
  forEachUtf8Byte(text, (b) => out.push(b))
  return out
}

describe('UTF-8 without encoding a copy', () => {
  const random = createRandom(7)
  const samples = ['', 'web-0', 'é', '日本語', '😀x', '\ud800', 'a\udc00b', '\ud83d', String.fromCharCode(0x7f, 0x80, 0x7ff, 0x800, 0xffff)]
  for (let i = 0; i < 500; i++) samples.push(Array.from({ length: 6 }, () => String.fromCharCode(random.int(0, 0xffff))).join(''))

  it('gives the bytes and length TextEncoder gives, lone surrogates as U+FFFD', () => {
    for (const text of samples) {
      const want = Array.from(new TextEncoder().encode(text))
      expect(bytesOf(text)).toEqual(want)
      expect(utf8Length(text)).toBe(want.length)
    }
  })
})
