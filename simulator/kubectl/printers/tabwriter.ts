// Elastic tabstops: the column aligner behind every kubectl table.
// mirrors github.com/liggitt/tabwriter tabwriter.go @ 89fcab3 (Go's text/tabwriter plus
// RememberWidths), the version kubectl 1.31-1.32 vendors, and kubernetes/cli-runtime
// pkg/printers/tabwriter.go (GetNewTabWriter: minwidth 6, tabwidth 4, padding 3, ' ', RememberWidths).
//
// Not mirrored: Escape ('\xff'), FilterHTML and StripEscape, which kubectl never enables and which
// have no UTF-16 counterpart. Widths are counted in code points, as Go's utf8.RuneCount does.

/** Receives formatted text in order. */
export type Sink = (text: string) => void

export const AlignRight = 1 << 2
export const DiscardEmptyColumns = 1 << 3
export const TabIndent = 1 << 4
export const Debug = 1 << 5
export const RememberWidths = 1 << 6

interface Cell {
  text: string
  width: number
  htab: boolean
}

/** utf8.RuneCount: code points, so a surrogate pair counts once. */
function runeCount(text: string): number {
  let n = text.length
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--
        i++
      }
    }
  }
  return n
}

/**
 * A Writer buffers tab-terminated cells and, on flush (or when a line without tabs ends), pads
 * each column to its widest cell + padding (at least minwidth). The last cell of a line is not
 * part of a column and is never padded. With RememberWidths, column widths survive flushes and
 * only grow, which is how `kubectl get -w` keeps later rows aligned with earlier ones.
 */
export class TabWriter {
  private lines: Cell[][] = [[]]
  private cell = ''
  private widths: number[] = []
  private maxwidths: number[] = []

  constructor(
    private readonly output: Sink,
    private readonly minwidth: number,
    private readonly tabwidth: number,
    private readonly padding: number,
    private readonly padchar: string,
    private readonly flags: number,
  ) {
    if (padchar === '\t') this.flags &= ~AlignRight
  }

  /** Appends `text`; '\t' and '\v' end a cell, '\n' and '\f' end a line ('\f' also flushes). */
  write(text: string): void {
    let start = 0
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]
      if (ch !== '\t' && ch !== '\v' && ch !== '\n' && ch !== '\f') continue
      this.cell += text.slice(start, i)
      start = i + 1
      const ncells = this.terminateCell(ch === '\t')
      if (ch === '\n' || ch === '\f') {
        this.lines.push([])
        // A line with a single cell cannot affect later alignment, so it is safe to flush.
        if (ch === '\f' || ncells === 1) {
          this.flush()
          if (ch === '\f' && this.flags & Debug) this.output('---\n')
        }
      }
    }
    this.cell += text.slice(start)
  }

  /** Formats and emits everything buffered. A trailing partial line is emitted without '\n'. */
  flush(): void {
    if (this.cell.length > 0) this.terminateCell(false)
    this.format(0, this.lines.length)
    this.lines = [[]]
    this.cell = ''
    this.widths = []
  }

  /** A copy of the remembered per-column widths (RememberWidths only). */
  rememberedWidths(): number[] {
    return [...this.maxwidths]
  }

  /** Replaces the remembered widths; `[]` forgets them, as kubectl get does per resource type. */
  setRememberedWidths(widths: readonly number[]): this {
    this.maxwidths = [...widths]
    return this
  }

  private terminateCell(htab: boolean): number {
    const line = this.lines[this.lines.length - 1]
    line.push({ text: this.cell, width: runeCount(this.cell), htab })
    this.cell = ''
    return line.length
  }

  /** Formats lines [line0, line1), one column block at a time (recursive, as upstream). */
  private format(line0: number, line1: number): void {
    const column = this.widths.length
    for (let current = line0; current < line1; current++) {
      if (column >= this.lines[current].length - 1) continue
      this.writeLines(line0, current)
      line0 = current
      let width = this.minwidth
      let discardable = true
      for (; current < line1; current++) {
        const line = this.lines[current]
        if (column >= line.length - 1) break
        const c = line[column]
        width = Math.max(width, c.width + this.padding)
        if (c.width > 0 || c.htab) discardable = false
      }
      if (discardable && this.flags & DiscardEmptyColumns) width = 0
      if (this.flags & RememberWidths) width = this.remember(width)
      this.widths.push(width)
      this.format(line0, current)
      this.widths.pop()
      line0 = current
    }
    this.writeLines(line0, line1)
  }

  /** RememberWidths bookkeeping, including upstream's back-fill from the current widths. */
  private remember(width: number): number {
    const col = this.widths.length
    if (this.maxwidths.length < col) this.maxwidths.push(...this.widths.slice(this.maxwidths.length))
    if (this.maxwidths.length === col) this.maxwidths.push(width)
    else if (this.maxwidths[col] > width) width = this.maxwidths[col]
    else if (this.maxwidths[col] < width) this.maxwidths[col] = width
    return width
  }

  private writeLines(line0: number, line1: number): void {
    for (let i = line0; i < line1; i++) {
      let useTabs = (this.flags & TabIndent) !== 0
      this.lines[i].forEach((c, j) => {
        if (j > 0 && this.flags & Debug) this.output('|')
        const width = j < this.widths.length ? this.widths[j] : undefined
        if (c.text.length === 0) {
          if (width !== undefined) this.writePadding(c.width, width, useTabs)
          return
        }
        useTabs = false
        if (this.flags & AlignRight) {
          if (width !== undefined) this.writePadding(c.width, width, false)
          this.output(c.text)
        } else {
          this.output(c.text)
          if (width !== undefined) this.writePadding(c.width, width, false)
        }
      })
      // The last buffered line has no newline: its text is the cell still being written.
      if (i + 1 === this.lines.length) this.output(this.cell)
      else this.output('\n')
    }
  }

  private writePadding(textw: number, cellw: number, useTabs: boolean): void {
    if (this.padchar === '\t' || useTabs) {
      if (this.tabwidth === 0) return
      cellw = Math.ceil(cellw / this.tabwidth) * this.tabwidth
      this.output('\t'.repeat(Math.ceil((cellw - textw) / this.tabwidth)))
      return
    }
    this.output(this.padchar.repeat(cellw - textw))
  }
}

/** cli-runtime's GetNewTabWriter: the writer every kubectl table, custom-columns and watch uses. */
export function newTabWriter(output: Sink): TabWriter {
  return new TabWriter(output, 6, 4, 3, ' ', RememberWidths)
}
