import { apiError } from '@/app/_lib/api'
import { learnerFromRequest } from '@/app/_lib/current-learner'
import { getDb } from '@/app/_lib/db'
import { exportMyData } from '@/app/_lib/my-data'

export const dynamic = 'force-dynamic'
export const runtime = 'nodejs'

/** GET: everything kept about the requesting learner, as a JSON download. */
export async function GET(request: Request): Promise<Response> {
  const db = getDb()
  const id = await learnerFromRequest(db, request)
  if (!id) return apiError(404, 'nothing is saved for you yet')
  const data = await exportMyData(db, id)
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': 'attachment; filename="ordinal-progress.json"',
      'cache-control': 'no-store',
    },
  })
}
