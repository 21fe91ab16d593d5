import 'server-only'
import type { PrismaClient } from '../db'
import type { WorkshopView } from './workshops'

export interface ExerciseClock {
  startedAt: Date
  /** When the time limit ends; null without a limit. */
  deadline: Date | null
}

/**
 * The clock of a graded exercise for one learner: started the first time they opened it (this
 * call starts it), with the workshop's time limit from then on.
 */
export async function startExerciseClock(db: PrismaClient, workshop: WorkshopView, learnerId: string, lessonId: string, stepId: string): Promise<ExerciseClock> {
  const key = { workshopId: workshop.id, learnerId, lessonId, stepId }
  const row = await db.exerciseStart.upsert({ where: { workshopId_learnerId_lessonId_stepId: key }, create: key, update: {} })
  return clockOf(workshop, row.startedAt)
}

/** The clock when it was started; null when the learner has not opened the exercise yet. */
export async function exerciseClock(db: PrismaClient, workshop: WorkshopView, learnerId: string, lessonId: string, stepId: string): Promise<ExerciseClock | null> {
  const row = await db.exerciseStart.findUnique({ where: { workshopId_learnerId_lessonId_stepId: { workshopId: workshop.id, learnerId, lessonId, stepId } } })
  return row ? clockOf(workshop, row.startedAt) : null
}

function clockOf(workshop: WorkshopView, startedAt: Date): ExerciseClock {
  return { startedAt, deadline: workshop.timeLimitMin === null ? null : new Date(startedAt.getTime() + workshop.timeLimitMin * 60_000) }
}
