// A readline-style editor for one input line: the pure state machine behind the terminal's
// prompt. Keys arrive as the byte sequences xterm.js reports; the result says what to draw.

export interface LineState {
  buffer: string
  cursor: number
  /** Earlier submitted lines, oldest first. */
  history: readonly string[]
  /** Index into history while browsing with the arrows; history.length means "the draft". */
  historyIndex: number
  /** The line being typed before the learner started browsing history. */
  draft: string
}

export type LineAction =
  | { type: 'edit'; state: LineState }
  | { type: 'submit'; line: string; state: LineState }
  | { type: 'interrupt'; state: LineState }
  | { type: 'clear-screen'; state: LineState }
  | { type: 'complete'; state: LineState }
  | { type: 'none'; state: LineState }

export function emptyLine(history: readonly string[] = []): LineState {
  return { buffer: '', cursor: 0, history, historyIndex: history.length, draft: '' }
}

const edit = (s: LineState, buffer: string, cursor: number): LineAction => ({
  type: 'edit',
  state: { ...s, buffer, cursor: Math.max(0, Math.min(cursor, buffer.length)) },
})

/** Start of the word before the cursor, as bash's Ctrl-W (unix-word-rubout) sees words. */
function wordStart(buffer: string, cursor: number): number {
  let i = cursor
  while (i > 0 && buffer[i - 1] === ' ') i--
  while (i > 0 && buffer[i - 1] !== ' ') i--
  return i
}

function browse(s: LineState, delta: number): LineAction {
  const index = s.historyIndex + delta
  if (index < 0 || index > s.history.length) return { type: 'none', state: s }
  const draft = s.historyIndex === s.history.length ? s.buffer : s.draft
  const buffer = index === s.history.length ? draft : s.history[index]
  return { type: 'edit', state: { ...s, buffer, cursor: buffer.length, historyIndex: index, draft } }
}

/** Adds a submitted line to history, skipping blanks and immediate repeats as bash's ignoredups does. */
export function remember(history: readonly string[], line: string, limit = 1000): string[] {
  if (line.trim() === '' || history[history.length - 1] === line) return [...history]
  return [...history, line].slice(-limit)
}

/** Applies one key (an xterm.js data chunk that is a single key sequence) to the line. */
export function applyKey(s: LineState, key: string): LineAction {
  const { buffer, cursor } = s
  switch (key) {
    case '\r': {
      const history = remember(s.history, buffer)
      return { type: 'submit', line: buffer, state: emptyLine(history) }
    }
    case '\x03': return { type: 'interrupt', state: emptyLine(s.history) }
    case '\x0c': return { type: 'clear-screen', state: s }
    case '\t': return { type: 'complete', state: s }
    case '\x7f': case '\b': return edit(s, buffer.slice(0, cursor - 1) + buffer.slice(cursor), cursor - 1)
    case '\x1b[3~': return edit(s, buffer.slice(0, cursor) + buffer.slice(cursor + 1), cursor)
    case '\x1b[D': case '\x02': return edit(s, buffer, cursor - 1)
    case '\x1b[C': case '\x06': return edit(s, buffer, cursor + 1)
    case '\x1b[H': case '\x1bOH': case '\x01': return edit(s, buffer, 0)
    case '\x1b[F': case '\x1bOF': case '\x05': return edit(s, buffer, buffer.length)
    case '\x15': return edit(s, buffer.slice(cursor), 0)
    case '\x0b': return edit(s, buffer.slice(0, cursor), cursor)
    case '\x17': {
      const start = wordStart(buffer, cursor)
      return edit(s, buffer.slice(0, start) + buffer.slice(cursor), start)
    }
    case '\x1b[A': case '\x10': return browse(s, -1)
    case '\x1b[B': case '\x0e': return browse(s, +1)
  }
  if (key.startsWith('\x1b') || /[\x00-\x1f]/.test(key)) return { type: 'none', state: s }
  return edit(s, buffer.slice(0, cursor) + key + buffer.slice(cursor), cursor + key.length)
}

/** Inserts text (a completion, a pasted fragment without newlines) at the cursor. */
export function insertText(s: LineState, text: string): LineState {
  const buffer = s.buffer.slice(0, s.cursor) + text + s.buffer.slice(s.cursor)
  return { ...s, buffer, cursor: s.cursor + text.length }
}
