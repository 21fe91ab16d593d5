import { apiError, apiJson, readJsonBody, refuseCrossOrigin } from '@/app/_lib/api'
import { ensureLearner, learnerFromRequest } from '@/app/_lib/current-learner'
import { getDb } from '@/app/_lib/db'
import { lessonById, lessonIds } from '@/app/_lib/lessons'
import { learnerChanged } from '@/app/_lib/workshops/changes'
import { loadProgress, progressPayloadSchema, resetProgress, saveProgress } from '@/app/_lib/progress'

export const dynamic = 'force-dynamic'
export const runtime = 'nodejs'

type Params = { params: Promise<{ lessonId: string }> }

async function knownLesson(params: Params['params']): Promise<string | null> {
  const { lessonId } = await params
  return (await lessonIds()).has(lessonId) ? lessonId : null
}

/** GET: the requesting learner's saved progress in the lesson (null when none). */
export async function GET(request: Request, { params }: Params): Promise<Response> {
  const lessonId = await knownLesson(params)
  if (!lessonId) return apiError(404, 'no such lesson')
  const db = getDb()
  const learner = await learnerFromRequest(db, request)
  return apiJson({ progress: learner ? await loadProgress(db, learner, lessonId) : null })
}

/** POST: records new command-log entries and step completions; idempotent, see saveProgress. */
export async function POST(request: Request, { params }: Params): Promise<Response> {
  const lessonId = await knownLesson(params)
  if (!lessonId) return apiError(404, 'no such lesson')
  const read = await readJsonBody(request)
  if ('error' in read) return read.error
  const parsed = progressPayloadSchema.safeParse(read.body)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return apiError(400, `${issue.path.join('.') || 'body'}: ${issue.message}`)
  }
  if (parsed.data.completions.length) {
    // Only the lesson's own steps can be completed (checked rarely: only as a step completes).
    const steps = new Set((await lessonById(lessonId))?.steps.map((s) => s.id))
    const unknown = parsed.data.completions.find((c) => !steps.has(c.stepId))
    if (unknown) return apiError(400, `completions: lesson ${lessonId} has no step ${unknown.stepId}`)
  }
  const db = getDb()
  const learner = await ensureLearner(db, request)
  const saved = await saveProgress(db, learner.id, lessonId, parsed.data)
  if (!saved.ok) {
    const extra = 'reset' in saved ? { reset: true } : 'attempt' in saved ? { attempt: saved.attempt } : 'entries' in saved ? { entries: saved.entries } : {}
    return apiError(saved.status, saved.error, extra)
  }
  await learnerChanged(db, learner.id)
  return apiJson(saved, { setCookie: learner.setCookie })
}

/** DELETE: forgets the learner's progress in the lesson (reset lesson). */
export async function DELETE(request: Request, { params }: Params): Promise<Response> {
  const lessonId = await knownLesson(params)
  if (!lessonId) return apiError(404, 'no such lesson')
  const refused = refuseCrossOrigin(request)
  if (refused) return refused
  const db = getDb()
  const learner = await learnerFromRequest(db, request)
  if (learner) await resetProgress(db, learner, lessonId)
  return new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } })
}
