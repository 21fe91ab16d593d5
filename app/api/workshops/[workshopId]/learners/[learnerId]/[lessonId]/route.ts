import { apiError, apiJson, refuseCrossOrigin } from '@/app/_lib/api'
import { attemptStartedAt, loadProgress, resetLearnerLesson } from '@/app/_lib/progress'
import { instructorAccess } from '@/app/_lib/workshops/access'
import { workshopChanged } from '@/app/_lib/workshops/changes'
import { sharedWithWorkshop } from '@/app/_lib/workshops/workshops'

export const dynamic = 'force-dynamic'
export const runtime = 'nodejs'

type Params = { params: Promise<{ workshopId: string; learnerId: string; lessonId: string }> }

async function access(request: Request, params: Params['params']) {
  const { workshopId, learnerId, lessonId } = await params
  const found = await instructorAccess(request, workshopId)
  if ('error' in found) return found
  const member = await found.db.workshopMember.findUnique({ where: { workshopId_learnerId: { workshopId, learnerId } } })
  if (!member || !found.workshop.lessons.some((l) => l.id === lessonId)) return { error: apiError(404, 'no such learner or lesson in this workshop') }
  // An attempt begun before joining is the learner's alone: as if the lesson were not started.
  const startedAt = await attemptStartedAt(found.db, learnerId, lessonId)
  const shared = startedAt !== null && sharedWithWorkshop(startedAt, member.joinedAt)
  return { ...found, learnerId, lessonId, displayName: member.displayName, shared }
}

/** GET: a learner's command log in a lesson, for the instructor's read-only replay. */
export async function GET(request: Request, { params }: Params): Promise<Response> {
  const found = await access(request, params)
  if ('error' in found) return found.error
  const saved = found.shared ? await loadProgress(found.db, found.learnerId, found.lessonId) : null
  return apiJson({ displayName: found.displayName, log: saved?.log ?? [], completions: saved?.completions ?? [] })
}

/** DELETE: resets the learner's lesson; their browser starts it over. */
export async function DELETE(request: Request, { params }: Params): Promise<Response> {
  const refused = refuseCrossOrigin(request)
  if (refused) return refused
  const found = await access(request, params)
  if ('error' in found) return found.error
  if (!found.shared) return apiError(404, 'this learner has not started the lesson in this workshop')
  await resetLearnerLesson(found.db, found.learnerId, found.lessonId)
  workshopChanged(found.workshop.id)
  return new Response(null, { status: 204 })
}
