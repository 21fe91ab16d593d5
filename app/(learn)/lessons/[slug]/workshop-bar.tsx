'use client'

import Link from 'next/link'
import { useEffect, useState } from 'react'
import type { LearnerWorkshopState } from '@/app/_lib/workshops/learner-view'
import { sendJson } from '@/app/_lib/send-json'
import { BroadcastMessage } from '@/app/workshops/[workshopId]/workshop-home'

/** Above a lesson taken in a workshop: where it belongs, the instructor's message, an exercise's clock. */
export function WorkshopBar({ workshop, lessonId, stepId, beganBeforeJoining = false }: { workshop: LearnerWorkshopState; lessonId: string; stepId: string | undefined; beganBeforeJoining?: boolean }) {
  const graded = stepId !== undefined && workshop.exercises.includes(`${lessonId}/${stepId}`)
  return (
    <div className="workshop-bar">
      <p className="muted">
        Workshop: <Link href={`/workshops/${workshop.id}`}>{workshop.title}</Link> · you are {workshop.displayName}
      </p>
      {beganBeforeJoining && (
        <p className="broadcast" role="note">
          You began this lesson before joining the workshop, so your instructor does not see it. Reset the lesson to start it over
          where they can follow.
        </p>
      )}
      <BroadcastMessage state={workshop} />
      {graded && <ExerciseClock workshopId={workshop.id} lessonId={lessonId} stepId={stepId} limited={workshop.timeLimitMin !== null} />}
    </div>
  )
}

/**
 * Starts a graded exercise's clock on the server the first time it is shown and counts down to
 * its deadline. The server decides what counts: commands that reach it after the deadline are
 * not graded.
 */
function ExerciseClock({ workshopId, lessonId, stepId, limited }: { workshopId: string; lessonId: string; stepId: string; limited: boolean }) {
  const [deadline, setDeadline] = useState<{ at: number; skew: number } | null>(null)
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    let cancelled = false
    void sendJson<{ deadline: string | null; now: string }>(`/api/workshops/${workshopId}/exercises`, { lessonId, stepId }).then((sent) => {
      if (cancelled || !sent.ok || !sent.data.deadline) return
      setDeadline({ at: Date.parse(sent.data.deadline), skew: Date.parse(sent.data.now) - Date.now() })
    })
    return () => void (cancelled = true)
  }, [workshopId, lessonId, stepId])
  useEffect(() => {
    if (!deadline) return
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [deadline])
  if (!limited) return <p className="exercise-clock">Graded exercise: your instructor sees your score when you submit.</p>
  if (!deadline) return null
  const left = Math.max(0, Math.round((deadline.at - (now + deadline.skew)) / 1000))
  const text = left > 0 ? `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')} left` : 'Time is up: commands you run now are not graded. Submit to record your score.'
  return (
    <p className={`exercise-clock${left <= 60 ? ' urgent' : ''}`} role="timer" aria-live={left <= 60 && left % 15 === 0 ? 'polite' : 'off'}>
      Graded exercise · {text}
    </p>
  )
}
