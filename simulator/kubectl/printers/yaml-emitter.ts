// The libyaml emitter as go-yaml v2 drives it for block-style output: indentation, scalar style
// selection and the plain / single-quoted / double-quoted / literal scalar writers, including
// folding of long scalars at column 80.
// mirrors sigs.k8s.io/yaml@v1.4.0 goyaml.v2/emitterc.go (yaml_emitter_analyze_scalar,
// yaml_emitter_select_scalar_style, yaml_emitter_write_*) and goyaml.v2/yamlprivateh.go.

export type ScalarStyle = 'plain' | 'single' | 'double' | 'literal'

/** What yaml_emitter_analyze_scalar learns about a scalar. */
export interface ScalarAnalysis {
  multiline: boolean
  flowPlainAllowed: boolean
  blockPlainAllowed: boolean
  singleQuotedAllowed: boolean
  blockAllowed: boolean
}

/** The node context yaml_emitter_emit_node records (root is only used for `...` markers). */
export interface NodeContext {
  sequence: boolean
  mapping: boolean
  simpleKey: boolean
}

const BEST_INDENT = 2
const BEST_WIDTH = 80

/** is_printable over code points: LF, 0x20-0x7E, 0xA0-0xD7FF, 0xE000-0xFFFD except the BOM. */
export function isPrintable(cp: number): boolean {
  return cp === 0x0a || (cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd && cp !== 0xfeff)
}

function isBreak(ch: string | undefined): boolean {
  return ch === '\r' || ch === '\n' || ch === '\u0085' || ch === '\u2028' || ch === '\u2029'
}

function isBlank(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t'
}

function isBlankz(ch: string): boolean {
  return isBlank(ch) || isBreak(ch) || ch === '\0'
}

/** Indicator characters that bar plain style in flow and/or block context. */
function indicators(chars: string[]): { flow: boolean; block: boolean } {
  const head = chars.slice(0, 3).join('')
  let flow = head === '---' || head === '...'
  let block = flow
  let precededByWhitespace = true
  chars.forEach((ch, i) => {
    const followedByWhitespace = i + 1 >= chars.length || isBlank(chars[i + 1])
    if (i === 0) {
      if ('#,[]{}&*!|>\'"%@`'.includes(ch)) flow = block = true
      else if (ch === '?' || ch === ':') {
        flow = true
        if (followedByWhitespace) block = true
      } else if (ch === '-' && followedByWhitespace) flow = block = true
    } else if (',?[]{}'.includes(ch)) flow = true
    else if (ch === ':') {
      flow = true
      if (followedByWhitespace) block = true
    } else if (ch === '#' && precededByWhitespace) flow = block = true
    precededByWhitespace = isBlankz(ch)
  })
  return { flow, block }
}

/** yaml_emitter_analyze_scalar. */
export function analyzeScalar(value: string): ScalarAnalysis {
  const chars = Array.from(value)
  if (chars.length === 0) {
    return { multiline: false, flowPlainAllowed: false, blockPlainAllowed: true, singleQuotedAllowed: true, blockAllowed: false }
  }
  const ind = indicators(chars)
  let special = false, lineBreaks = false, leadingSpace = false, leadingBreak = false
  let trailingSpace = false, trailingBreak = false, breakSpace = false, spaceBreak = false
  let previousSpace = false, previousBreak = false
  const last = chars.length - 1
  chars.forEach((ch, i) => {
    if (!isPrintable(ch.codePointAt(0) as number)) special = true
    if (ch === ' ') {
      if (i === 0) leadingSpace = true
      if (i === last) trailingSpace = true
      if (previousBreak) breakSpace = true
      previousSpace = true
      previousBreak = false
    } else if (isBreak(ch)) {
      lineBreaks = true
      if (i === 0) leadingBreak = true
      if (i === last) trailingBreak = true
      if (previousSpace) spaceBreak = true
      previousSpace = false
      previousBreak = true
    } else previousSpace = previousBreak = false
  })
  const edges = leadingSpace || leadingBreak || trailingSpace || trailingBreak
  const noPlain = edges || breakSpace || spaceBreak || special || lineBreaks
  return {
    multiline: lineBreaks,
    flowPlainAllowed: !noPlain && !ind.flow,
    blockPlainAllowed: !noPlain && !ind.block,
    singleQuotedAllowed: !(breakSpace || spaceBreak || special),
    blockAllowed: !(trailingSpace || spaceBreak || special),
  }
}

/** yaml_emitter_select_scalar_style for an implicit (untagged) scalar. */
export function selectScalarStyle(
  requested: ScalarStyle, a: ScalarAnalysis, value: string, ctx: NodeContext, flowLevel: number,
): ScalarStyle {
  let style = requested
  if (ctx.simpleKey && a.multiline) style = 'double'
  if (style === 'plain') {
    if ((flowLevel > 0 && !a.flowPlainAllowed) || (flowLevel === 0 && !a.blockPlainAllowed)) style = 'single'
    if (value.length === 0 && (flowLevel > 0 || ctx.simpleKey)) style = 'single'
  }
  if (style === 'single' && !a.singleQuotedAllowed) style = 'double'
  if (style === 'literal' && (!a.blockAllowed || flowLevel > 0 || ctx.simpleKey)) style = 'double'
  return style
}

const doubleEscapes: Record<number, string> = {
  0x00: '0', 0x07: 'a', 0x08: 'b', 0x09: 't', 0x0a: 'n', 0x0b: 'v', 0x0c: 'f', 0x0d: 'r',
  0x1b: 'e', 0x22: '"', 0x5c: '\\', 0x85: 'N', 0xa0: '_', 0x2028: 'L', 0x2029: 'P',
}

