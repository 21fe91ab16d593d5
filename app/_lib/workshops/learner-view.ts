import 'server-only'
import type { PrismaClient } from '../db'
import { unlockedLessons, type WorkshopView } from './workshops'

/** What a learner's pages know of their workshop, live. */
export interface LearnerWorkshopState {
  id: string
  title: string
  displayName: string
  message: string | null
  messageAt: string | null
  lessons: { id: string; slug: string; title: string; unlocked: boolean; steps: number; stepsDone: number; completed: boolean }[]
  /** Graded exercises as `<lessonId>/<stepId>`. */
  exercises: string[]
  timeLimitMin: number | null
  /** Attempts the instructor reset (the lesson page starts over when it holds one). */
  resets: string[]
}

export async function learnerWorkshopState(db: PrismaClient, workshop: WorkshopView, learnerId: string, displayName: string): Promise<LearnerWorkshopState> {
  const ids = workshop.lessons.map((l) => l.id)
  const [progress, resets] = await Promise.all([
    db.lessonProgress.findMany({ where: { learnerId, lessonId: { in: ids } }, select: { lessonId: true, stepCount: true, status: true } }),
    db.resetAttempt.findMany({ where: { learnerId, lessonId: { in: ids } }, select: { attempt: true } }),
  ])
  const open = unlockedLessons(workshop)
  return {
    id: workshop.id,
    title: workshop.title,
    displayName,
    message: workshop.message,
    messageAt: workshop.messageAt?.toISOString() ?? null,
    lessons: workshop.lessons.map((l) => {
      const mine = progress.find((p) => p.lessonId === l.id)
      return { id: l.id, slug: l.slug, title: l.title, unlocked: open.has(l.id), steps: l.steps.length, stepsDone: mine?.stepCount ?? 0, completed: mine?.status === 'completed' }
    }),
    exercises: workshop.exercises,
    timeLimitMin: workshop.timeLimitMin,
    resets: resets.map((r) => r.attempt),
  }
}
