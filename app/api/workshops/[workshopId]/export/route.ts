import { instructorAccess } from '@/app/_lib/workshops/access'
import { workshopCsv } from '@/app/_lib/workshops/csv'

export const dynamic = 'force-dynamic'
export const runtime = 'nodejs'

/** GET: the workshop's grades as CSV, one row per learner and graded exercise (instructor only). */
export async function GET(request: Request, { params }: { params: Promise<{ workshopId: string }> }): Promise<Response> {
  const access = await instructorAccess(request, (await params).workshopId)
  if ('error' in access) return access.error
  const csv = await workshopCsv(access.db, access.workshop)
  const day = new Date().toISOString().slice(0, 10)
  return new Response(csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8; header=present',
      'content-disposition': `attachment; filename="ordinal-workshop-${access.workshop.joinCode}-${day}.csv"`,
      'cache-control': 'no-store',
    },
  })
}
