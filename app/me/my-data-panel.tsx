'use client'

import { useRef, useState, type ChangeEvent, type FormEvent } from 'react'

async function errorOf(response: Response): Promise<string> {
  const body = (await response.json().catch(() => ({}))) as { error?: string }
  return body.error ?? `the server answered ${response.status}`
}

/** Display name, export, import and deletion of everything Ordinal keeps about the visitor. */
export function MyDataPanel({ displayName, since }: { displayName: string; since: string | null }) {
  const [name, setName] = useState(displayName)
  const [status, setStatus] = useState('')
  const fileInput = useRef<HTMLInputElement>(null)

  const saveName = async (event: FormEvent) => {
    event.preventDefault()
    const response = await fetch('/api/me', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ displayName: name }) })
    setStatus(response.ok ? 'Display name saved.' : `Not saved: ${await errorOf(response)}`)
  }
  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (!file) return
    const response = await fetch('/api/me/import', { method: 'POST', headers: { 'content-type': 'application/json' }, body: await file.text() })
    if (!response.ok) return setStatus(`${file.name} was not imported: ${await errorOf(response)}`)
    const { lessons } = (await response.json()) as { lessons: number }
    forgetLocalProgress()
    setStatus(`Imported progress in ${lessons} lesson${lessons === 1 ? '' : 's'} from ${file.name}.`)
  }
  const deleteAll = async () => {
    if (!window.confirm('Delete all your progress and forget you? This cannot be undone.')) return
    const response = await fetch('/api/me', { method: 'DELETE' })
    if (!response.ok) return setStatus(`Not deleted: ${await errorOf(response)}`)
    forgetLocalProgress()
    setName('')
    setStatus('Everything Ordinal kept about you is deleted.')
  }

  return (
    <div className="my-data">
      <p role="status" className="sandbox-notice">
        {status}
      </p>
      <section aria-labelledby="name-title">
        <h2 id="name-title">Display name</h2>
        <p className="muted">Optional. Instructors see it in workshops.{since ? ` Progress saved since ${since}.` : ''}</p>
        <form onSubmit={saveName} className="inline-form">
          <label htmlFor="display-name">Name</label>
          <input id="display-name" value={name} maxLength={40} onChange={(e) => setName(e.target.value)} autoComplete="nickname" />
          <button type="submit" className="button">
            Save
          </button>
        </form>
      </section>
      <section aria-labelledby="move-title">
        <h2 id="move-title">Move to another browser</h2>
        <p>
          <a className="button" href="/api/me/export" download>
            Export my progress
          </a>{' '}
          <button type="button" className="button" onClick={() => fileInput.current?.click()}>
            Import progress
          </button>
          <input ref={fileInput} type="file" accept="application/json,.json" hidden onChange={importFile} aria-label="Import progress from a file" />
        </p>
      </section>
      <section aria-labelledby="delete-title">
        <h2 id="delete-title">Delete</h2>
        <button type="button" className="button danger" onClick={deleteAll}>
          Delete all my data
        </button>
      </section>
    </div>
  )
}

/** Drops the copies of lesson progress kept in this browser; the server's are the truth now. */
function forgetLocalProgress(): void {
  try {
    for (const key of Object.keys(localStorage)) if (key.startsWith('ordinal:progress:')) localStorage.removeItem(key)
  } catch {
    // Storage unavailable: nothing is kept there either.
  }
}
