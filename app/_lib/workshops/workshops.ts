import 'server-only'
import { z } from 'zod'
import type { PrismaClient } from '../db'
import { newJoinCode } from './join-code'
import { lessonOutlines, type LessonOutline } from './lesson-outline'

/** A workshop as the app uses it: the JSON columns parsed, its lessons grouped in modules. */
export interface WorkshopView {
  id: string
  instructorId: string
  title: string
  joinCode: string
  lessons: LessonOutline[]
  /** Graded exercises as `<lessonId>/<stepId>`. */
  exercises: string[]
  /** Lesson ids per module, in the workshop's order. */
  modules: string[][]
  unlockedModules: number
  timeLimitMin: number | null
  /** New learners may join with the code. */
  joinOpen: boolean
  message: string | null
  messageAt: Date | null
  createdAt: Date
}

export const displayNameSchema = z
  .string()
  .transform((s) => s.normalize('NFC').replace(/\s+/g, ' ').trim())
  .pipe(z.string().min(1, 'type a display name').max(40, 'a display name has at most 40 characters'))
  .refine((s) => !/[\p{Cc}\p{Cf}]/u.test(s), 'a display name cannot hold control characters')

export const workshopInputSchema = z
  .object({
    title: z.string().trim().min(1, 'give the workshop a title').max(100, 'a title has at most 100 characters'),
    lessons: z.array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)).min(1, 'choose at least one lesson').max(50),
    exercises: z.array(z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/)).max(200),
    timeLimitMin: z.number().int().min(1).max(600).nullable(),
  })
  .strict()

export type WorkshopInput = z.infer<typeof workshopInputSchema>

type WorkshopRow = NonNullable<Awaited<ReturnType<PrismaClient['workshop']['findUnique']>>>

/** Checks the lessons and exercises exist; the error says which does not. */
export async function checkWorkshopInput(input: WorkshopInput): Promise<string | null> {
  const outlines = await lessonOutlines()
  for (const id of input.lessons) if (!outlines.some((l) => l.id === id)) return `there is no lesson ${id}`
  for (const key of input.exercises) {
    const [lessonId, stepId] = key.split('/')
    if (!input.lessons.includes(lessonId)) return `exercise ${key} is not in a chosen lesson`
    const step = outlines.find((l) => l.id === lessonId)?.steps.find((s) => s.id === stepId)
    if (!step?.exercise) return `${key} is not a graded exercise`
  }
  return null
}

/** Creates a workshop with a join code no other workshop has. */
export async function createWorkshop(db: PrismaClient, instructorId: string, input: WorkshopInput): Promise<WorkshopView> {
  for (let tries = 0; ; tries++) {
    try {
      const row = await db.workshop.create({
        data: {
          instructorId,
          title: input.title,
          joinCode: newJoinCode(),
          lessons: JSON.stringify([...new Set(input.lessons)]),
          exercises: JSON.stringify([...new Set(input.exercises)]),
          timeLimitMin: input.timeLimitMin,
        },
      })
      return workshopView(row)
    } catch (error) {
      if (tries < 5 && /Unique constraint/i.test(String((error as Error).message))) continue
      throw error
    }
  }
}

export async function workshopView(row: WorkshopRow): Promise<WorkshopView> {
  const outlines = await lessonOutlines()
  const ids = JSON.parse(row.lessons) as string[]
  const lessons = ids.flatMap((id) => outlines.filter((l) => l.id === id))
  const modules: string[][] = []
  let last: number | undefined
  for (const lesson of lessons) {
    if (lesson.module !== last || !modules.length) modules.push([])
    modules[modules.length - 1].push(lesson.id)
    last = lesson.module
  }
  return {
    id: row.id,
    instructorId: row.instructorId,
    title: row.title,
    joinCode: row.joinCode,
    lessons,
    exercises: JSON.parse(row.exercises) as string[],
    modules,
    unlockedModules: Math.min(row.unlockedModules, modules.length),
    timeLimitMin: row.timeLimitMin,
    joinOpen: row.joinOpen,
    message: row.message,
    messageAt: row.messageAt,
    createdAt: row.createdAt,
  }
}

