'use client'

import Link from 'next/link'
import { memo, useEffect, useMemo, useState, type FormEvent } from 'react'
import type { DashboardLearner, DashboardSnapshot } from '@/app/_lib/workshops/dashboard'
import { sendJson } from '@/app/_lib/send-json'

type Lessons = DashboardSnapshot['workshop']['lessons']

/** Live snapshots of the workshop over server-sent events; the browser reconnects by itself. */
function useLiveSnapshot(initial: DashboardSnapshot): { snapshot: DashboardSnapshot; live: boolean } {
  const [snapshot, setSnapshot] = useState(initial)
  const [live, setLive] = useState(false)
  useEffect(() => {
    const source = new EventSource(`/api/workshops/${encodeURIComponent(initial.workshop.id)}/events`)
    source.addEventListener('update', (event) => {
      const data = JSON.parse((event as MessageEvent<string>).data) as DashboardSnapshot | { gone: true }
      if ('learners' in data) setSnapshot(data)
      else {
        // Deleted, or signed out: the server ends the stream; do not reconnect.
        source.close()
        setLive(false)
      }
    })
    source.onopen = () => setLive(true)
    source.onerror = () => setLive(false)
    return () => source.close()
  }, [initial.workshop.id])
  return { snapshot, live }
}

/** Minutes and seconds since `iso`, as "12 min" or "40 s". */
function since(iso: string, now: number): string {
  const s = Math.max(0, Math.round((now - Date.parse(iso)) / 1000))
  return s < 60 ? `${s} s` : s < 3600 ? `${Math.floor(s / 60)} min` : `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`
}

