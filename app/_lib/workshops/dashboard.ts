import 'server-only'
import type { PrismaClient } from '../db'
import { sharedWithWorkshop, type WorkshopView } from './workshops'

/** When a learner counts as stuck on a step. */
export const STUCK = { minutes: 10, commands: 25, failedSubmissions: 2 }

export interface LearnerLessonState {
  /** Step id → how it was done. */
  steps: Record<string, 'checked' | 'assisted'>
  completed: boolean
  commands: number
  /** The first step not done yet; null when all are. */
  currentStep: string | null
  /** When the learner reached the current step (ISO). */
  onStepSince: string
  commandsOnStep: number
  updatedAt: string
}

export interface DashboardSubmission {
  score: number
  max: number
  submittedAt: string
  /** Submissions of this exercise so far. */
  tries: number
}

export interface DashboardLearner {
  id: string
  displayName: string
  joinedAt: string
  lessons: Record<string, LearnerLessonState>
  /** `<lessonId>/<stepId>` → the latest submission. */
  submissions: Record<string, DashboardSubmission>
  /** The lesson worked on last. */
  activeLesson: string | null
  /** Why the learner looks stuck, or null. */
  stuck: string | null
}

export interface DashboardSnapshot {
  workshop: {
    id: string
    title: string
    joinCode: string
    modules: string[][]
    unlockedModules: number
    timeLimitMin: number | null
    joinOpen: boolean
    message: string | null
    messageAt: string | null
    exercises: string[]
    lessons: { id: string; slug: string; title: string; steps: { id: string; title: string; exercise: boolean }[] }[]
  }
  learners: DashboardLearner[]
  generatedAt: string
}

/** Everything the live dashboard shows, in one read of the database. */
export async function dashboardSnapshot(db: PrismaClient, workshop: WorkshopView, now = new Date()): Promise<DashboardSnapshot> {
  const lessonIds = workshop.lessons.map((l) => l.id)
  const members = await db.workshopMember.findMany({ where: { workshopId: workshop.id }, orderBy: { joinedAt: 'asc' } })
  const learnerIds = members.map((m) => m.learnerId)
  const [progress, submissions] = await Promise.all([
    db.lessonProgress.findMany({
      where: { learnerId: { in: learnerIds }, lessonId: { in: lessonIds } },
      select: { learnerId: true, lessonId: true, status: true, startedAt: true, updatedAt: true, entryCount: true, steps: { select: { stepId: true, how: true, atEntry: true, completedAt: true } } },
    }),
    db.submission.findMany({ where: { workshopId: workshop.id }, orderBy: { submittedAt: 'asc' }, select: { learnerId: true, lessonId: true, stepId: true, score: true, max: true, submittedAt: true } }),
  ])
  const learners = members.map((member): DashboardLearner => {
    const lessons: Record<string, LearnerLessonState> = {}
    let active: { lessonId: string; at: number } | null = null
    for (const row of progress.filter((p) => p.learnerId === member.learnerId)) {
      const outline = workshop.lessons.find((l) => l.id === row.lessonId)
      if (!outline || !sharedWithWorkshop(row.startedAt, member.joinedAt)) continue
      const done = new Map(row.steps.map((s) => [s.stepId, s]))
      const current = outline.steps.find((s) => !done.has(s.id))?.id ?? null
      const last = [...row.steps].sort((a, b) => b.completedAt.getTime() - a.completedAt.getTime())[0]
      lessons[row.lessonId] = {
        steps: Object.fromEntries(row.steps.map((s) => [s.stepId, s.how as 'checked' | 'assisted'])),
        completed: row.status === 'completed',
        commands: row.entryCount,
        currentStep: current,
        onStepSince: (last?.completedAt ?? row.startedAt).toISOString(),
        commandsOnStep: row.entryCount - (last?.atEntry ?? 0),
        updatedAt: row.updatedAt.toISOString(),
      }
      if (!active || row.updatedAt.getTime() > active.at) active = { lessonId: row.lessonId, at: row.updatedAt.getTime() }
    }
    const mine: Record<string, DashboardSubmission> = {}
    for (const s of submissions.filter((s) => s.learnerId === member.learnerId)) {
      const key = `${s.lessonId}/${s.stepId}`
      mine[key] = { score: s.score, max: s.max, submittedAt: s.submittedAt.toISOString(), tries: (mine[key]?.tries ?? 0) + 1 }
    }
    return {
      id: member.learnerId,
      displayName: member.displayName,
      joinedAt: member.joinedAt.toISOString(),
      lessons,
      submissions: mine,
      activeLesson: active?.lessonId ?? null,
      stuck: active ? stuckReason(lessons[active.lessonId], active.lessonId, mine, now) : null,
    }
  })
  return {
    workshop: {
      id: workshop.id,
      title: workshop.title,
      joinCode: workshop.joinCode,
      modules: workshop.modules,
      unlockedModules: workshop.unlockedModules,
      timeLimitMin: workshop.timeLimitMin,
      joinOpen: workshop.joinOpen,
      message: workshop.message,
      messageAt: workshop.messageAt?.toISOString() ?? null,
      exercises: workshop.exercises,
      lessons: workshop.lessons.map((l) => ({ id: l.id, slug: l.slug, title: l.title, steps: l.steps.map(({ id, title, exercise }) => ({ id, title, exercise })) })),
    },
    learners,
    generatedAt: now.toISOString(),
  }
}

function stuckReason(state: LearnerLessonState, lessonId: string, submissions: Record<string, DashboardSubmission>, now: Date): string | null {
  if (!state.currentStep || state.completed) return null
  const failed = submissions[`${lessonId}/${state.currentStep}`]
  if (failed && failed.score < failed.max && failed.tries >= STUCK.failedSubmissions) return `${failed.tries} submissions, the last ${failed.score}/${failed.max}`
  const minutes = Math.floor((now.getTime() - Date.parse(state.onStepSince)) / 60_000)
  if (minutes >= STUCK.minutes) return `${minutes} min on this step`
  if (state.commandsOnStep >= STUCK.commands) return `${state.commandsOnStep} commands on this step`
  return null
}
