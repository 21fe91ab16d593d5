import { apiError } from '@/app/_lib/api'
import { instructorFromHeaders } from '@/app/_lib/auth'
import { learnerFromRequest } from '@/app/_lib/current-learner'
import { getDb } from '@/app/_lib/db'
import { dashboardSnapshot } from '@/app/_lib/workshops/dashboard'
import { workshopEventStream } from '@/app/_lib/workshops/event-stream'
import { learnerWorkshopState } from '@/app/_lib/workshops/learner-view'
import { instructorWorkshop, learnerWorkshop } from '@/app/_lib/workshops/workshops'

export const dynamic = 'force-dynamic'
export const runtime = 'nodejs'

type Params = { params: Promise<{ workshopId: string }> }

/**
 * GET: live updates as server-sent events. The workshop's instructor gets dashboard snapshots;
 * a learner who joined gets their own view (message, unlocked lessons, resets) and nothing of
 * anyone else.
 */
export async function GET(request: Request, { params }: Params): Promise<Response> {
  const { workshopId } = await params
  const db = getDb()
  const instructor = await instructorFromHeaders(request.headers)
  if (instructor) {
    const workshop = await instructorWorkshop(db, instructor.id, workshopId)
    if (workshop) {
      return workshopEventStream(request, db, workshopId, async () => {
        // The session is checked again each time: signing out ends the stream.
        const still = await instructorFromHeaders(request.headers)
        const current = still?.id === instructor.id ? await instructorWorkshop(db, instructor.id, workshopId) : null
        return current ? dashboardSnapshot(db, current) : { gone: true }
      })
    }
  }
  const learnerId = await learnerFromRequest(db, request)
  if (!learnerId || !(await learnerWorkshop(db, learnerId, workshopId))) return apiError(403, 'join this workshop with its code first')
  return workshopEventStream(request, db, workshopId, async () => {
    const member = await learnerWorkshop(db, learnerId, workshopId)
    return member ? learnerWorkshopState(db, member.workshop, learnerId, member.displayName) : { gone: true }
  })
}
