import { z } from 'zod'
import { apiError, apiJson, readJsonBody } from '@/app/_lib/api'
import { memberAccess } from '@/app/_lib/workshops/access'
import { startExerciseClock } from '@/app/_lib/workshops/exercise-clock'
import { unlockedLessons } from '@/app/_lib/workshops/workshops'

export const dynamic = 'force-dynamic'
export const runtime = 'nodejs'

const startSchema = z.object({ lessonId: z.string().max(100), stepId: z.string().max(100) }).strict()

/** POST: the learner opened a graded exercise; starts its clock (once) and answers with the deadline. */
export async function POST(request: Request, { params }: { params: Promise<{ workshopId: string }> }): Promise<Response> {
  const read = await readJsonBody(request)
  if ('error' in read) return read.error
  const access = await memberAccess(request, (await params).workshopId)
  if ('error' in access) return access.error
  const parsed = startSchema.safeParse(read.body)
  if (!parsed.success) return apiError(400, parsed.error.issues[0].message)
  const { lessonId, stepId } = parsed.data
  if (!access.workshop.exercises.includes(`${lessonId}/${stepId}`)) return apiError(404, 'this exercise is not graded in the workshop')
  if (!unlockedLessons(access.workshop).has(lessonId)) return apiError(403, 'your instructor has not opened this lesson yet')
  const clock = await startExerciseClock(access.db, access.workshop, access.learnerId, lessonId, stepId)
  return apiJson({ startedAt: clock.startedAt.toISOString(), deadline: clock.deadline?.toISOString() ?? null, now: new Date().toISOString() })
}
