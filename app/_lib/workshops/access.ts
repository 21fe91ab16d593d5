import 'server-only'
import { apiError } from '../api'
import { instructorFromHeaders, type SignedInInstructor } from '../auth'
import { learnerFromRequest } from '../current-learner'
import { getDb, type PrismaClient } from '../db'
import { instructorWorkshop, learnerWorkshop, type WorkshopView } from './workshops'

// Authorization for workshop routes: an instructor reaches only the workshops they created, a
// learner only the workshops they joined, and each only their own data in them.

export type InstructorAccess = { db: PrismaClient; instructor: SignedInInstructor; workshop: WorkshopView } | { error: Response }

export async function instructorAccess(request: Request, workshopId: string): Promise<InstructorAccess> {
  const db = getDb()
  const instructor = await instructorFromHeaders(request.headers)
  if (!instructor) return { error: apiError(401, 'sign in as an instructor first') }
  const workshop = await instructorWorkshop(db, instructor.id, workshopId)
  // Someone else's workshop looks the same as none, so ids cannot be probed.
  if (!workshop) return { error: apiError(404, 'no such workshop') }
  return { db, instructor, workshop }
}

export async function signedInInstructor(request: Request): Promise<{ db: PrismaClient; instructor: SignedInInstructor } | { error: Response }> {
  const instructor = await instructorFromHeaders(request.headers)
  return instructor ? { db: getDb(), instructor } : { error: apiError(401, 'sign in as an instructor first') }
}

export type MemberAccess = { db: PrismaClient; learnerId: string; workshop: WorkshopView; displayName: string } | { error: Response }

export async function memberAccess(request: Request, workshopId: string): Promise<MemberAccess> {
  const db = getDb()
  const learnerId = await learnerFromRequest(db, request)
  const member = learnerId ? await learnerWorkshop(db, learnerId, workshopId) : null
  if (!learnerId || !member) return { error: apiError(403, 'join this workshop with its code first') }
  return { db, learnerId, ...member }
}
