// Cases ported verbatim from github.com/liggitt/tabwriter tabwriter_test.go @ 89fcab3 (the Go
// text/tabwriter table plus TestMultiWrite for RememberWidths), minus the Escape and FilterHTML
// cases this port does not implement. Like upstream `check`, every case is also written one
// character at a time and in Fibonacci-sized slices.
import { describe, expect, it } from 'vitest'
import { AlignRight, Debug, DiscardEmptyColumns, newTabWriter, TabWriter } from '@/simulator/kubectl/printers/tabwriter'

type Case = [name: string, minwidth: number, tabwidth: number, padding: number, padchar: string, flags: number, src: string, expected: string]

const cases: Case[] = [
  ['1a', 8, 0, 1, '.', 0, '', ''],
  ['1a debug', 8, 0, 1, '.', Debug, '', ''],
  ['2', 8, 0, 1, '.', 0, '\n\n\n', '\n\n\n'],
  ['3', 8, 0, 1, '.', 0, 'a\nb\nc', 'a\nb\nc'],
  ['4a', 8, 0, 1, '.', 0, '\t', ''],
  ['4b', 8, 0, 1, '.', AlignRight, '\t', ''],
  ['5', 8, 0, 1, '.', 0, '*\t*', '*.......*'],
  ['5b', 8, 0, 1, '.', 0, '*\t*\n', '*.......*\n'],
  ['5c', 8, 0, 1, '.', 0, '*\t*\t', '*.......*'],
  ['5c debug', 8, 0, 1, '.', Debug, '*\t*\t', '*.......|*'],
  ['5d', 8, 0, 1, '.', AlignRight, '*\t*\t', '.......**'],
  ['6', 8, 0, 1, '.', 0, '\t\n', '........\n'],
  ['7a', 8, 0, 1, '.', 0, 'a) foo', 'a) foo'],
  ['7b', 8, 0, 1, ' ', 0, 'b) foo\tbar', 'b) foo  bar'],
  ['7c', 8, 0, 1, '.', 0, 'c) foo\tbar\t', 'c) foo..bar'],
  ['7d', 8, 0, 1, '.', 0, 'd) foo\tbar\n', 'd) foo..bar\n'],
  ['7e', 8, 0, 1, '.', 0, 'e) foo\tbar\t\n', 'e) foo..bar.....\n'],
  ['8', 8, 0, 1, '*', 0, 'Hello, world!\n', 'Hello, world!\n'],
  ['9a', 1, 0, 0, '.', 0, '1\t2\t3\t4\n11\t222\t3333\t44444\n', '1.2..3...4\n11222333344444\n'],
  ['9c', 1, 0, 0, '.', 0, '1\t2\t3\t4\f11\t222\t3333\t44444\n', '1234\n11222333344444\n'],
  ['9c debug', 1, 0, 0, '.', Debug, '1\t2\t3\t4\f11\t222\t3333\t44444\n', '1|2|3|4\n---\n11|222|3333|44444\n'],
  ['10a', 5, 0, 0, '.', 0, '1\t2\t3\t4\n', '1....2....3....4\n'],
  ['10b', 5, 0, 0, '.', 0, '1\t2\t3\t4\t\n', '1....2....3....4....\n'],
  ['11', 8, 0, 1, '.', 0, '本\tb\tc\naa\t本本本\tcccc\tddddd\naaa\tbbbb\n', '本.......b.......c\naa......本本本.....cccc....ddddd\naaa.....bbbb\n'],
  ['12a', 8, 0, 1, ' ', AlignRight, 'a\tè\tc\t\naa\tèèè\tcccc\tddddd\t\naaa\tèèèè\t\n', '       a       è       c\n      aa     èèè    cccc   ddddd\n     aaa    èèèè\n'],
  ['12b', 2, 0, 0, ' ', 0, 'a\tb\tc\naa\tbbb\tcccc\naaa\tbbbb\n', 'a  b  c\naa bbbcccc\naaabbbb\n'],
  ['12c', 8, 0, 1, '_', 0, 'a\tb\tc\naa\tbbb\tcccc\naaa\tbbbb\n', 'a_______b_______c\naa______bbb_____cccc\naaa_____bbbb\n'],
  ['13a', 4, 0, 1, '-', 0,
    '4444\t日本語\t22\t1\t333\n999999999\t22\n7\t22\n\t\t\t88888888\n\n666666\t666666\t666666\t4444\n1\t1\t999999999\t0000000000\n',
    '4444------日本語-22--1---333\n999999999-22\n7---------22\n------------------88888888\n\n666666-666666-666666----4444\n1------1------999999999-0000000000\n'],
  ['13b', 4, 0, 3, '.', 0,
    '4444\t333\t22\t1\t333\n999999999\t22\n7\t22\n\t\t\t88888888\n\n666666\t666666\t666666\t4444\n1\t1\t999999999\t0000000000\n',
    '4444........333...22...1...333\n999999999...22\n7...........22\n....................88888888\n\n666666...666666...666666......4444\n1........1........999999999...0000000000\n'],
  ['14', 1, 0, 2, ' ', AlignRight,
    '.0\t.3\t2.4\t-5.1\t\n23.0\t12345678.9\t2.4\t-989.4\t\n5.1\t12.0\t2.4\t-7.0\t\n.0\t0.0\t332.0\t8908.0\t\n.0\t-.3\t456.4\t22.1\t\n.0\t1.2\t44.4\t-13.3\t\t',
    '    .0          .3    2.4    -5.1\n  23.0  12345678.9    2.4  -989.4\n   5.1        12.0    2.4    -7.0\n    .0         0.0  332.0  8908.0\n    .0         -.3  456.4    22.1\n    .0         1.2   44.4   -13.3'],
  ['15a', 4, 0, 0, '.', 0, 'a\t\tb', 'a.......b'],
  ['15b', 4, 0, 0, '.', DiscardEmptyColumns, 'a\t\tb', 'a.......b'],
  ['15c', 4, 0, 0, '.', DiscardEmptyColumns, 'a\v\vb', 'a...b'],
  ['15d', 4, 0, 0, '.', AlignRight | DiscardEmptyColumns, 'a\v\vb', '...ab'],
  ['16a', 100, 100, 0, '\t', 0, 'a\tb\t\td\na\tb\t\td\te\na\na\tb\tc\td\na\tb\tc\td\te\n', 'a\tb\t\td\na\tb\t\td\te\na\na\tb\tc\td\na\tb\tc\td\te\n'],
  ['16b', 100, 100, 0, '\t', DiscardEmptyColumns, 'a\vb\v\vd\na\vb\v\vd\ve\na\na\vb\vc\vd\na\vb\vc\vd\ve\n', 'a\tb\td\na\tb\td\te\na\na\tb\tc\td\na\tb\tc\td\te\n'],
  ['16b debug', 100, 100, 0, '\t', DiscardEmptyColumns | Debug, 'a\vb\v\vd\na\vb\v\vd\ve\na\na\vb\vc\vd\na\vb\vc\vd\ve\n', 'a\t|b\t||d\na\t|b\t||d\t|e\na\na\t|b\t|c\t|d\na\t|b\t|c\t|d\t|e\n'],
  ['16c', 100, 100, 0, '\t', DiscardEmptyColumns, 'a\tb\t\td\na\tb\t\td\te\na\na\tb\tc\td\na\tb\tc\td\te\n', 'a\tb\t\td\na\tb\t\td\te\na\na\tb\tc\td\na\tb\tc\td\te\n'],
  ['16c debug', 100, 100, 0, '\t', DiscardEmptyColumns | Debug, 'a\tb\t\td\na\tb\t\td\te\na\na\tb\tc\td\na\tb\tc\td\te\n', 'a\t|b\t|\t|d\na\t|b\t|\t|d\t|e\na\na\t|b\t|c\t|d\na\t|b\t|c\t|d\t|e\n'],
]

