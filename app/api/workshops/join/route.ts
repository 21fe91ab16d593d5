import { z } from 'zod'
import { apiError, apiJson, readJsonBody } from '@/app/_lib/api'
import { ensureLearner } from '@/app/_lib/current-learner'
import { getDb } from '@/app/_lib/db'
import { clientAddress, countAgainst, rateLimitState } from '@/app/_lib/rate-limit'
import { workshopChanged } from '@/app/_lib/workshops/changes'
import { normalizeJoinCode } from '@/app/_lib/workshops/join-code'
import { displayNameSchema, joinWorkshop } from '@/app/_lib/workshops/workshops'

export const dynamic = 'force-dynamic'
export const runtime = 'nodejs'

/**
 * Wrong codes allowed per address in ten minutes. Only failures count, so a whole classroom
 * behind one NAT joins at once; guessing one of 31^6 codes at this pace takes centuries.
 */
export const JOIN_FAILURES = { max: 30, windowS: 600 }

const joinSchema = z.object({ code: z.string().max(20), displayName: displayNameSchema }).strict()

/** POST: joins the workshop with `code` under `displayName`; no account needed. */
export async function POST(request: Request): Promise<Response> {
  const read = await readJsonBody(request)
  if ('error' in read) return read.error
  const db = getDb()
  const limit = { key: `join-failures:${clientAddress(request)}`, ...JOIN_FAILURES }
  const state = await rateLimitState(db, limit)
  if (state.limited) {
    return new Response(JSON.stringify({ error: `too many wrong join codes from your network: try again in ${Math.ceil(state.retryAfterS / 60)} min` }), {
      status: 429,
      headers: { 'content-type': 'application/json', 'retry-after': String(state.retryAfterS), 'cache-control': 'no-store' },
    })
  }
  const parsed = joinSchema.safeParse(read.body)
  if (!parsed.success) return apiError(400, parsed.error.issues[0].message)
  const code = normalizeJoinCode(parsed.data.code)
  // A wrong code must not leave an anonymous learner behind, so the code is checked first.
  if (!code || !(await db.workshop.count({ where: { joinCode: code } }))) {
    await countAgainst(db, limit)
    return code ? apiError(404, 'no workshop has this code: check it with your instructor') : apiError(400, 'a join code is 6 letters and digits, e.g. K7QX3M')
  }
  const learner = await ensureLearner(db, request)
  const joined = await joinWorkshop(db, code, learner.id, parsed.data.displayName)
  if (!joined.ok) return apiError(joined.status, joined.error)
  workshopChanged(joined.workshopId)
  return apiJson({ workshopId: joined.workshopId }, { setCookie: learner.setCookie })
}
