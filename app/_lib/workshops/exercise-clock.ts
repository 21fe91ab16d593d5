import 'server-only'
import type { PrismaClient } from '../db'
import type { WorkshopView } from './workshops'

export interface ExerciseClock {
  startedAt: Date
  /** When the time limit ends; null without a limit. */
  deadline: Date | null
}

/** Network slack after a deadline: an entry typed just before it may arrive a moment later. */
export const DEADLINE_GRACE_MS = 5_000

/**
 * The clock of a graded exercise for one learner: it runs from the first time they opened the
 * exercise (this call records that) or from the first command of their attempt at the lesson,
 * whichever came first, so work done before opening the exercise is timed too.
 */
export async function startExerciseClock(db: PrismaClient, workshop: WorkshopView, learnerId: string, lessonId: string, stepId: string): Promise<ExerciseClock> {
  const key = { workshopId: workshop.id, learnerId, lessonId, stepId }
  const row = await db.exerciseStart.upsert({ where: { workshopId_learnerId_lessonId_stepId: key }, create: key, update: {} })
  return clockOf(workshop, await timedFrom(db, learnerId, lessonId, row.startedAt))
}

/** The clock when it was started; null when the learner has not opened the exercise yet. */
export async function exerciseClock(db: PrismaClient, workshop: WorkshopView, learnerId: string, lessonId: string, stepId: string): Promise<ExerciseClock | null> {
  const row = await db.exerciseStart.findUnique({ where: { workshopId_learnerId_lessonId_stepId: { workshopId: workshop.id, learnerId, lessonId, stepId } } })
  return row ? clockOf(workshop, await timedFrom(db, learnerId, lessonId, row.startedAt)) : null
}

/**
 * Whether a time limit on a graded exercise of this lesson is over for the learner: the commands
 * graded then must stay as they were, so the log may no longer be shortened (undo).
 */
export async function timeIsUp(db: PrismaClient, learnerId: string, lessonId: string, now = new Date()): Promise<boolean> {
  const starts = await db.exerciseStart.findMany({ where: { learnerId, lessonId }, select: { startedAt: true, workshopId: true } })
  if (starts.length === 0) return false
  const limits = await db.workshop.findMany({ where: { id: { in: starts.map((s) => s.workshopId) }, timeLimitMin: { not: null } }, select: { id: true, timeLimitMin: true } })
  if (limits.length === 0) return false
  const first = await firstCommandAt(db, learnerId, lessonId)
  return starts.some((s) => {
    const limit = limits.find((w) => w.id === s.workshopId)?.timeLimitMin
    if (limit === undefined || limit === null) return false
    const from = first && first < s.startedAt ? first : s.startedAt
    return from.getTime() + limit * 60_000 + DEADLINE_GRACE_MS < now.getTime()
  })
}

async function timedFrom(db: PrismaClient, learnerId: string, lessonId: string, opened: Date): Promise<Date> {
  const first = await firstCommandAt(db, learnerId, lessonId)
  return first && first < opened ? first : opened
}

/** When the first command of the learner's current attempt at the lesson reached the server. */
async function firstCommandAt(db: PrismaClient, learnerId: string, lessonId: string): Promise<Date | null> {
  const entry = await db.commandEntry.findFirst({ where: { progress: { learnerId, lessonId } }, orderBy: { seq: 'asc' }, select: { createdAt: true } })
  return entry?.createdAt ?? null
}

function clockOf(workshop: WorkshopView, startedAt: Date): ExerciseClock {
  return { startedAt, deadline: workshop.timeLimitMin === null ? null : new Date(startedAt.getTime() + workshop.timeLimitMin * 60_000) }
}
