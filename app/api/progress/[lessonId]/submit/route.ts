import { z } from 'zod'
import { apiError, apiJson, readJsonBody } from '@/app/_lib/api'
import { learnerFromRequest } from '@/app/_lib/current-learner'
import { getDb } from '@/app/_lib/db'
import { lessonById } from '@/app/_lib/lessons'
import { submitExercise } from '@/app/_lib/submissions'

export const dynamic = 'force-dynamic'
export const runtime = 'nodejs'

const submitSchema = z
  .object({
    stepId: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    attempt: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
    /** Virtual ms of the learner's cluster when they pressed Submit. */
    atMs: z.number().int().nonnegative(),
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
  const result = await submitExercise(db, learner, lesson, parsed.data.stepId, parsed.data.attempt, parsed.data.atMs)
  if (!result.ok) return apiError(result.status, result.error)
  const { stepId, score, max, results, gradedAtMs } = result.grade
  return apiJson({ stepId, score, max, results: results.map(({ id, title, pass, detail }) => ({ id, title, pass, detail })), gradedAtMs })
}
