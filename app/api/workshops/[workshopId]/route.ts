import { z } from 'zod'
import { apiError, apiJson, readJsonBody, refuseCrossOrigin } from '@/app/_lib/api'
import { instructorAccess } from '@/app/_lib/workshops/access'
import { workshopChanged } from '@/app/_lib/workshops/changes'
import { dashboardSnapshot } from '@/app/_lib/workshops/dashboard'

export const dynamic = 'force-dynamic'
export const runtime = 'nodejs'

type Params = { params: Promise<{ workshopId: string }> }

/** GET: the dashboard's snapshot (instructor only). */
export async function GET(request: Request, { params }: Params): Promise<Response> {
  const access = await instructorAccess(request, (await params).workshopId)
  if ('error' in access) return access.error
  return apiJson(await dashboardSnapshot(access.db, access.workshop))
}

const changeSchema = z
  .object({
    /** A broadcast to every learner; an empty string clears it. */
    message: z.string().max(500, 'a message has at most 500 characters').optional(),
    /** How many modules learners may open. */
    unlockedModules: z.number().int().min(1).max(100).optional(),
    /** Whether new learners may join with the code. */
    joinOpen: z.boolean().optional(),
  })
  .strict()

/** PATCH: broadcast a message, unlock modules, open or close joining. */
export async function PATCH(request: Request, { params }: Params): Promise<Response> {
  const read = await readJsonBody(request)
  if ('error' in read) return read.error
  const access = await instructorAccess(request, (await params).workshopId)
  if ('error' in access) return access.error
  const parsed = changeSchema.safeParse(read.body)
  if (!parsed.success) return apiError(400, parsed.error.issues[0].message)
  const { message, unlockedModules, joinOpen } = parsed.data
  const text = message?.trim()
  await access.db.workshop.update({
    where: { id: access.workshop.id },
    data: {
      ...(message !== undefined ? { message: text || null, messageAt: text ? new Date() : null } : {}),
      ...(unlockedModules !== undefined ? { unlockedModules: Math.min(unlockedModules, access.workshop.modules.length) } : {}),
      ...(joinOpen !== undefined ? { joinOpen } : {}),
    },
  })
  workshopChanged(access.workshop.id)
  return apiJson({ ok: true })
}

/** DELETE: ends the workshop for good, with its members and submissions' link to it. */
export async function DELETE(request: Request, { params }: Params): Promise<Response> {
  const refused = refuseCrossOrigin(request)
  if (refused) return refused
  const access = await instructorAccess(request, (await params).workshopId)
  if ('error' in access) return access.error
  const id = access.workshop.id
  // Members go with it (cascade); learners keep their submissions, no longer linked to it.
  await access.db.$transaction([
    access.db.exerciseStart.deleteMany({ where: { workshopId: id } }),
    access.db.submission.updateMany({ where: { workshopId: id }, data: { workshopId: null } }),
    access.db.workshop.delete({ where: { id } }),
  ])
  workshopChanged(id)
  return new Response(null, { status: 204 })
}
