'use client'

import { useRouter } from 'next/navigation'
import { useEffect, useState } from 'react'
import { ClusterView } from '@/app/_components/cluster-view/cluster-view'
import { useMounted } from '@/app/_lib/use-mounted'
import { sendJson } from '@/app/_lib/send-json'
import { lessonClusterOptions, replay, type Cluster, type Lesson, type LoggedCommand } from '@/simulator/index'

interface Props {
  workshopId: string
  learnerId: string
  lesson: Lesson
  log: LoggedCommand[]
  completions: { stepId: string; how: 'checked' | 'assisted' }[]
  submissions: { stepId: string; score: number; max: number; at: string; results: { id: string; title: string; pass: boolean; detail: string }[] }[]
}

/** Replays the learner's log in this browser: the same cluster and terminal output they had. */
export function LearnerReplay(props: Props) {
  const mounted = useMounted()
  if (!mounted) return <div className="lab-loading" aria-busy="true" />
  return <Replayed {...props} />
}

function Replayed({ workshopId, learnerId, lesson, log, completions, submissions }: Props) {
  const router = useRouter()
  const [{ cluster, transcript }] = useState(() => {
    let text = ''
    const replayed = replay(log, lessonClusterOptions(lesson, true), (chunk) => (text += chunk))
    return { cluster: replayed as Cluster, transcript: text }
  })
  useEffect(() => () => cluster.stop(), [cluster])
  const [status, setStatus] = useState('')
  const done = new Map(completions.map((c) => [c.stepId, c.how]))

  const reset = async () => {
    if (!window.confirm(`Reset this lesson for the learner? Their commands in it are deleted and their browser starts it over.`)) return
    const sent = await sendJson(`/api/workshops/${workshopId}/learners/${learnerId}/${lesson.id}`, undefined, 'DELETE')
    setStatus(sent.ok ? 'Reset. The learner starts the lesson over.' : `Not reset: ${sent.error}`)
    if (sent.ok) router.refresh()
  }

  return (
    <div className="replay-layout">
      <div>
        <h2>Steps</h2>
        <ol className="replay-steps">
          {lesson.steps.map((step) => {
            const how = done.get(step.id)
            const mine = submissions.filter((s) => s.stepId === step.id)
            const last = mine.at(-1)
            return (
              <li key={step.id}>
                {step.title}: {how === 'checked' ? 'done' : how === 'assisted' ? 'done after showing the solution' : 'not done'}
                {last && (
                  <details>
                    <summary>
                      Graded {last.score}/{last.max} ({mine.length} submission{mine.length === 1 ? '' : 's'}, last {new Date(last.at).toLocaleTimeString()})
                    </summary>
                    <ul>
                      {last.results.map((r) => (
                        <li key={r.id}>
                          {r.pass ? '✓' : '✗'} {r.title}
                          {!r.pass && r.detail && <span className="check-detail">{r.detail}</span>}
                        </li>
                      ))}
                    </ul>
                  </details>
                )}
              </li>
            )
          })}
        </ol>
        <p>
          {log.length} command-log entries · cluster time {Math.round(cluster.now() / 1000)} s
        </p>
        <button type="button" className="button danger" onClick={reset} disabled={log.length === 0}>
          Reset this lesson for the learner
        </button>
        <p role="status" className="sandbox-notice">
          {status}
        </p>
      </div>
      <div>
        <h2>Terminal (read-only)</h2>
        <pre className="watch-screen replay-transcript" tabIndex={0} aria-label="The learner's terminal">
          {transcript || 'No commands yet.'}
        </pre>
        <h2>Cluster now</h2>
        <ClusterView cluster={cluster} />
      </div>
    </div>
  )
}
