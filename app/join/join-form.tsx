'use client'

import { useRouter } from 'next/navigation'
import { useState, type FormEvent } from 'react'
import { sendJson } from '@/app/_lib/send-json'

export function JoinForm({ code }: { code: string }) {
  const router = useRouter()
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    setBusy(true)
    const sent = await sendJson<{ workshopId: string }>('/api/workshops/join', { code: String(form.get('code')), displayName: String(form.get('displayName')) })
    setBusy(false)
    if (!sent.ok) return setError(sent.error)
    router.push(`/workshops/${sent.data.workshopId}`)
  }
  return (
    <form className="auth-form" onSubmit={submit}>
      <label>
        Join code
        <input name="code" defaultValue={code} required maxLength={20} autoComplete="off" autoCapitalize="characters" spellCheck={false} className="code-input" placeholder="K7QX3M" />
      </label>
      <label>
        Your name in the workshop
        <input name="displayName" required maxLength={40} autoComplete="nickname" autoFocus={!!code} />
      </label>
      <p role="alert" className="form-error">
        {error}
      </p>
      <button type="submit" className="button" disabled={busy}>
        Join
      </button>
    </form>
  )
}
