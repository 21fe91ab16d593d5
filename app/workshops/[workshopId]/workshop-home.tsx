'use client'

import Link from 'next/link'
import type { LearnerWorkshopState } from '@/app/_lib/workshops/learner-view'
import { useWorkshopState } from './use-workshop-state'

export function WorkshopHome({ initial }: { initial: LearnerWorkshopState }) {
  const state = useWorkshopState(initial)
  return (
    <section>
      <h1>{state.title}</h1>
      <p className="muted">You are in this workshop as {state.displayName}. Your instructor sees your progress as you work.</p>
      <BroadcastMessage state={state} />
      <ol className="catalogue workshop-lessons">
        {state.lessons.map((lesson) => (
          <li key={lesson.id} className={`lesson-card${lesson.unlocked ? '' : ' locked'}`}>
            <h2>{lesson.unlocked ? <Link href={`/lessons/${lesson.slug}?workshop=${state.id}`}>{lesson.title}</Link> : lesson.title}</h2>
            <p className="muted">
              {lesson.unlocked ? (lesson.completed ? 'Completed' : `${lesson.stepsDone} of ${lesson.steps} steps`) : 'Locked: your instructor opens it when the group gets there'}
              {state.exercises.some((e) => e.startsWith(`${lesson.id}/`)) && ' · has a graded exercise'}
            </p>
          </li>
        ))}
      </ol>
      {state.timeLimitMin !== null && <p className="muted">Graded exercises have a time limit of {state.timeLimitMin} minutes from when you open them.</p>}
    </section>
  )
}

/** The instructor's latest broadcast, announced to screen readers when it changes. */
export function BroadcastMessage({ state }: { state: Pick<LearnerWorkshopState, 'message' | 'messageAt'> }) {
  return (
    <div role="status" aria-live="polite">
      {state.message && (
        <p className="broadcast">
          <strong>From your instructor:</strong> {state.message}
          {state.messageAt && <span className="muted"> ({new Date(state.messageAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })})</span>}
        </p>
      )}
    </div>
  )
}
