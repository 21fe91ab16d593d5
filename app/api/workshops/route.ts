import { apiError, apiJson, readJsonBody } from '@/app/_lib/api'
import { signedInInstructor } from '@/app/_lib/workshops/access'
import { checkWorkshopInput, createWorkshop, instructorWorkshops, workshopInputSchema } from '@/app/_lib/workshops/workshops'

export const dynamic = 'force-dynamic'
export const runtime = 'nodejs'

/** GET: the signed-in instructor's workshops. */
export async function GET(request: Request): Promise<Response> {
  const access = await signedInInstructor(request)
  if ('error' in access) return access.error
  const workshops = await instructorWorkshops(access.db, access.instructor.id)
  return apiJson({ workshops: workshops.map(({ id, title, joinCode, members, createdAt }) => ({ id, title, joinCode, members, createdAt })) })
}

/** POST: creates a workshop from chosen lessons and graded exercises; answers with its join code. */
export async function POST(request: Request): Promise<Response> {
  const read = await readJsonBody(request)
  if ('error' in read) return read.error
  const access = await signedInInstructor(request)
  if ('error' in access) return access.error
  const parsed = workshopInputSchema.safeParse(read.body)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return apiError(400, `${issue.path.join('.') || 'body'}: ${issue.message}`)
  }
  const problem = await checkWorkshopInput(parsed.data)
  if (problem) return apiError(400, problem)
  const workshop = await createWorkshop(access.db, access.instructor.id, parsed.data)
  return apiJson({ id: workshop.id, joinCode: workshop.joinCode }, { status: 201 })
}
