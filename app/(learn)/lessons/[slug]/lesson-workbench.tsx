'use client'

import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { Lab } from '@/app/_components/lab/lab'
import { useMounted } from '@/app/_lib/use-mounted'
import { useLab } from '@/app/_components/lab/use-lab'
import { LessonReader, type LessonPageData } from '@/app/_components/lesson-reader/lesson-reader'
import type { TerminalController } from '@/app/_components/terminal/terminal'
import { createLessonProgress, type Completion } from '@/app/_stores/lesson-progress'
import { clearLocalProgress, newAttempt, ProgressSync, readLocalProgress, type LocalProgress, type SaveStatus } from '@/app/_stores/progress-sync'
import type { SavedProgress } from '@/app/_lib/progress'
import type { LearnerWorkshopState } from '@/app/_lib/workshops/learner-view'
import { useWorkshopState } from '@/app/workshops/[workshopId]/use-workshop-state'
import { evaluate, lessonClusterOptions, type CheckResult } from '@/simulator/index'
import { useStore } from 'zustand'
import { WorkshopBar } from './workshop-bar'


/**
 * The lesson page's working part, rendered in the browser only: where to resume depends on this
 * browser's unsent progress as well as on what the server saved.
 */
export interface LessonWorkbenchProps {
  data: LessonPageData
  saved: SavedProgress | null
  workshop?: LearnerWorkshopState
  /** In a workshop: the saved attempt began before the learner joined, so the instructor does not see it. */
  beganBeforeJoining?: boolean
}

export function LessonWorkbench({ data, saved, workshop, beganBeforeJoining = false }: LessonWorkbenchProps) {
  const mounted = useMounted()
  if (!mounted) return <div className="lesson-page lesson-loading" aria-busy="true" />
  return <ResumedLesson data={data} saved={saved} initialWorkshop={workshop} beganBeforeJoining={beganBeforeJoining} />
}

/** The saved progress to resume from: this browser's copy when it is ahead of the server's. */
function startingPoint(lessonId: string, seed: number, saved: SavedProgress | null, resets: readonly string[] = []): LocalProgress {
  const stored = readLocalProgress(lessonId)
  // A run an instructor reset is not resumed.
  const local = stored && !resets.includes(stored.attempt) ? stored : null
  const server: LocalProgress | null = saved && {
    attempt: saved.attempt,
    seed: saved.seed,
    log: saved.log,
    completions: saved.completions.map((c) => ({ ...c, atEntry: 0 })),
    completed: saved.completed,
  }
  if (local && local.seed === seed && (!server || (local.attempt === server.attempt && local.log.length >= server.log.length))) return local
  if (server && server.seed === seed) return server
  return { attempt: newAttempt(), seed, log: [], completions: [], completed: false }
}

