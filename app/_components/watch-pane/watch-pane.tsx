'use client'

import { useEffect, useRef, useState, type FormEvent } from 'react'
import type { Cluster } from '@/simulator/index'

const MAX_CHARS = 100_000

/**
 * A second terminal for a watch, as the upstream tutorial uses two: it runs one read-only
 * command (`kubectl get pods -w`) beside the main terminal until stopped.
 */
export function WatchPane({ cluster, initial = 'kubectl get pods -w' }: { cluster: Cluster; initial?: string }) {
  const [command, setCommand] = useState(initial)
  const [output, setOutput] = useState('')
  const [error, setError] = useState('')
  const [running, setRunning] = useState<string | null>(null)
  const stop = useRef<(() => void) | null>(null)
  const screen = useRef<HTMLPreElement>(null)

  useEffect(() => () => stop.current?.(), [cluster])
  useEffect(() => {
    const el = screen.current
    if (el) el.scrollTop = el.scrollHeight
  }, [output])

  const start = (event: FormEvent) => {
    event.preventDefault()
    stop.current?.()
    let buffered = ''
    let frame = 0
    const opened = cluster.openPane(command, (text) => {
      // Output arrives synchronously with the cluster; paint it once per frame.
      buffered += text
      if (!frame) {
        frame = requestAnimationFrame(() => {
          frame = 0
          const chunk = buffered
          buffered = ''
          setOutput((before) => (before + chunk).slice(-MAX_CHARS))
        })
      }
    })
    if (!opened.ok) {
      setError(opened.error)
      return
    }
    setError('')
    setOutput(`$ ${command}\n`)
    setRunning(command)
    stop.current = () => {
      opened.stop()
      stop.current = null
    }
  }
  const end = () => {
    stop.current?.()
    setRunning(null)
    setOutput((before) => `${before}^C\n`)
  }

  return (
    <div className="watch-pane">
      <form className="watch-bar" onSubmit={start}>
        <label htmlFor="watch-command">Watch</label>
        <input id="watch-command" value={command} onChange={(e) => setCommand(e.target.value)} spellCheck={false} autoComplete="off" />
        <button type="submit" className="button">
          {running ? 'Restart' : 'Start'}
        </button>
        <button type="button" onClick={end} disabled={!running}>
          Stop
        </button>
      </form>
      {error && (
        <p role="alert" className="check-detail">
          {error}
        </p>
      )}
      <pre ref={screen} className="watch-screen" tabIndex={0} aria-label="Watch output" data-testid="watch-output">
        {output || 'Start a watch to follow objects while you work in the terminal.'}
      </pre>
    </div>
  )
}
