'use client'

import { useEffect, useRef, useState, type ChangeEvent } from 'react'
import { Lab } from '@/app/_components/lab/lab'
import { useMounted } from '@/app/_lib/use-mounted'
import { useLab } from '@/app/_components/lab/use-lab'
import { decodeCommandLog, encodeCommandLog, parseCommandLog, type LoggedCommand } from '@/simulator/index'
import { SANDBOX_OPTIONS, SANDBOX_BANNER, SANDBOX_FILE } from './sandbox-cluster'

const entries = (n: number) => `${n} logged ${n === 1 ? 'entry' : 'entries'}`

/** The log in the page's `#log=…`, if there is a valid one. */
function logFromHash(): { log?: LoggedCommand[]; error?: string } {
  if (typeof window === 'undefined') return {}
  const match = /^#log=(.+)$/.exec(window.location.hash)
  if (!match) return {}
  const parsed = decodeCommandLog(match[1])
  return parsed.ok ? { log: parsed.log } : { error: parsed.error }
}

/**
 * Free play on the default cluster; the command log can be shared as a link, exported and
 * imported. Rendered in the browser only: a shared link's cluster exists only there.
 */
export function Workbench() {
  const mounted = useMounted()
  return mounted ? <SandboxLab /> : <div className="lab lab-loading" aria-busy="true" />
}

function SandboxLab() {
  const [shared] = useState(logFromHash)
  const lab = useLab(SANDBOX_OPTIONS, shared.log ? `Replayed ${entries(shared.log.length)} from the shared link.\n` : SANDBOX_BANNER, shared.log)
  const [notice, setNotice] = useState(shared.error ? `The link's log was not loaded: ${shared.error}` : '')
  const fileInput = useRef<HTMLInputElement>(null)
  useEffect(() => {
    if (shared.log || shared.error) history.replaceState(null, '', window.location.pathname)
  }, [shared])

  const share = async () => {
    const url = `${window.location.origin}${window.location.pathname}#log=${encodeCommandLog(lab.session.cluster.log)}`
    try {
      await navigator.clipboard.writeText(url)
      setNotice('Link copied: opening it replays your commands on a fresh cluster.')
    } catch {
      setNotice(`Copy this link: ${url}`)
    }
  }
  const exportLog = () => {
    const blob = new Blob([JSON.stringify(lab.session.cluster.log, null, 2)], { type: 'application/json' })
    const link = document.createElement('a')
    link.href = URL.createObjectURL(blob)
    link.download = 'ordinal-sandbox-log.json'
    link.click()
    URL.revokeObjectURL(link.href)
  }
  const importLog = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (!file) return
    let parsed: ReturnType<typeof parseCommandLog>
    try {
      parsed = parseCommandLog(JSON.parse(await file.text()))
    } catch {
      parsed = { ok: false, error: 'the file is not JSON' }
    }
    if (!parsed.ok) return setNotice(`${file.name} was not imported: ${parsed.error}`)
    lab.load(parsed.log, `Replayed ${entries(parsed.log.length)} from ${file.name}.\n`)
    setNotice(`Imported ${file.name}.`)
  }

  const tools = (
    <>
      <button type="button" onClick={share}>
        Share link
      </button>
      <button type="button" onClick={exportLog}>
        Export log
      </button>
      <button type="button" onClick={() => fileInput.current?.click()}>
        Import log
      </button>
      <input ref={fileInput} type="file" accept="application/json,.json" hidden onChange={importLog} aria-label="Import a command log" />
    </>
  )
  return (
    <>
      <p role="status" className="sandbox-notice">
        {notice}
      </p>
      <Lab lab={lab} initialFile={SANDBOX_FILE} tools={tools} confirmReset={() => window.confirm('Start over on a fresh cluster?')} />
    </>
  )
}
