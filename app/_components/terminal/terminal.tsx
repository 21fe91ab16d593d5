'use client'

import { useEffect, useRef } from 'react'
import '@xterm/xterm/css/xterm.css'
import { applyCompletion } from './completion'
import { applyKey, emptyLine, type LineState } from './line-editor'

/** What the terminal drives: a shell session over the simulated cluster. */
export interface TerminalShell {
  /** Starts a complete command (one or more lines). */
  submit(text: string): void
  /** True while the foreground command runs (no prompt is shown). */
  readonly busy: boolean
  /** Ctrl-C. */
  interrupt(): void
  /** Output as it is printed; returns an unsubscribe function. */
  onOutput(listener: (text: string) => void): () => void
  /** Job notices to print before the next prompt. */
  takeNotices(): string
  /** True when `text` is an unfinished command (open quote, heredoc, `for` without `done`). */
  needsMoreInput(text: string): boolean
  /** Called after each command and clock tick; returns true when the prompt should come back. */
  onIdle(listener: () => void): () => void
  /** Lines entered before (for ↑/↓ after a reload). */
  history(): readonly string[]
  /** Clear-screen requests (the `clear` command). */
  onClear(listener: () => void): () => void
  /** Tab completion: where the word starts and what it may become. */
  complete(line: string, cursor: number): { start: number; candidates: string[] }
}

export interface TerminalProps {
  /** Accessible name of the terminal region. */
  label: string
  shell: TerminalShell
  prompt?: string
  /** Printed once when the terminal opens. */
  banner?: string
  /** Called with a controller once the terminal is ready (and with null when it goes): lets lesson prose type commands into it. */
  onReady?: (controller: TerminalController | null) => void
  /** xterm.js's screen-reader mode (an accessible live transcript). */
  screenReaderMode?: boolean
}

export interface TerminalController {
  /** Types `text` and presses Enter, as if pasted; a running command is interrupted first. */
  run(text: string): void
  focus(): void
}

const toCrlf = (text: string) => text.replace(/\r?\n/g, '\r\n')
const CONTINUATION = '> '

/**
 * An xterm.js terminal with a readline-style prompt over a shell session. xterm.js is imported
 * on mount, so the component renders on the server as an empty, labelled region.
 */