function run(c: Case, chunks: string[]): string {
  let out = ''
  const w = new TabWriter((t) => (out += t), c[1], c[2], c[3], c[4], c[5])
  for (const chunk of chunks) w.write(chunk)
  w.flush()
  return out
}

function fibonacciSlices(src: string): string[] {
  const parts: string[] = []
  for (let i = 0, d = 0; i < src.length; ) {
    parts.push(src.slice(i, i + d))
    i += d
    d = Math.min(d + 1, src.length - i)
  }
  return parts
}

describe('TabWriter (upstream tabwriter_test.go table)', () => {
  it.each(cases)('%s', (...c) => {
    expect(run(c, [c[6]])).toBe(c[7])
    expect(run(c, Array.from(c[6]))).toBe(c[7])
    expect(run(c, fibonacciSlices(c[6]))).toBe(c[7])
  })
})

describe('TabWriter RememberWidths (upstream TestMultiWrite)', () => {
  it('keeps widths across flushes, only growing them, and can transfer or reset them', () => {
    let out = ''
    let w = newTabWriter((t) => (out += t))
    w.write('First\tMiddle\tLast\n')
    w.write('a\tbb\tccc\n')
    w.write('ddd\teeeeeeeeeeeeee\tf\n')
    w.flush()
    expect(out).toBe('First   Middle           Last\na       bb               ccc\nddd     eeeeeeeeeeeeee   f\n')
    w.write('g\th\ti\n')
    w.flush()
    w.write('j\t\t\n')
    w.flush()
    w.write('\tk\t\n')
    w.flush()
    w.write('\t\tl\n')
    w.flush()
    w.write('mmmmmmmmmmmmmmm\tnnn\tooo\n')
    w.flush()
    expect(out).toBe([
      'First   Middle           Last\n',
      'a       bb               ccc\n',
      'ddd     eeeeeeeeeeeeee   f\n',
      'g       h                i\n',
      'j                        \n',
      '        k                \n',
      '                         l\n',
      'mmmmmmmmmmmmmmm   nnn              ooo\n',
    ].join(''))
    w = newTabWriter((t) => (out += t)).setRememberedWidths(w.rememberedWidths())
    w.write('p\tq\tr\n')
    w.flush()
    expect(out.endsWith('p                 q                r\n')).toBe(true)
    expect(w.rememberedWidths()).toEqual([18, 17])
    w.setRememberedWidths([])
    w.write('sssss\tt\tu\n')
    w.flush()
    expect(out.endsWith('sssss   t     u\n')).toBe(true)
    expect(w.rememberedWidths()).toEqual([8, 6])
    w.setRememberedWidths([10, 5, 5])
    w.write('v\tw\tx\n')
    w.flush()
    expect(out.endsWith('sssss   t     u\nv         w     x\n')).toBe(true)
  })
})
