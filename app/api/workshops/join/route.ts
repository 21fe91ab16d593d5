import { z } from 'zod'
import { apiError, apiJson, readJsonBody } from '@/app/_lib/api'
import { ensureLearner } from '@/app/_lib/current-learner'
import { getDb } from '@/app/_lib/db'
import { clientAddress, hitRateLimit } from '@/app/_lib/rate-limit'
import { workshopChanged } from '@/app/_lib/workshops/changes'
import { normalizeJoinCode } from '@/app/_lib/workshops/join-code'
import { displayNameSchema, joinWorkshop } from '@/app/_lib/workshops/workshops'

export const dynamic = 'force-dynamic'
export const runtime = 'nodejs'

/** Join attempts allowed per address per minute: enough for a classroom behind one NAT, too few to guess codes. */
export const JOIN_ATTEMPTS_PER_MINUTE = 60

const joinSchema = z.object({ code: z.string().max(20), displayName: displayNameSchema }).strict()

/** POST: joins the workshop with `code` under `displayName`; no account needed. */
export async function POST(request: Request): Promise<Response> {
  const read = await readJsonBody(request)
  if ('error' in read) return read.error
  const db = getDb()
  const limit = await hitRateLimit(db, `join:${clientAddress(request)}`, JOIN_ATTEMPTS_PER_MINUTE, 60)
  if (!limit.allowed) {
    return new Response(JSON.stringify({ error: `too many join attempts: try again in ${limit.retryAfterS} s` }), {
      status: 429,
      headers: { 'content-type': 'application/json', 'retry-after': String(limit.retryAfterS), 'cache-control': 'no-store' },
    })
  }
  const parsed = joinSchema.safeParse(read.body)
  if (!parsed.success) return apiError(400, parsed.error.issues[0].message)
  const code = normalizeJoinCode(parsed.data.code)
  if (!code) return apiError(400, 'a join code is 6 letters and digits, e.g. K7QX3M')
  // A wrong code must not leave an anonymous learner behind, so the code is checked first.
  if (!(await db.workshop.count({ where: { joinCode: code } }))) return apiError(404, 'no workshop has this code: check it with your instructor')
  const learner = await ensureLearner(db, request)
  const joined = await joinWorkshop(db, code, learner.id, parsed.data.displayName)
  if (!joined.ok) return apiError(joined.status, joined.error)
  workshopChanged(joined.workshopId)
  return apiJson({ workshopId: joined.workshopId }, { setCookie: learner.setCookie })
}
