import { apiError, apiJson, readJsonBody } from '@/app/_lib/api'
import { ensureLearner } from '@/app/_lib/current-learner'
import { getDb } from '@/app/_lib/db'
import { importMyData, myDataSchema } from '@/app/_lib/my-data'

export const dynamic = 'force-dynamic'
export const runtime = 'nodejs'

/** POST: progress exported from another browser, replacing this learner's in those lessons. */
export async function POST(request: Request): Promise<Response> {
  const read = await readJsonBody(request)
  if ('error' in read) return read.error
  const parsed = myDataSchema.safeParse(read.body)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return apiError(400, `${issue.path.join('.') || 'body'}: ${issue.message}`)
  }
  const db = getDb()
  const learner = await ensureLearner(db, request)
  const imported = await importMyData(db, learner.id, parsed.data)
  if (!imported.ok) return apiError(400, imported.error)
  return apiJson(imported, { setCookie: learner.setCookie })
}