/** The instructor's live view: learners × steps, stuck flags, broadcast, unlock, export. */
export function Dashboard({ initial }: { initial: DashboardSnapshot }) {
  const { snapshot, live } = useLiveSnapshot(initial)
  const { workshop, learners } = snapshot
  const [ticked, setNow] = useState(() => Date.parse(snapshot.generatedAt))
  const now = Math.max(ticked, Date.parse(snapshot.generatedAt))
  const [stuckFirst, setStuckFirst] = useState(false)
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 15_000)
    return () => clearInterval(timer)
  }, [])
  const ordered = useMemo(() => (stuckFirst ? [...learners].sort((a, b) => Number(!!b.stuck) - Number(!!a.stuck)) : learners), [learners, stuckFirst])
  const stuck = learners.filter((l) => l.stuck).length

  return (
    <>
      <Controls snapshot={snapshot} />
      <div className="dashboard-bar">
        <h2 id="learners-title">
          Learners <span className="muted">({learners.length})</span>
        </h2>
        <span className={live ? 'live-dot live' : 'live-dot'} role="status">
          {live ? 'Live' : 'Reconnecting…'}
        </span>
        {stuck > 0 && <span className="stuck-count">{stuck} may be stuck</span>}
        <label className="check-label">
          <input type="checkbox" checked={stuckFirst} onChange={(e) => setStuckFirst(e.target.checked)} /> Stuck first
        </label>
        <span className="spacer" />
        <a className="button" href={`/api/workshops/${encodeURIComponent(workshop.id)}/export`} download>
          Export grades (CSV)
        </a>
      </div>
      {learners.length === 0 ? (
        <p className="muted">Nobody has joined yet. Show the code or the QR code to your learners.</p>
      ) : (
        <div className="grid-scroll">
          <table className="progress-grid" aria-labelledby="learners-title">
            <thead>
              <tr>
                <th scope="col" rowSpan={2}>
                  Learner
                </th>
                <th scope="col" rowSpan={2}>
                  Now on
                </th>
                {workshop.lessons.map((lesson) => (
                  <th key={lesson.id} scope="colgroup" colSpan={lesson.steps.length}>
                    {lesson.title}
                  </th>
                ))}
              </tr>
              <tr>
                {workshop.lessons.flatMap((lesson) =>
                  lesson.steps.map((step, i) => (
                    <th key={`${lesson.id}/${step.id}`} scope="col" title={step.title} className="step-col">
                      <span aria-hidden="true">{step.exercise ? `E${i + 1}` : i + 1}</span>
                      <span className="visually-hidden">{step.title}</span>
                    </th>
                  )),
                )}
              </tr>
            </thead>
            <tbody>
              {ordered.map((learner) => (
                <LearnerRow key={learner.id} learner={learner} lessons={workshop.lessons} exercises={workshop.exercises} workshopId={workshop.id} now={now} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="muted legend">
        ✓ done · ◐ done after showing the solution · ▸ working on it · scores are graded exercises (server replay). A learner is
        flagged when they spend 10 minutes or 25 commands on one step, or submit an exercise twice without full marks.
      </p>
    </>
  )
}

const LearnerRow = memo(function LearnerRow({ learner, lessons, exercises, workshopId, now }: { learner: DashboardLearner; lessons: Lessons; exercises: string[]; workshopId: string; now: number }) {
  const active = learner.activeLesson ? learner.lessons[learner.activeLesson] : null
  const activeLesson = lessons.find((l) => l.id === learner.activeLesson)
  const activeStep = activeLesson?.steps.find((s) => s.id === active?.currentStep)
  return (
    <tr className={learner.stuck ? 'stuck-row' : undefined}>
      <th scope="row">
        <span className="learner-name">{learner.displayName}</span>
        {learner.stuck && <span className="stuck-flag">Stuck? {learner.stuck}</span>}
        <button type="button" className="link-button" aria-label={`Remove ${learner.displayName} from the workshop`} onClick={() => void removeLearner(workshopId, learner)}>
          Remove
        </button>
      </th>
      <td className="now-on">
        {activeLesson && active ? (
          <>
            <Link href={`/instructor/workshops/${workshopId}/learners/${learner.id}/${activeLesson.id}`}>{activeStep ? activeStep.title : `${activeLesson.title}: done`}</Link>
            {activeStep && <span className="muted"> · {since(active.onStepSince, now)}</span>}
          </>
        ) : (
          <span className="muted">not started</span>
        )}
      </td>
      {lessons.flatMap((lesson) =>
        lesson.steps.map((step) => {
          const state = learner.lessons[lesson.id]
          const how = state?.steps[step.id]
          const key = `${lesson.id}/${step.id}`
          const submission = learner.submissions[key]
          const current = state?.currentStep === step.id
          let mark = ''
          let label = 'not started'
          const graded = exercises.includes(key)
          if (submission && graded) {
            mark = `${submission.score}/${submission.max}`
            label = `scored ${submission.score} of ${submission.max}${submission.tries > 1 ? ` (${submission.tries} submissions)` : ''}`
          } else if (graded) {
            // Only the server's grade counts for a graded exercise, never what a browser reports.
            if (current) [mark, label] = ['▸', 'working on it, not submitted']
          } else if (how === 'checked') [mark, label] = ['✓', 'done']
          else if (how === 'assisted') [mark, label] = ['◐', 'done after showing the solution']
          else if (current) [mark, label] = ['▸', 'working on it']
          const tone = submission && graded ? (submission.score === submission.max ? 'cell-full' : 'cell-partial') : how && !graded ? 'cell-done' : current ? 'cell-current' : ''
          return (
            <td key={key} className={`step-cell ${tone}`} title={`${step.title}: ${label}`}>
              {state ? (
                <Link href={`/instructor/workshops/${workshopId}/learners/${learner.id}/${lesson.id}`} aria-label={`${learner.displayName}, ${step.title}: ${label}`}>
                  {mark || '·'}
                </Link>
              ) : (
                <span aria-label={`${step.title}: ${label}`}>·</span>
              )}
            </td>
          )
        }),
      )}
    </tr>
  )
})

/** Removes a learner (an intruder, a duplicate) after asking; the live update drops their row. */
async function removeLearner(workshopId: string, learner: DashboardLearner): Promise<void> {
  if (!window.confirm(`Remove ${learner.displayName} from this workshop? Their own progress stays theirs. Close joining to keep them out.`)) return
  const response = await fetch(`/api/workshops/${encodeURIComponent(workshopId)}/members/${encodeURIComponent(learner.id)}`, { method: 'DELETE' }).catch(() => null)
  if (!response?.ok) window.alert(`${learner.displayName} was not removed: ${response ? (((await response.json().catch(() => ({}))) as { error?: string }).error ?? response.status) : 'the server could not be reached'}`)
}

/** Broadcast a message, open the next module, open or close joining. */
function Controls({ snapshot }: { snapshot: DashboardSnapshot }) {
  const { workshop } = snapshot
  const [message, setMessage] = useState('')
  const [status, setStatus] = useState('')
  const patch = async (body: object, done: string) => {
    const sent = await sendJson(`/api/workshops/${encodeURIComponent(workshop.id)}`, body, 'PATCH')
    setStatus(sent.ok ? done : `Not done: ${sent.error}`)
    return sent.ok
  }
  const broadcast = async (event: FormEvent) => {
    event.preventDefault()
    if (await patch({ message }, 'Message sent to every learner.')) setMessage('')
  }
  const titles = (ids: string[]) => ids.map((id) => workshop.lessons.find((l) => l.id === id)?.title ?? id).join(', ')
  const next = workshop.modules[workshop.unlockedModules]
  return (
    <div className="dashboard-controls">
      <section aria-labelledby="broadcast-title">
        <h2 id="broadcast-title">Message to everyone</h2>
        {workshop.message && (
          <p className="current-message">
            Showing: “{workshop.message}”{' '}
            <button type="button" className="link-button" onClick={() => patch({ message: '' }, 'Message cleared.')}>
              Clear
            </button>
          </p>
        )}
        <form className="inline-form" onSubmit={broadcast}>
          <label htmlFor="broadcast">Message</label>
          <input id="broadcast" value={message} maxLength={500} onChange={(e) => setMessage(e.target.value)} placeholder="Break until 10:30" />
          <button type="submit" className="button" disabled={!message.trim()}>
            Send
          </button>
        </form>
      </section>
      <section aria-labelledby="modules-title">
        <h2 id="modules-title">Modules</h2>
        <p>
          Open to learners: {titles(workshop.modules.slice(0, workshop.unlockedModules).flat())}
          {next ? '' : ' (all)'}
        </p>
        {next && (
          <button type="button" className="button" onClick={() => patch({ unlockedModules: workshop.unlockedModules + 1 }, `Opened ${titles(next)}.`)}>
            Unlock next: {titles(next)}
          </button>
        )}
      </section>
      <section aria-labelledby="joining-title">
        <h2 id="joining-title">Joining</h2>
        <p>{workshop.joinOpen ? 'New learners can join with the code.' : 'Closed: only learners already in can come back.'}</p>
        <button
          type="button"
          className="button"
          onClick={() => patch({ joinOpen: !workshop.joinOpen }, workshop.joinOpen ? 'Joining closed.' : 'Joining open again.')}
        >
          {workshop.joinOpen ? 'Close joining' : 'Open joining'}
        </button>
      </section>
      <p role="status" className="sandbox-notice">
        {status}
      </p>
    </div>
  )
}