function escapeDouble(cp: number): string {
  if (doubleEscapes[cp] !== undefined) return '\\' + doubleEscapes[cp]
  const hex = cp.toString(16).toUpperCase()
  if (cp <= 0xff) return '\\x' + hex.padStart(2, '0')
  if (cp <= 0xffff) return '\\u' + hex.padStart(4, '0')
  return '\\U' + hex.padStart(8, '0')
}

/** Output state of one emitter: column, indentation stack and the whitespace/indention flags. */
export class YAMLEmitter {
  out = ''
  column = 0
  whitespace = true
  indention = true
  indent = -1
  flowLevel = 0
  private indents: number[] = []

  put(text: string): void {
    this.out += text
    this.column += Array.from(text).length
  }

  putBreak(): void {
    this.out += '\n'
    this.column = 0
  }

  /** write_break: '\n' is a line break; other breaks are copied and also reset the column. */
  writeBreak(ch: string): void {
    if (ch === '\n') return this.putBreak()
    this.out += ch
    this.column = 0
  }

  increaseIndent(flow: boolean, indentless: boolean): void {
    this.indents.push(this.indent)
    if (this.indent < 0) this.indent = flow ? BEST_INDENT : 0
    else if (!indentless) this.indent += BEST_INDENT
  }

  popIndent(): void {
    this.indent = this.indents.pop() as number
  }

  writeIndent(): void {
    const indent = Math.max(this.indent, 0)
    if (!this.indention || this.column > indent || (this.column === indent && !this.whitespace)) this.putBreak()
    while (this.column < indent) this.put(' ')
    this.whitespace = true
    this.indention = true
  }

  writeIndicator(indicator: string, needWhitespace: boolean, isWhitespace: boolean, isIndention: boolean): void {
    if (needWhitespace && !this.whitespace) this.put(' ')
    this.put(indicator)
    this.whitespace = isWhitespace
    this.indention = this.indention && isIndention
  }

  /** Writes `value` in `style`; `allowBreaks` is false for simple keys (never folded). */
  writeScalar(value: string, style: ScalarStyle, allowBreaks: boolean): void {
    const chars = Array.from(value)
    if (style === 'plain') this.writePlain(chars, allowBreaks)
    else if (style === 'single') this.writeSingleQuoted(chars, allowBreaks)
    else if (style === 'double') this.writeDoubleQuoted(chars, allowBreaks)
    else this.writeLiteral(chars)
  }

  private writePlain(chars: string[], allowBreaks: boolean): void {
    if (!this.whitespace) this.put(' ')
    this.writeFlowText(chars, allowBreaks, (i) => chars[i + 1] !== ' ', '')
    this.whitespace = false
    this.indention = false
  }

  private writeSingleQuoted(chars: string[], allowBreaks: boolean): void {
    this.writeIndicator("'", true, false, false)
    const foldable = (i: number): boolean => i > 0 && i < chars.length - 1 && chars[i + 1] !== ' '
    this.writeFlowText(chars, allowBreaks, foldable, "'")
    this.writeIndicator("'", false, false, false)
    this.whitespace = false
    this.indention = false
  }

  /** The shared loop of the plain and single-quoted writers: fold at spaces past column 80. */
  private writeFlowText(chars: string[], allowBreaks: boolean, foldable: (i: number) => boolean, quote: string): void {
    let spaces = false
    let breaks = false
    chars.forEach((ch, i) => {
      if (ch === ' ') {
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && foldable(i)) this.writeIndent()
        else this.put(ch)
        spaces = true
      } else if (isBreak(ch)) {
        if (!breaks && ch === '\n') this.putBreak()
        this.writeBreak(ch)
        this.indention = true
        breaks = true
      } else {
        if (breaks) this.writeIndent()
        if (ch === quote) this.put(quote)
        this.put(ch)
        this.indention = false
        spaces = breaks = false
      }
    })
  }

  private writeDoubleQuoted(chars: string[], allowBreaks: boolean): void {
    this.writeIndicator('"', true, false, false)
    // Upstream's is_bom(value, i) looks at value[0], so a leading BOM escapes every character.
    const bom = chars[0] === '\ufeff'
    let spaces = false
    chars.forEach((ch, i) => {
      const cp = ch.codePointAt(0) as number
      if (bom || !isPrintable(cp) || isBreak(ch) || ch === '"' || ch === '\\') {
        this.put(escapeDouble(cp))
        spaces = false
      } else if (ch === ' ') {
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && i > 0 && i < chars.length - 1) {
          this.writeIndent()
          if (chars[i + 1] === ' ') this.put('\\')
        } else this.put(ch)
        spaces = true
      } else {
        this.put(ch)
        spaces = false
      }
    })
    this.writeIndicator('"', false, false, false)
    this.whitespace = false
    this.indention = false
  }

  private writeLiteral(chars: string[]): void {
    this.writeIndicator('|', true, false, false)
    if (chars[0] === ' ' || isBreak(chars[0])) this.writeIndicator(String(BEST_INDENT), false, false, false)
    const chomp = chompIndicator(chars)
    if (chomp) this.writeIndicator(chomp, false, false, false)
    this.putBreak()
    this.indention = true
    this.whitespace = true
    let breaks = true
    for (const ch of chars) {
      if (isBreak(ch)) {
        this.writeBreak(ch)
        this.indention = true
        breaks = true
      } else {
        if (breaks) this.writeIndent()
        this.put(ch)
        this.indention = false
        breaks = false
      }
    }
  }
}

/** yaml_emitter_write_block_scalar_hints' chomping: `-` strip, `+` keep, '' clip. */
function chompIndicator(chars: string[]): string {
  const n = chars.length
  if (n === 0 || !isBreak(chars[n - 1])) return '-'
  if (n === 1 || isBreak(chars[n - 2])) return '+'
  return ''
}
