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
export const JOIN_FAILURES = { max: 50, windowS: 600 }

/**
 * Wrong codes allowed from everyone together in ten minutes: an address can be invented in a
 * header, so guessing from many "addresses" meets this limit instead (and joining pauses for
 * everyone while it lasts, rather than letting codes be guessed).
 */
export const JOIN_FAILURES_ALL = { key: 'join-failures:*', max: 600, windowS: 600 }

const joinSchema = z.object({ code: z.string().max(20), displayName: displayNameSchema }).strict()

/** POST: joins the workshop with `code` under `displayName`; no account needed. */
export async function POST(request: Request): Promise<Response> {
  const read = await readJsonBody(request)
  if ('error' in read) return read.error
  const db = getDb()
  const limits = [{ key: `join-failures:${clientAddress(request)}`, ...JOIN_FAILURES }, JOIN_FAILURES_ALL]
  for (const limit of limits) {
    const state = await rateLimitState(db, limit)
    if (state.limited) return tooManyWrongCodes(state.retryAfterS)
  }
  const parsed = joinSchema.safeParse(read.body)
  if (!parsed.success) return apiError(400, parsed.error.issues[0].message)
  const code = normalizeJoinCode(parsed.data.code)
  // A wrong code must not leave an anonymous learner behind, so the code is checked first.
  if (!code || !(await db.workshop.count({ where: { joinCode: code } }))) {
    for (const limit of limits) {
      const state = await countAgainst(db, limit)
      if (state.limited) return tooManyWrongCodes(state.retryAfterS)
    }
    return code ? apiError(404, 'no workshop has this code: check it with your instructor') : apiError(400, 'a join code is 6 letters and digits, e.g. K7QX3M')
  }
  const learner = await ensureLearner(db, request)
  const joined = await joinWorkshop(db, code, learner.id, parsed.data.displayName)
  if (!joined.ok) return apiError(joined.status, joined.error)
  workshopChanged(joined.workshopId)
  return apiJson({ workshopId: joined.workshopId }, { setCookie: learner.setCookie })
}

function tooManyWrongCodes(retryAfterS: number): Response {
  return new Response(JSON.stringify({ error: `too many wrong join codes from your network: try again in ${Math.ceil(retryAfterS / 60)} min` }), {
    status: 429,
    headers: { 'content-type': 'application/json', 'retry-after': String(retryAfterS), 'cache-control': 'no-store' },
  })
}
