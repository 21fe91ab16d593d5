'use client'

import { createStore } from 'zustand/vanilla'
import type { CheckResult, Lesson } from '@/simulator/index'

/** How a step was completed: by its checks alone, or after the learner showed the solution. */
export type Completion = 'checked' | 'assisted'

export interface LessonProgressState {
  /** Index of the first unfinished step; steps.length when the lesson is finished. */
  current: number
  /** Index of the step shown (a finished one can be reread). */
  viewing: number
  completed: Record<string, Completion>
  /** Check results of the current step, latest evaluation. */
  results: CheckResult[]
  hintsShown: Record<string, number>
  solutionShown: Record<string, boolean>
  /** Predict-then-observe answers: the index of the choice picked. */
  predictions: Record<string, number>
  /** Exercise steps: results at the last submit. */
  submissions: Record<string, CheckResult[]>
  setResults(results: CheckResult[]): void
  complete(stepId: string): void
  showHint(stepId: string): void
  showSolution(stepId: string): void
  predict(stepId: string, choice: number): void
  submit(stepId: string, results: CheckResult[]): void
  /** Shows a step the learner already reached; never one past the first unfinished step. */
  view(index: number): void
}

/**
 * UI state of one lesson page; the page makes one per lesson visit (never module-global).
 * `restored` holds the steps completed in an earlier visit.
 */
export function createLessonProgress(lesson: Pick<Lesson, 'steps'>, restored: Record<string, Completion> = {}) {
  const firstOpen = (completed: Record<string, Completion>) => {
    const index = lesson.steps.findIndex((s) => !completed[s.id])
    return index < 0 ? lesson.steps.length : index
  }
  return createStore<LessonProgressState>()((set, get) => ({
    current: firstOpen(restored),
    viewing: Math.min(firstOpen(restored), lesson.steps.length - 1),
    completed: restored,
    results: [],
    hintsShown: {},
    solutionShown: {},
    predictions: {},
    submissions: {},
    // Checks run after every command and tick; an unchanged checklist does not re-render.
    setResults: (results) => {
      if (!sameResults(get().results, results)) set({ results })
    },
    complete(stepId) {
      const { completed, solutionShown } = get()
      if (completed[stepId]) return
      const next = { ...completed, [stepId]: solutionShown[stepId] ? 'assisted' : 'checked' } as Record<string, Completion>
      set({ completed: next, current: firstOpen(next), viewing: Math.min(firstOpen(next), lesson.steps.length - 1), results: [] })
    },
    showHint: (stepId) => set((s) => ({ hintsShown: { ...s.hintsShown, [stepId]: (s.hintsShown[stepId] ?? 0) + 1 } })),
    showSolution: (stepId) => set((s) => ({ solutionShown: { ...s.solutionShown, [stepId]: true } })),
    predict: (stepId, choice) => set((s) => ({ predictions: { ...s.predictions, [stepId]: choice } })),
    submit: (stepId, results) => set((s) => ({ submissions: { ...s.submissions, [stepId]: results } })),
    view: (index) => set((s) => ({ viewing: Math.max(0, Math.min(index, s.current, lesson.steps.length - 1)) })),
  }))
}

const sameResults = (a: readonly CheckResult[], b: readonly CheckResult[]) =>
  a.length === b.length && a.every((r, i) => r.id === b[i].id && r.pass === b[i].pass && r.detail === b[i].detail && r.title === b[i].title)

export type LessonProgressStore = ReturnType<typeof createLessonProgress>
