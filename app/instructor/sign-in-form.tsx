'use client'

import { useRouter } from 'next/navigation'
import { useState, type FormEvent } from 'react'
import { sendJson } from '@/app/_lib/send-json'

/** Sign in, or create an instructor account (a toggle between the two). */
export function SignInForm({ minPassword }: { minPassword: number }) {
  const router = useRouter()
  const [mode, setMode] = useState<'sign-in' | 'sign-up'>('sign-in')
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const body = { email: String(form.get('email')), password: String(form.get('password')), ...(mode === 'sign-up' ? { name: String(form.get('name')) } : {}) }
    setBusy(true)
    const sent = await sendJson(`/api/auth/${mode}/email`, body)
    setBusy(false)
    if (!sent.ok) return setError(sent.error)
    router.refresh()
  }

  return (
    <form className="auth-form" onSubmit={submit} aria-labelledby="auth-title">
      <h2 id="auth-title">{mode === 'sign-in' ? 'Sign in' : 'Create an instructor account'}</h2>
      {mode === 'sign-up' && (
        <label>
          Your name
          <input name="name" required maxLength={80} autoComplete="name" />
        </label>
      )}
      <label>
        Email
        <input name="email" type="email" required autoComplete="email" />
      </label>
      <label>
        Password
        <input name="password" type="password" required minLength={mode === 'sign-up' ? minPassword : 1} maxLength={128} autoComplete={mode === 'sign-in' ? 'current-password' : 'new-password'} />
        {mode === 'sign-up' && <span className="muted field-note">At least {minPassword} characters.</span>}
      </label>
      <p role="alert" className="form-error">
        {error}
      </p>
      <button type="submit" className="button" disabled={busy}>
        {mode === 'sign-in' ? 'Sign in' : 'Create account'}
      </button>
      <p>
        {mode === 'sign-in' ? 'New here? ' : 'Have an account? '}
        <button
          type="button"
          className="link-button"
          onClick={() => {
            setMode(mode === 'sign-in' ? 'sign-up' : 'sign-in')
            setError('')
          }}
        >
          {mode === 'sign-in' ? 'Create an instructor account' : 'Sign in instead'}
        </button>
      </p>
    </form>
  )
}

export function SignOutButton() {
  const router = useRouter()
  return (
    <button
      type="button"
      className="button secondary"
      onClick={async () => {
        await sendJson('/api/auth/sign-out', {})
        router.refresh()
      }}
    >
      Sign out
    </button>
  )
}
