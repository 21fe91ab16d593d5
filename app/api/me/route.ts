import { apiError, apiJson, readJsonBody, refuseCrossOrigin } from '@/app/_lib/api'
import { ensureLearner, learnerFromRequest } from '@/app/_lib/current-learner'
import { getDb } from '@/app/_lib/db'
import { LEARNER_COOKIE } from '@/app/_lib/learner-cookie'
import { displayNameSchema } from '@/app/_lib/my-data'

export const dynamic = 'force-dynamic'
export const runtime = 'nodejs'

/** GET: the requesting learner (null before their first save). */
export async function GET(request: Request): Promise<Response> {
  const db = getDb()
  const id = await learnerFromRequest(db, request)
  const learner = id ? await db.learner.findUnique({ where: { id }, select: { displayName: true, createdAt: true } }) : null
  return apiJson({ learner })
}

/** POST {displayName}: sets the optional display name. */
export async function POST(request: Request): Promise<Response> {
  const read = await readJsonBody(request)
  if ('error' in read) return read.error
  const name = displayNameSchema.safeParse((read.body as { displayName?: unknown } | null)?.displayName)
  if (!name.success) return apiError(400, `displayName: ${name.error.issues[0].message}`)
  const db = getDb()
  const learner = await ensureLearner(db, request)
  await db.learner.update({ where: { id: learner.id }, data: { displayName: name.data } })
  return apiJson({ learner: { displayName: name.data } }, { setCookie: learner.setCookie })
}

/** DELETE: deletes the learner and all their progress, and forgets the cookie. */
export async function DELETE(request: Request): Promise<Response> {
  const refused = refuseCrossOrigin(request)
  if (refused) return refused
  const db = getDb()
  const id = await learnerFromRequest(db, request)
  // Workshop memberships and submissions go with the learner (cascade); these rows only name them.
  if (id) await db.$transaction([db.exerciseStart.deleteMany({ where: { learnerId: id } }), db.resetAttempt.deleteMany({ where: { learnerId: id } }), db.learner.delete({ where: { id } })])
  return new Response(null, {
    status: 204,
    headers: { 'cache-control': 'no-store', 'set-cookie': `${LEARNER_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax` },
  })
}
