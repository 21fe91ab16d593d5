// Brace expansion, the first expansion bash applies to a word: `web-{0,1}`, `{0..2}`, `{a..c}`.
// Only unquoted braces and commas count; quoted text and `$…` expansions pass through untouched.

import type { WordPart } from './ast'

/** One unquoted character, or a part brace expansion does not look into. */
type Item = { char: string } | { part: WordPart }

const MAX_WORDS = 10_000

/**
 * The words `parts` brace-expands to, in bash's order (`a{b,c}{1,2}` → ab1 ab2 ac1 ac2). A word
 * without a valid brace expression comes back as the only element. Sequences take integers (with
 * an optional increment and bash's zero padding) or single letters. Stops growing at 10,000 words.
 */
export function expandBraces(parts: readonly WordPart[]): WordPart[][] {
  const items = parts.flatMap<Item>(part =>
    part.type === 'text' && !part.quoted ? [...part.value].map(char => ({ char })) : [{ part }],
  )
  if (!items.some(item => 'char' in item && item.char === '{')) return [parts.slice()]
  return expand(items).map(toParts)
}

function expand(items: Item[]): Item[][] {
  for (let open = 0; open < items.length; open++) {
    if (charAt(items, open) !== '{') continue
    const found = alternatives(items, open)
    if (!found) continue
    const pre = items.slice(0, open)
    const tails = expand(items.slice(found.close + 1))
    const out: Item[][] = []
    for (const alt of found.alternatives) {
      for (const middle of expand(alt)) {
        for (const tail of tails) {
          if (out.length >= MAX_WORDS) return out
          out.push([...pre, ...middle, ...tail])
        }
      }
    }
    return out
  }
  return [items]
}

function charAt(items: Item[], i: number): string | null {
  const item = items[i]
  return item && 'char' in item ? item.char : null
}

/** The alternatives of the brace expression opening at `open`, or null if it is not one. */
function alternatives(items: Item[], open: number): { alternatives: Item[][]; close: number } | null {
  let depth = 0
  const commas: number[] = []
  for (let i = open + 1; i < items.length; i++) {
    const c = charAt(items, i)
    if (c === '{') depth++
    else if (c === '}' && depth > 0) depth--
    else if (c === ',' && depth === 0) commas.push(i)
    else if (c === '}') {
      if (commas.length > 0) {
        const bounds = [open, ...commas, i]
        return { alternatives: bounds.slice(1).map((end, k) => items.slice(bounds[k] + 1, end)), close: i }
      }
      const sequence = sequenceOf(items.slice(open + 1, i))
      return sequence ? { alternatives: sequence.map(s => [...s].map(char => ({ char }))), close: i } : null
    }
  }
  return null
}

/** `x..y[..step]` over integers or single letters, as bash expands it; null if not a sequence. */
function sequenceOf(items: Item[]): string[] | null {
  if (!items.every(item => 'char' in item)) return null
  const text = items.map(item => (item as { char: string }).char).join('')
  const numeric = /^([-+]?\d+)\.\.([-+]?\d+)(?:\.\.([-+]?\d+))?$/.exec(text)
  if (numeric) return numbers(numeric[1], numeric[2], numeric[3])
  const letters = /^([A-Za-z])\.\.([A-Za-z])(?:\.\.([-+]?\d+))?$/.exec(text)
  if (!letters) return null
  return range(letters[1].charCodeAt(0), letters[2].charCodeAt(0), letters[3]).map(c => String.fromCharCode(c))
}

function numbers(from: string, to: string, step: string | undefined): string[] {
  const width = [from, to].some(s => /^[-+]?0\d/.test(s)) ? Math.max(from.length, to.length) : 0
  return range(Number(from), Number(to), step).map(n => {
    const digits = String(Math.abs(n)).padStart(width - (n < 0 ? 1 : 0), '0')
    return n < 0 ? `-${digits}` : digits
  })
}

function range(from: number, to: number, step: string | undefined): number[] {
  const size = Math.abs(Number(step ?? 1)) || 1
  const out: number[] = []
  const up = from <= to
  for (let n = from; up ? n <= to : n >= to; n += up ? size : -size) {
    if (out.length >= MAX_WORDS) break
    out.push(n)
  }
  return out
}

/** Items back into parts, merging unquoted characters into texts. */
function toParts(items: Item[]): WordPart[] {
  const parts: WordPart[] = []
  for (const item of items) {
    const last = parts[parts.length - 1]
    if (!('char' in item)) parts.push(item.part)
    else if (last?.type === 'text' && !last.quoted) parts[parts.length - 1] = { ...last, value: last.value + item.char }
    else parts.push({ type: 'text', value: item.char, quoted: false, span: { start: 0, end: 0 } })
  }
  return parts
}
