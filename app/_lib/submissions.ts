import 'server-only'
import { gradeStep, type Grade, type Lesson } from '@/simulator/index'
import type { PrismaClient } from './db'
import { loadProgress } from './progress'

export type SubmitResult = { ok: true; grade: Grade } | { ok: false; status: 400 | 404 | 409; error: string }

/**
 * Grades exercise `stepId` from the learner's saved command log (never from anything the browser
 * says about it), records the submission with each check's result, and returns the grade.
 */
export async function submitExercise(db: PrismaClient, learnerId: string, lesson: Lesson, stepId: string, attempt: string, submittedAtMs: number): Promise<SubmitResult> {
  const step = lesson.steps.find((s) => s.id === stepId)
  if (!step) return { ok: false, status: 404, error: `lesson ${lesson.id} has no step ${stepId}` }
  if (!step.exercise) return { ok: false, status: 400, error: `step ${stepId} is not a graded exercise` }
  const saved = await loadProgress(db, learnerId, lesson.id)
  if (!saved || saved.attempt !== attempt) return { ok: false, status: 409, error: 'your commands have not all reached the server yet; submit again in a moment' }
  const outcome = gradeStep(lesson, stepId, saved.log, submittedAtMs)
  if (!outcome.ok) return { ok: false, status: 400, error: outcome.error }
  const { grade } = outcome
  await db.submission.create({
    data: {
      learnerId,
      lessonId: lesson.id,
      stepId,
      score: grade.score,
      max: grade.max,
      results: JSON.stringify(grade.results.map(({ id, title, pass, detail }) => ({ id, title, pass, detail }))),
      entries: saved.log.length,
      atMs: grade.gradedAtMs,
    },
  })
  return { ok: true, grade }
}
