'use client'

import { useCallback, useMemo, useRef, useState } from 'react'
import { Lab } from '@/app/_components/lab/lab'
import { useLab } from '@/app/_components/lab/use-lab'
import { LessonReader, type LessonPageData } from '@/app/_components/lesson-reader/lesson-reader'
import type { TerminalController } from '@/app/_components/terminal/terminal'
import { createLessonProgress } from '@/app/_stores/lesson-progress'
import { evaluate, lessonClusterOptions } from '@/simulator/index'

/** The lesson page: the reader beside the lab; the current step's checks run on every tick. */
export function LessonWorkbench({ data }: { data: LessonPageData }) {
  const { lesson } = data
  const options = useMemo(() => lessonClusterOptions(lesson, true), [lesson])
  const lab = useLab(options, `${lesson.title}: a simulated kind cluster (Kubernetes v1.31). Type kubectl commands here.\n`)
  const { session } = lab
  const [progress, setProgress] = useState(() => createLessonProgress(lesson))
  const terminal = useRef<TerminalController | null>(null)
  const onTerminalReady = useCallback((controller: TerminalController | null) => void (terminal.current = controller), [])
  const evaluated = useRef('')

  // Runs after every command and clock tick; skips the work when nothing changed.
  const evaluateStep = useCallback(() => {
    const { current, setResults, complete } = progress.getState()
    const step = lesson.steps[current]
    if (!step || step.exercise) return
    const key = `${session.id}:${current}:${session.cluster.version()}:${session.cluster.log.length}`
    if (key === evaluated.current) return
    evaluated.current = key
    const results = step.checks.map((check) => evaluate(check, session.cluster))
    setResults(results)
    if (results.every((r) => r.pass)) complete(step.id)
  }, [session, lesson, progress])

  const run = useCallback((text: string) => terminal.current?.run(text), [])
  const submit = (stepId: string) => {
    const step = lesson.steps.find((s) => s.id === stepId)
    if (!step) return
    const results = step.checks.map((check) => evaluate(check, session.cluster))
    progress.getState().submit(stepId, results)
    if (results.every((r) => r.pass)) progress.getState().complete(stepId)
  }
  const confirmReset = () => {
    if (!window.confirm('Start this lesson over? The cluster and your progress on this page are reset.')) return false
    setProgress(createLessonProgress(lesson))
    return true
  }

  return (
    <div className="lesson-page">
      <aside className="lesson-column" aria-label="Lesson">
        <LessonReader data={data} progress={progress} onRun={run} onSubmit={submit} />
      </aside>
      <Lab lab={lab} initialFile={Object.keys(lesson.cluster.files)[0]} onTick={evaluateStep} onTerminalReady={onTerminalReady} confirmReset={confirmReset} />
    </div>
  )
}
