'use client'

import { useRouter } from 'next/navigation'
import { useState, type FormEvent } from 'react'
import { sendJson } from '@/app/_lib/send-json'

interface LessonChoice {
  id: string
  title: string
  exercises: { id: string; title: string }[]
}

/** Title, lessons (in catalogue order), which of their exercises are graded, and a time limit. */
export function NewWorkshopForm({ lessons }: { lessons: LessonChoice[] }) {
  const router = useRouter()
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(lessons.slice(0, 3).map((l) => l.id)))
  const [graded, setGraded] = useState<Set<string>>(() => new Set(lessons.slice(0, 3).flatMap((l) => l.exercises.map((e) => `${l.id}/${e.id}`))))
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)

  const toggle = (set: Set<string>, key: string, on: boolean) => {
    const next = new Set(set)
    if (on) next.add(key)
    else next.delete(key)
    return next
  }
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const limit = String(form.get('timeLimit') ?? '').trim()
    const ids = lessons.filter((l) => chosen.has(l.id)).map((l) => l.id)
    setBusy(true)
    const sent = await sendJson<{ id: string }>('/api/workshops', {
      title: String(form.get('title')),
      lessons: ids,
      exercises: [...graded].filter((key) => chosen.has(key.split('/')[0])),
      timeLimitMin: limit ? Number(limit) : null,
    })
    setBusy(false)
    if (!sent.ok) return setError(sent.error)
    router.push(`/instructor/workshops/${sent.data.id}`)
  }

  return (
    <form className="auth-form wide-form" onSubmit={submit}>
      <label>
        Title
        <input name="title" required maxLength={100} placeholder="StatefulSets workshop, Tuesday" />
      </label>
      <fieldset>
        <legend>Lessons, and the exercises graded in this workshop</legend>
        <ul className="choice-list">
          {lessons.map((lesson) => (
            <li key={lesson.id}>
              <label className="check-label">
                <input type="checkbox" checked={chosen.has(lesson.id)} onChange={(e) => setChosen(toggle(chosen, lesson.id, e.target.checked))} />
                {lesson.title}
              </label>
              {chosen.has(lesson.id) && lesson.exercises.length > 0 && (
                <ul className="choice-list nested">
                  {lesson.exercises.map((exercise) => {
                    const key = `${lesson.id}/${exercise.id}`
                    return (
                      <li key={key}>
                        <label className="check-label">
                          <input type="checkbox" checked={graded.has(key)} onChange={(e) => setGraded(toggle(graded, key, e.target.checked))} />
                          Graded: {exercise.title}
                        </label>
                      </li>
                    )
                  })}
                </ul>
              )}
            </li>
          ))}
        </ul>
      </fieldset>
      <label>
        Time limit per graded exercise, in minutes (empty for none)
        <input name="timeLimit" type="number" min={1} max={600} inputMode="numeric" />
      </label>
      <p role="alert" className="form-error">
        {error}
      </p>
      <button type="submit" className="button" disabled={busy || chosen.size === 0}>
        Create workshop
      </button>
    </form>
  )
}