export function Terminal({ label, shell, prompt = '$ ', banner, onReady, screenReaderMode = false }: TerminalProps) {
  const host = useRef<HTMLDivElement>(null)
  const frame = useRef<HTMLDivElement>(null)

  useEffect(() => {
    let disposed = false
    let cleanup = () => {}
    void (async () => {
      const [{ Terminal: XTerm }, { FitAddon }] = await Promise.all([import('@xterm/xterm'), import('@xterm/addon-fit')])
      if (disposed || !host.current) return
      const term = new XTerm({
        cursorBlink: true,
        convertEol: false,
        fontFamily: 'ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace',
        fontSize: 14,
        screenReaderMode,
        theme: { background: '#0b1020' },
      })
      const fit = new FitAddon()
      term.loadAddon(fit)
      term.open(host.current)
      fit.fit()
      let line: LineState = emptyLine([...shell.history()])
      let pending = ''
      let waiting = false
      // Keys typed while a command runs, replayed at the next prompt, as a terminal's typeahead.
      let typeahead: string[] = []
      let lastKey = ''
      const currentPrompt = () => (pending ? CONTINUATION : prompt)
      // What one keystroke (or one run) prints goes to xterm as a single write: xterm parses the
      // first write after input at once and defers later ones to a timer, which often misses the
      // next frame, so a command's output would be painted a frame late.
      let batch: string[] | null = null
      const write = (text: string) => (batch ? batch.push(text) : term.write(text))
      const batched = (handle: () => void) => {
        if (batch) return handle()
        batch = []
        try {
          handle()
        } finally {
          const text = batch.join('')
          batch = null
          if (text) term.write(text)
        }
      }
      // In band, as bash's `clear` prints it (home, erase screen, erase scrollback), so it stays
      // in order with what is written around it.
      const clearScreen = () => write('\x1b[H\x1b[2J\x1b[3J')
      // Output that did not end its line stays in front of the prompt, as in bash (`link$ `).
      let tail = ''
      const print = (text: string) => {
        const newline = text.lastIndexOf('\n')
        tail = newline < 0 ? tail + text : text.slice(newline + 1)
        write(toCrlf(text))
      }
      const redraw = () => {
        write(`\r\x1b[2K${tail}${currentPrompt()}${line.buffer}`)
        const back = line.buffer.length - line.cursor
        if (back > 0) write(`\x1b[${back}D`)
      }
      const showPrompt = () => {
        const notices = shell.takeNotices()
        if (notices) print(notices)
        redraw()
      }
      const submit = (text: string) => {
        print('\n')
        const full = pending ? `${pending}\n${text}` : text
        if (shell.needsMoreInput(full)) {
          pending = full
          redraw()
          return
        }
        pending = ''
        start(full)
      }
      /** Hands a complete command to the shell; the prompt returns when it is done. */
      const start = (full: string) => {
        shell.submit(full)
        if (shell.busy) waiting = true
        else showPrompt()
      }
      const promptAgain = () => {
        waiting = false
        showPrompt()
        const keys = typeahead
        typeahead = []
        for (const key of keys) onKey(key)
      }
      const onKey = (key: string) => {
        if (waiting) {
          if (key === '\x03') {
            print('^C\n')
            typeahead = []
            shell.interrupt()
            if (!shell.busy) promptAgain()
          } else typeahead.push(key)
          return
        }
        const action = applyKey(line, key)
        line = action.state
        if (action.type === 'submit') submit(action.line)
        else if (action.type === 'interrupt') {
          pending = ''
          print('^C\n')
          redraw()
        } else if (action.type === 'clear-screen') {
          clearScreen()
          redraw()
        } else if (action.type === 'complete') {
          const result = applyCompletion(line, shell.complete(line.buffer, line.cursor), lastKey === '\t')
          line = result.state
          if (result.listing) print(`\n${result.listing}`)
          redraw()
        } else if (action.type === 'edit') redraw()
        lastKey = key
      }
      const feed = (chunk: string) =>
        batched(() => {
          // A paste arrives as one chunk: feed it key by key, keeping escape sequences whole.
          const keys = chunk.match(/\x1b\[[0-9;]*[~A-Za-z]|\x1bO[A-Z]|[\s\S]/g) ?? []
          for (const key of keys) onKey(key === '\n' ? '\r' : key)
        })
      const data = term.onData(feed)
      if (onReady) {
        onReady({
          run: (text) =>
            batched(() => {
              // Like a paste into bash: the whole text is read as typed-ahead input, so a watch
              // in it does not swallow the lines after it.
              if (waiting) onKey('\x03')
              pending = ''
              const body = text.replace(/\n+$/, '')
              write(`\r\x1b[2K${tail}`)
              print(`${prompt}${body}\n`)
              line = emptyLine([...shell.history(), ...(body.trim() ? [body] : [])])
              start(body)
              term.focus()
            }),
          focus: () => term.focus(),
        })
      }
      const stopOutput = shell.onOutput(print)
      const stopIdle = shell.onIdle(() => {
        if (waiting && !shell.busy) promptAgain()
      })
      const stopClear = shell.onClear(clearScreen)
      if (banner) print(banner.endsWith('\n') ? banner : `${banner}\n`)
      redraw()
      // The prompt is up and keys go to the shell: the moment `npm run bench` reports as ui.lesson_ready.
      frame.current?.setAttribute('data-ready', 'true')
      performance.mark('ordinal:terminal-ready')
      // Observe the fixed-size frame, never the element xterm sizes, so fitting cannot feed back.
      const resize = new ResizeObserver(() => fit.fit())
      if (frame.current) resize.observe(frame.current)
      cleanup = () => {
        onReady?.(null)
        resize.disconnect()
        data.dispose()
        stopOutput()
        stopIdle()
        stopClear()
        term.dispose()
      }
    })()
    return () => {
      disposed = true
      cleanup()
    }
  }, [shell, prompt, banner, onReady, screenReaderMode])

  return (
    <div ref={frame} className="terminal-frame" role="region" aria-label={label} data-testid="terminal">
      <div ref={host} className="terminal-host" />
    </div>
  )
}
