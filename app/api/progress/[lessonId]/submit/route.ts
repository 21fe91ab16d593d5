import { z } from 'zod'
import { apiError, apiJson, readJsonBody } from '@/app/_lib/api'
import { learnerFromRequest } from '@/app/_lib/current-learner'
import { getDb, type PrismaClient } from '@/app/_lib/db'
import { lessonById } from '@/app/_lib/lessons'
import { submitExercise, type SubmitContext } from '@/app/_lib/submissions'
import { workshopChanged } from '@/app/_lib/workshops/changes'
import { startExerciseClock } from '@/app/_lib/workshops/exercise-clock'
import { learnerWorkshop, unlockedLessons } from '@/app/_lib/workshops/workshops'

export const dynamic = 'force-dynamic'
export const runtime = 'nodejs'

const submitSchema = z
  .object({
    stepId: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    attempt: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
    /** Virtual ms of the learner's cluster when they pressed Submit. */
    atMs: z.number().int().nonnegative(),
    /** The workshop the exercise is submitted in, if any. */
    workshopId: z.string().regex(/^[a-z0-9]{10,40}$/).optional(),
  })
  .strict()

/** POST: grades a graded exercise by replaying the saved command log; see submitExercise. */
export async function POST(request: Request, { params }: { params: Promise<{ lessonId: string }> }): Promise<Response> {
  const lesson = await lessonById((await params).lessonId)
  if (!lesson) return apiError(404, 'no such lesson')
  const read = await readJsonBody(request)
  if ('error' in read) return read.error
  const parsed = submitSchema.safeParse(read.body)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return apiError(400, `${issue.path.join('.') || 'body'}: ${issue.message}`)
  }
  const db = getDb()
  const learner = await learnerFromRequest(db, request)
  if (!learner) return apiError(401, 'nothing is saved for you yet: run your commands first')
  const context = parsed.data.workshopId ? await workshopContext(db, learner, parsed.data.workshopId, lesson.id, parsed.data.stepId) : {}
  if ('error' in context) return apiError(context.status, context.error)
  const result = await submitExercise(db, learner, lesson, parsed.data.stepId, parsed.data.attempt, parsed.data.atMs, context)
  if (!result.ok) return apiError(result.status, result.error)
  if (context.workshopId) workshopChanged(context.workshopId)
  const { stepId, score, max, results, gradedAtMs } = result.grade
  return apiJson({ stepId, score, max, results: results.map(({ id, title, pass, detail }) => ({ id, title, pass, detail })), gradedAtMs, cutOff: result.cutOff })
}

/** A submission in a workshop: only by a member, in an open lesson, graded up to the time limit. */
async function workshopContext(db: PrismaClient, learnerId: string, workshopId: string, lessonId: string, stepId: string): Promise<SubmitContext | { status: 403; error: string }> {
  const member = await learnerWorkshop(db, learnerId, workshopId)
  if (!member) return { status: 403, error: 'join this workshop with its code first' }
  if (!unlockedLessons(member.workshop).has(lessonId)) return { status: 403, error: 'your instructor has not opened this lesson yet' }
  if (!member.workshop.exercises.includes(`${lessonId}/${stepId}`)) return {}
  const clock = await startExerciseClock(db, member.workshop, learnerId, lessonId, stepId)
  return { workshopId, deadline: clock.deadline ?? undefined }
}