function ResumedLesson({ data, saved, initialWorkshop, beganBeforeJoining }: { data: LessonPageData; saved: SavedProgress | null; initialWorkshop?: LearnerWorkshopState; beganBeforeJoining: boolean }) {
  const { lesson } = data
  const workshop = useWorkshopState(initialWorkshop)
  const [privateAttempt, setPrivateAttempt] = useState(beganBeforeJoining)
  const [start, setStart] = useState(() => startingPoint(lesson.id, lesson.cluster.seed, saved, initialWorkshop?.resets))
  const options = useMemo(() => lessonClusterOptions(lesson, true), [lesson])
  const banner = start.log.length
    ? `${lesson.title}: resumed where you left off (your earlier commands were replayed).\n`
    : `${lesson.title}: a simulated kind cluster (Kubernetes v1.31). Type kubectl commands here.\n`
  const lab = useLab(options, banner, start.log)
  const { session } = lab
  const restored = Object.fromEntries(start.completions.map((c) => [c.stepId, c.how])) as Record<string, Completion>
  const [progress, setProgress] = useState(() => createLessonProgress(lesson, restored))
  const [saveStatus, setSaveStatus] = useState<SaveStatus>('saved')
  const sync = useRef<ProgressSync | null>(null)
  const atEntry = useRef(new Map(start.completions.map((c) => [c.stepId, c.atEntry])))

  useEffect(() => {
    const serverCompletions = saved && saved.attempt === start.attempt ? saved.completions.map((c) => c.stepId) : []
    const serverEntries = saved && saved.attempt === start.attempt ? saved.log.length : 0
    sync.current = new ProgressSync(lesson.id, start, serverEntries, serverCompletions, setSaveStatus)
    return () => sync.current?.stop()
  }, [lesson.id, saved, start])

  const terminal = useRef<TerminalController | null>(null)
  const onTerminalReady = useCallback((controller: TerminalController | null) => void (terminal.current = controller), [])
  const evaluated = useRef('')
  const synced = useRef('')

  /** Sends the log and completions when either changed since the last tick. */
  const saveIfChanged = useCallback(() => {
    const { completed } = progress.getState()
    const log = session.cluster.log
    for (const id of Object.keys(completed)) if (!atEntry.current.has(id)) atEntry.current.set(id, log.length)
    const finished = lesson.steps.every((s) => completed[s.id])
    const key = `${session.id}:${log.length}:${log.at(-1)?.at ?? 0}:${Object.keys(completed).length}`
    if (key === synced.current) return
    synced.current = key
    const completions = Object.entries(completed).map(([stepId, how]) => ({ stepId, how, atEntry: atEntry.current.get(stepId) ?? 0 }))
    sync.current?.update({ attempt: start.attempt, seed: start.seed, log: [...log], completions, completed: finished })
  }, [session, progress, lesson, start])

  // Runs after every command and clock tick; skips the work when nothing changed.
  const onTick = useCallback(() => {
    const { current, setResults, complete } = progress.getState()
    const step = lesson.steps[current]
    const key = `${session.id}:${current}:${session.cluster.version()}:${session.cluster.log.length}`
    if (step && !step.exercise && key !== evaluated.current) {
      evaluated.current = key
      const results = step.checks.map((check) => evaluate(check, session.cluster))
      setResults(results)
      if (results.every((r) => r.pass)) complete(step.id)
    }
    saveIfChanged()
  }, [session, lesson, progress, saveIfChanged])

  const run = useCallback((text: string) => terminal.current?.run(text), [])
  /** Exercises are graded by the server from the saved log; offline, they are graded here and said so. */
  const submit = async (stepId: string) => {
    const step = lesson.steps.find((s) => s.id === stepId)
    if (!step) return
    saveIfChanged()
    const atMs = session.cluster.now()
    let results: CheckResult[] | null = null
    if (await sync.current?.whenSaved()) {
      const graded = await gradeOnServer(lesson.id, stepId, start.attempt, atMs, workshop?.id)
      // The server said no (a locked lesson, say): that is the answer, not a reason to grade here.
      if (graded && 'refused' in graded) results = [{ id: 'not-graded', title: 'Not graded', pass: false, detail: graded.refused }]
      else if (graded) results = graded.results
    }
    if (!results) {
      results = step.checks.map((check) => evaluate(check, session.cluster))
      setSaveStatus('offline')
    }
    progress.getState().submit(stepId, results)
    if (results.every((r) => r.pass)) progress.getState().complete(stepId)
  }
  const startOver = useCallback(() => {
    sync.current?.stop()
    clearLocalProgress(lesson.id)
    void fetch(`/api/progress/${encodeURIComponent(lesson.id)}`, { method: 'DELETE' }).catch(() => {})
    atEntry.current = new Map()
    setProgress(createLessonProgress(lesson))
    setStart({ attempt: newAttempt(), seed: lesson.cluster.seed, log: [], completions: [], completed: false })
    setPrivateAttempt(false)
  }, [lesson])
  const confirmReset = () => {
    if (!window.confirm('Start this lesson over? The cluster and your progress in this lesson are reset.')) return false
    startOver()
    return true
  }
  // An instructor's reset reaches this page through the workshop's live updates.
  const [notice, setNotice] = useState('')
  const resetAttempt = workshop?.resets.includes(start.attempt) ? start.attempt : null
  const handledReset = useRef<string | null>(null)
  const { reset: resetLab } = lab
  useEffect(() => {
    if (!resetAttempt || handledReset.current === resetAttempt) return
    handledReset.current = resetAttempt
    startOver()
    resetLab()
    setNotice('Your instructor reset this lesson: it starts over on a fresh cluster.')
  }, [resetAttempt, startOver, resetLab])
  const currentStep = useStore(progress, (s) => lesson.steps[s.current]?.id)

  return (
    <div className="lesson-page">
      <aside className="lesson-column" aria-label="Lesson">
        {workshop && <WorkshopBar workshop={workshop} lessonId={lesson.id} stepId={currentStep} beganBeforeJoining={privateAttempt} />}
        {notice && (
          <p className="broadcast" role="alert">
            {notice}
          </p>
        )}
        <LessonReader data={data} progress={progress} onRun={run} onSubmit={submit} />
        <p className={`save-status save-${saveStatus}`} role="status">
          {{ saved: 'Progress saved.', saving: 'Saving…', offline: 'Offline: your progress is kept in this browser and sent when you are back online.', conflict: 'This lesson was restarted in another tab; reload to continue there.', reset: 'Your instructor reset this lesson; reload the page to start it over.', refused: 'Not saved: the server refused this lesson’s log (a log holds at most 500,000 characters). Reset the lesson to go on saving.' }[saveStatus]}
        </p>
      </aside>
      <Lab lab={lab} initialFile={Object.keys(lesson.cluster.files)[0]} onTick={onTick} onTerminalReady={onTerminalReady} confirmReset={confirmReset} />
    </div>
  )
}

/** The server's grade of an exercise (check results), or null when it could not be reached. */
/** The server's grade, its refusal, or null when it could not be reached (offline, or failing). */
async function gradeOnServer(lessonId: string, stepId: string, attempt: string, atMs: number, workshopId?: string): Promise<{ results: CheckResult[] } | { refused: string } | null> {
  try {
    const response = await fetch(`/api/progress/${encodeURIComponent(lessonId)}/submit`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ stepId, attempt, atMs, ...(workshopId ? { workshopId } : {}) }),
    })
    if (response.ok) return { results: ((await response.json()) as { results: CheckResult[] }).results }
    if (response.status >= 500) return null
    const body = (await response.json().catch(() => ({}))) as { error?: string }
    return { refused: body.error ?? `the server refused the submission (${response.status})` }
  } catch {
    return null
  }
}
