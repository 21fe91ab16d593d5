import { apiError, refuseCrossOrigin } from '@/app/_lib/api'
import { instructorAccess } from '@/app/_lib/workshops/access'
import { workshopChanged } from '@/app/_lib/workshops/changes'

export const dynamic = 'force-dynamic'
export const runtime = 'nodejs'

type Params = { params: Promise<{ workshopId: string; learnerId: string }> }

/**
 * DELETE: removes a learner from the workshop (an intruder, a duplicate). Their own progress and
 * submissions stay theirs; the workshop no longer shows them. Close joining to keep them out.
 */
export async function DELETE(request: Request, { params }: Params): Promise<Response> {
  const refused = refuseCrossOrigin(request)
  if (refused) return refused
  const { workshopId, learnerId } = await params
  const access = await instructorAccess(request, workshopId)
  if ('error' in access) return access.error
  const removed = await access.db.workshopMember.deleteMany({ where: { workshopId: access.workshop.id, learnerId } })
  if (removed.count === 0) return apiError(404, 'no such learner in this workshop')
  await access.db.exerciseStart.deleteMany({ where: { workshopId: access.workshop.id, learnerId } })
  workshopChanged(access.workshop.id)
  return new Response(null, { status: 204 })
}
