'use client'

import { useEffect, useRef } from 'react'
import '@xterm/xterm/css/xterm.css'
import { applyKey, emptyLine, type LineState } from './line-editor'

export interface TerminalProps {
  /** Accessible name of the terminal region. */
  label: string
  prompt?: string
  /** Printed once when the terminal opens. */
  banner?: string
  /** Runs a submitted line; the returned text is printed (`\n` line breaks). */
  onLine: (line: string) => string | Promise<string>
}

const toCrlf = (text: string) => text.replace(/\r?\n/g, '\r\n')

/**
 * An xterm.js terminal with a readline-style prompt. xterm.js is imported on mount, so the
 * component renders on the server as an empty, labelled region.
 */
export function Terminal({ label, prompt = '$ ', banner, onLine }: TerminalProps) {
  const host = useRef<HTMLDivElement>(null)
  const frame = useRef<HTMLDivElement>(null)
  const onLineRef = useRef(onLine)
  useEffect(() => {
    onLineRef.current = onLine
  }, [onLine])

  useEffect(() => {
    let disposed = false
    let cleanup = () => {}
    void (async () => {
      const [{ Terminal: XTerm }, { FitAddon }] = await Promise.all([import('@xterm/xterm'), import('@xterm/addon-fit')])
      if (disposed || !host.current) return
      const term = new XTerm({
        cursorBlink: true,
        fontFamily: 'ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace',
        fontSize: 14,
        screenReaderMode: false,
        theme: { background: '#0b1020' },
      })
      const fit = new FitAddon()
      term.loadAddon(fit)
      term.open(host.current)
      fit.fit()
      let line: LineState = emptyLine()
      let busy = false
      const redraw = () => {
        term.write(`\r\x1b[2K${prompt}${line.buffer}`)
        const back = line.buffer.length - line.cursor
        if (back > 0) term.write(`\x1b[${back}D`)
      }
      const run = async (text: string) => {
        busy = true
        term.write('\r\n')
        const out = await onLineRef.current(text)
        if (out) term.write(toCrlf(out.endsWith('\n') ? out : `${out}\n`))
        busy = false
        redraw()
      }
      const onKey = (key: string) => {
        if (busy) return
        const action = applyKey(line, key)
        line = action.state
        if (action.type === 'submit') void run(action.line)
        else if (action.type === 'interrupt') { term.write('^C\r\n'); redraw() }
        else if (action.type === 'clear-screen') { term.clear(); redraw() }
        else if (action.type === 'edit') redraw()
      }
      const data = term.onData((chunk) => {
        // A paste arrives as one chunk: feed it character by character, keeping escape sequences whole.
        const keys = chunk.match(/\x1b\[[0-9;]*[~A-Za-z]|\x1bO[A-Z]|[\s\S]/g) ?? []
        for (const key of keys) onKey(key === '\n' ? '\r' : key)
      })
      if (banner) term.write(toCrlf(banner.endsWith('\n') ? banner : `${banner}\n`))
      redraw()
      // Observe the fixed-size frame, never the element xterm sizes, so fitting cannot feed back.
      const resize = new ResizeObserver(() => fit.fit())
      if (frame.current) resize.observe(frame.current)
      cleanup = () => {
        resize.disconnect()
        data.dispose()
        term.dispose()
      }
    })()
    return () => {
      disposed = true
      cleanup()
    }
  }, [prompt, banner])

  return (
    <div ref={frame} className="terminal-frame" role="region" aria-label={label} data-testid="terminal">
      <div ref={host} className="terminal-host" />
    </div>
  )
}
