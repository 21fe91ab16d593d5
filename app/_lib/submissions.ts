import 'server-only'
import { gradeStep, type Grade, type Lesson, type LoggedCommand } from '@/simulator/index'
import type { PrismaClient } from './db'
import { loadProgress } from './progress'
import { DEADLINE_GRACE_MS } from './workshops/exercise-clock'

export type SubmitResult = { ok: true; grade: Grade; cutOff: boolean } | { ok: false; status: 400 | 403 | 404 | 409; error: string }

export interface SubmitContext {
  /** The workshop the exercise is graded in. */
  workshopId?: string
  /** Entries that reached the server after this moment (a time limit's end) are not graded. */
  deadline?: Date
}


/**
 * Grades exercise `stepId` from the learner's saved command log (never from anything the browser
 * says about it), records the submission with each check's result, and returns the grade. With a
 * deadline, only the entries saved before it count and the cluster is judged as it was then.
 */
export async function submitExercise(db: PrismaClient, learnerId: string, lesson: Lesson, stepId: string, attempt: string, submittedAtMs: number, context: SubmitContext = {}): Promise<SubmitResult> {
  const step = lesson.steps.find((s) => s.id === stepId)
  if (!step) return { ok: false, status: 404, error: `lesson ${lesson.id} has no step ${stepId}` }
  if (!step.exercise) return { ok: false, status: 400, error: `step ${stepId} is not a graded exercise` }
  const saved = await loadProgress(db, learnerId, lesson.id)
  if (!saved || saved.attempt !== attempt) return { ok: false, status: 409, error: 'your commands have not all reached the server yet; submit again in a moment' }
  let log: LoggedCommand[] = saved.log
  let atMs: number | undefined = submittedAtMs
  let cutOff = false
  if (context.deadline) {
    const kept = await entriesSavedBy(db, learnerId, lesson.id, new Date(context.deadline.getTime() + DEADLINE_GRACE_MS))
    if (kept < log.length) {
      log = log.slice(0, kept)
      // The clock stops with the last command that counted.
      atMs = undefined
      cutOff = true
    }
  }
  const outcome = gradeStep(lesson, stepId, log, atMs)
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
      entries: log.length,
      atMs: grade.gradedAtMs,
      workshopId: context.workshopId ?? null,
    },
  })
  return { ok: true, grade, cutOff }
}

/** How many of the log's entries (from the start) had reached the server by `moment`. */
async function entriesSavedBy(db: PrismaClient, learnerId: string, lessonId: string, moment: Date): Promise<number> {
  const late = await db.commandEntry.findFirst({
    where: { progress: { learnerId, lessonId }, createdAt: { gt: moment } },
    orderBy: { seq: 'asc' },
    select: { seq: true },
  })
  if (late) return late.seq
  return db.commandEntry.count({ where: { progress: { learnerId, lessonId } } })
}
