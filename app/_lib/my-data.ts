import 'server-only'
import { z } from 'zod'
import { entryChars, parseCommandLog, type LoggedCommand } from '@/simulator/index'
import type { PrismaClient } from './db'

export const displayNameSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(40, 'must be at most 40 characters')
  .refine((name) => !/[\u0000-\u001f\u007f]/.test(name), 'must not contain control characters')

const lessonExportSchema = z
  .object({
    lessonId: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    attempt: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
    seed: z.number().int().nonnegative(),
    status: z.enum(['started', 'completed']),
    completedAt: z.string().datetime().nullable(),
    log: z.array(z.unknown()),
    completions: z.array(z.object({ stepId: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), how: z.enum(['checked', 'assisted']), atEntry: z.number().int().nonnegative() }).strict()).max(100),
  })
  .strict()

/** The JSON a learner exports and imports: everything Ordinal keeps about them. */
export const myDataSchema = z
  .object({
    format: z.literal('ordinal-learner-data/1'),
    displayName: z.string().nullable(),
    lessons: z.array(lessonExportSchema).max(200),
    /** Graded submissions, exported for the record; an import leaves them out (grades are the server's). */
    submissions: z.array(z.unknown()).optional(),
    /** Workshops joined, for the record; an import leaves them out (joining takes a code). */
    workshops: z.array(z.unknown()).optional(),
  })
  .strict()

export type MyData = z.infer<typeof myDataSchema>

export async function exportMyData(db: PrismaClient, learnerId: string): Promise<MyData> {
  const learner = await db.learner.findUniqueOrThrow({
    where: { id: learnerId },
    include: {
      progress: { include: { commands: { orderBy: { seq: 'asc' } }, steps: { orderBy: { atEntry: 'asc' } } }, orderBy: { lessonId: 'asc' } },
      submissions: { orderBy: { submittedAt: 'asc' } },
      workshops: { orderBy: { joinedAt: 'asc' }, include: { workshop: { select: { title: true } } } },
    },
  })
  return {
    format: 'ordinal-learner-data/1',
    displayName: learner.displayName,
    lessons: learner.progress.map((p) => ({
      lessonId: p.lessonId,
      attempt: p.attempt,
      seed: p.seed,
      status: p.status === 'completed' ? 'completed' : 'started',
      completedAt: p.completedAt?.toISOString() ?? null,
      log: p.commands.map((c) => JSON.parse(c.entry)),
      completions: p.steps.map((s) => ({ stepId: s.stepId, how: s.how as 'checked' | 'assisted', atEntry: s.atEntry })),
    })),
    submissions: learner.submissions.map((s) => ({ lessonId: s.lessonId, stepId: s.stepId, score: s.score, max: s.max, results: JSON.parse(s.results), submittedAt: s.submittedAt.toISOString() })),
    // A workshop deleted while this was read comes back as null; its title is then unknown.
    workshops: learner.workshops.map((m) => ({ title: (m.workshop as typeof m.workshop | null)?.title ?? '(deleted)', displayName: m.displayName, joinedAt: m.joinedAt.toISOString() })),
  }
}

/**
 * Replaces the learner's progress in every lesson the data holds (other lessons stay) and their
 * display name when it has one. Every log is checked as the progress API checks it.
 */
export async function importMyData(db: PrismaClient, learnerId: string, data: MyData): Promise<{ ok: true; lessons: number } | { ok: false; error: string }> {
  const logs: LoggedCommand[][] = []
  for (const lesson of data.lessons) lesson.completions = lesson.completions.filter((c, i, all) => all.findIndex((d) => d.stepId === c.stepId) === i)
  if (new Set(data.lessons.map((l) => l.lessonId)).size !== data.lessons.length) return { ok: false, error: 'a lesson appears twice' }
  for (const lesson of data.lessons) {
    const parsed = parseCommandLog(lesson.log)
    if (!parsed.ok) return { ok: false, error: `lesson ${lesson.lessonId}: ${parsed.error}` }
    logs.push(parsed.log)
  }
  if (data.displayName !== null && !displayNameSchema.safeParse(data.displayName).success) return { ok: false, error: 'displayName is not a valid display name' }
  await db.$transaction(async (tx) => {
    if (data.displayName !== null) await tx.learner.update({ where: { id: learnerId }, data: { displayName: data.displayName.trim() } })
    for (const [i, lesson] of data.lessons.entries()) {
      await tx.lessonProgress.deleteMany({ where: { learnerId, lessonId: lesson.lessonId } })
      await tx.lessonProgress.create({
        data: {
          learnerId,
          lessonId: lesson.lessonId,
          attempt: lesson.attempt.length >= 8 ? lesson.attempt : `imported-${lesson.attempt}`,
          seed: lesson.seed,
          status: lesson.status,
          completedAt: lesson.completedAt ? new Date(lesson.completedAt) : null,
          entryCount: logs[i].length,
          logChars: logs[i].reduce((sum, entry) => sum + entryChars(entry), 0),
          stepCount: lesson.completions.length,
          commands: { create: logs[i].map((entry, seq) => ({ seq, at: entry.at, entry: JSON.stringify(entry) })) },
          steps: { create: lesson.completions },
        },
      })
    }
  })
  return { ok: true, lessons: data.lessons.length }
}