/** The workshop, only when `instructorId` runs it (instructors see only their own). */
export async function instructorWorkshop(db: PrismaClient, instructorId: string, workshopId: string): Promise<WorkshopView | null> {
  const row = await db.workshop.findUnique({ where: { id: workshopId } })
  return row && row.instructorId === instructorId ? workshopView(row) : null
}

export async function instructorWorkshops(db: PrismaClient, instructorId: string): Promise<(WorkshopView & { members: number })[]> {
  const rows = await db.workshop.findMany({ where: { instructorId }, orderBy: { createdAt: 'desc' }, include: { _count: { select: { members: true } } } })
  return Promise.all(rows.map(async (row) => ({ ...(await workshopView(row)), members: row._count.members })))
}

/** The workshop and the learner's display name in it, only when the learner joined it. */
export async function learnerWorkshop(db: PrismaClient, learnerId: string, workshopId: string): Promise<{ workshop: WorkshopView; displayName: string; joinedAt: Date } | null> {
  const member = await db.workshopMember.findUnique({ where: { workshopId_learnerId: { workshopId, learnerId } }, include: { workshop: true } })
  // The member and its workshop are read apart: a workshop deleted in between reads as null.
  const workshop: WorkshopRow | null = member?.workshop ?? null
  return member && workshop ? { workshop: await workshopView(workshop), displayName: member.displayName, joinedAt: member.joinedAt } : null
}

/**
 * Whether an attempt at a lesson is the workshop's to see: one the learner began after joining.
 * Work begun before stays theirs alone (the dashboard shows the lesson once they start it over).
 */
export const sharedWithWorkshop = (attemptStartedAt: Date, joinedAt: Date): boolean => attemptStartedAt.getTime() >= joinedAt.getTime()

/** Lesson ids learners may open now. */
export function unlockedLessons(workshop: WorkshopView): Set<string> {
  return new Set(workshop.modules.slice(0, workshop.unlockedModules).flat())
}

export type JoinResult = { ok: true; workshopId: string } | { ok: false; status: 403 | 404 | 409; error: string }

/** Learners one workshop takes at most (a code shown on a projector can travel further than the room). */
export const MAX_MEMBERS = 300

/**
 * Adds the learner to the workshop with `code`. A member joining again may change their display
 * name; newcomers are refused while joining is closed or the workshop is full. No two members
 * share a display name (case aside), so nobody can pass for somebody else on the dashboard.
 */
export async function joinWorkshop(db: PrismaClient, code: string, learnerId: string, displayName: string): Promise<JoinResult> {
  const workshop = await db.workshop.findUnique({ where: { joinCode: code }, select: { id: true, joinOpen: true } })
  if (!workshop) return { ok: false, status: 404, error: 'no workshop has this code: check it with your instructor' }
  const members = await db.workshopMember.findMany({ where: { workshopId: workshop.id }, select: { learnerId: true, displayName: true } })
  const already = members.some((m) => m.learnerId === learnerId)
  if (!already && !workshop.joinOpen) return { ok: false, status: 403, error: 'this workshop is closed to new learners: ask your instructor' }
  if (!already && members.length >= MAX_MEMBERS) return { ok: false, status: 403, error: `this workshop is full (${MAX_MEMBERS} learners)` }
  const taken = members.some((m) => m.learnerId !== learnerId && m.displayName.toLowerCase() === displayName.toLowerCase())
  if (taken) return { ok: false, status: 409, error: 'someone in this workshop already goes by that name: choose another' }
  await db.workshopMember.upsert({
    where: { workshopId_learnerId: { workshopId: workshop.id, learnerId } },
    create: { workshopId: workshop.id, learnerId, displayName },
    update: { displayName },
  })
  return { ok: true, workshopId: workshop.id }
}

/** The workshops a learner joined, newest first. */
export async function learnerWorkshops(db: PrismaClient, learnerId: string): Promise<{ id: string; title: string; displayName: string }[]> {
  const rows = await db.workshopMember.findMany({ where: { learnerId }, include: { workshop: { select: { id: true, title: true } } }, orderBy: { joinedAt: 'desc' } })
  // A workshop deleted between the two reads comes back as null: it is gone.
  return rows.flatMap((r) => ((r.workshop as typeof r.workshop | null) ? [{ id: r.workshop.id, title: r.workshop.title, displayName: r.displayName }] : []))
}
