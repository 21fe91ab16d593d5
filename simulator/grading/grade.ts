// Grading by replay: a learner's command log is replayed in a fresh copy of the lesson's cluster
// and the step's checks are evaluated on the result. Nothing the browser claims counts, only
// what its commands did; a log outside LOG_LIMITS is refused before anything runs.

import { parseCommandLog } from '../command-log'
import type { CheckResult } from '../checks/evaluate'
import { evaluate, lessonClusterOptions, replay, type LoggedCommand } from '../index'
import type { Lesson } from '../lessons/lesson'

export interface Grade {
  stepId: string
  /** Checks passed. */
  score: number
  /** Checks in the step. */
  max: number
  results: CheckResult[]
  /** Virtual ms of the cluster when it was graded. */
  gradedAtMs: number
}

export type GradeOutcome = { ok: true; grade: Grade } | { ok: false; error: string }

/**
 * Replays `log` (unknown data: it is checked first) in `lesson`'s starting cluster, moves time on
 * to `submittedAtMs` when given (the moment the learner pressed Submit), and evaluates the
 * checks of step `stepId`.
 */
export function gradeStep(lesson: Lesson, stepId: string, log: unknown, submittedAtMs?: number): GradeOutcome {
  const step = lesson.steps.find((s) => s.id === stepId)
  if (!step) return { ok: false, error: `lesson ${lesson.id} has no step ${stepId}` }
  const parsed = parseCommandLog(log)
  if (!parsed.ok) return { ok: false, error: parsed.error }
  const entries: readonly LoggedCommand[] = parsed.log
  const lastAt = entries.at(-1)?.at ?? 0
  if (submittedAtMs !== undefined && (submittedAtMs < lastAt || submittedAtMs - lastAt > 24 * 60 * 60 * 1000)) {
    return { ok: false, error: 'the submission time must be after the last command and within a day of it' }
  }
  const cluster = replay(entries, lessonClusterOptions(lesson))
  try {
    if (submittedAtMs !== undefined && submittedAtMs > cluster.now()) cluster.advance(submittedAtMs - cluster.now())
    const results = step.checks.map((check) => evaluate(check, cluster))
    return { ok: true, grade: { stepId, score: results.filter((r) => r.pass).length, max: results.length, results, gradedAtMs: cluster.now() } }
  } finally {
    cluster.stop()
  }
}
