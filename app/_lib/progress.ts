import 'server-only'
import { z } from 'zod'
import { entryChars, LOG_LIMITS, parseCommandLog, type LoggedCommand } from '@/simulator/index'
import type { PrismaClient } from './db'
import { timeIsUp } from './workshops/exercise-clock'

/** A learner's saved run through one lesson: what resuming needs. */
export interface SavedProgress {
  attempt: string
  seed: number
  log: LoggedCommand[]
  completions: { stepId: string; how: 'checked' | 'assisted' }[]
  completed: boolean
}

export const MAX_BATCH = 500

/** What the lesson page posts: new log entries (from `from`), completions, and an optional truncation (undo). */
export const progressPayloadSchema = z
  .object({
    attempt: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'must be 8 to 64 letters, digits, - or _'),
    seed: z.number().int().nonnegative(),
    /** Entries from this position on are replaced (an undo shortened the log). */
    truncateAt: z.number().int().nonnegative().optional(),
    /** Position of entries[0] in the log. */
    from: z.number().int().nonnegative(),
    entries: z.array(z.unknown()).max(MAX_BATCH),
    completions: z
      .array(z.object({ stepId: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), how: z.enum(['checked', 'assisted']), atEntry: z.number().int().nonnegative() }).strict())
      .max(100),
    completed: z.boolean().optional(),
  })
  .strict()

export type ProgressPayload = z.infer<typeof progressPayloadSchema>

export type SaveResult =
  | { ok: true; attempt: string; entries: number; completions: number }
  | { ok: false; status: 409; error: string; attempt?: string; entries?: number; reset?: true }
  | { ok: false; status: 400 | 413; error: string }

export async function loadProgress(db: PrismaClient, learnerId: string, lessonId: string): Promise<SavedProgress | null> {
  const progress = await db.lessonProgress.findUnique({
    where: { learnerId_lessonId: { learnerId, lessonId } },
    include: { commands: { orderBy: { seq: 'asc' } }, steps: { orderBy: { atEntry: 'asc' } } },
  })
  if (!progress) return null
  return {
    attempt: progress.attempt,
    seed: progress.seed,
    log: progress.commands.map((c) => JSON.parse(c.entry) as LoggedCommand),
    completions: progress.steps.map((s) => ({ stepId: s.stepId, how: s.how as 'checked' | 'assisted' })),
    completed: progress.status === 'completed',
  }
}

/**
 * Records a batch. Re-sending a batch changes nothing (entries are keyed by position,
 * completions by step). A batch for another attempt than the saved one, or one that would leave
 * a gap in the log, is refused with 409 and what the server has, so the client can resend from
 * there. The reads come first; the writes then go in one short transaction (SQLite has one
 * writer, so a transaction that waits on the event loop between queries holds everyone up).
 * Two copies of one batch racing each other cannot both write: the (progress, seq) key refuses
 * the second, and its client re-sends from what the server has.
 */
export async function saveProgress(db: PrismaClient, learnerId: string, lessonId: string, payload: ProgressPayload): Promise<SaveResult> {
  const entries = parseCommandLog(payload.entries)
  if (!entries.ok) return { ok: false, status: 400, error: `entries: ${entries.error}` }
  const progress =
    (await db.lessonProgress.findUnique({ where: { learnerId_lessonId: { learnerId, lessonId } } })) ??
    (await db.lessonProgress
      .create({ data: { learnerId, lessonId, attempt: payload.attempt, seed: payload.seed } })
      .catch(() => db.lessonProgress.findUniqueOrThrow({ where: { learnerId_lessonId: { learnerId, lessonId } } })))
  if (progress.attempt !== payload.attempt) return { ok: false, status: 409, error: 'this lesson was restarted elsewhere', attempt: progress.attempt }
  if (progress.entryCount === 0 && (await wasReset(db, learnerId, lessonId, payload.attempt))) {
    await db.lessonProgress.deleteMany({ where: { id: progress.id, entryCount: 0 } })
    return { ok: false, status: 409, error: 'your instructor reset this lesson', reset: true }
  }
  const progressId = progress.id
  const truncating = payload.truncateAt !== undefined && payload.truncateAt < progress.entryCount
  if (truncating && (await timeIsUp(db, learnerId, lessonId))) {
    return { ok: false, status: 400, error: 'the time for this lesson\'s graded exercise is up: the commands that were graded can no longer be undone' }
  }
  const have = truncating ? (payload.truncateAt as number) : progress.entryCount
  if (payload.from > have) return { ok: false, status: 409, error: 'entries are missing before this batch', entries: have }
  // Entries before `have` were stored by an earlier copy of this batch: a re-send, so only the rest is new.
  const fresh = entries.log.slice(have - payload.from)
  const keptChars = truncating ? await logCharsBefore(db, progressId, have) : progress.logChars
  const logChars = keptChars + fresh.reduce((sum, entry) => sum + entryChars(entry), 0)
  if (logChars > LOG_LIMITS.totalText) {
    return { ok: false, status: 413, error: `this lesson's command log is full (at most ${LOG_LIMITS.totalText} characters of commands and saved files): reset the lesson to go on saving` }
  }
  let newSteps: ProgressPayload['completions'] = []
  if (payload.completions.length) {
    const known = new Set((await db.stepCompletion.findMany({ where: { progressId }, select: { stepId: true } })).map((s) => s.stepId))
    newSteps = payload.completions.filter((c, i, all) => !known.has(c.stepId) && all.findIndex((d) => d.stepId === c.stepId) === i)
  }
  const count = have + fresh.length
  const finishing = payload.completed && progress.status !== 'completed'
  const writes = [
    ...(truncating ? [db.commandEntry.deleteMany({ where: { progressId, seq: { gte: have } } })] : []),
    ...(fresh.length ? [db.commandEntry.createMany({ data: fresh.map((entry, i) => ({ progressId, seq: have + i, at: entry.at, entry: JSON.stringify(entry) })) })] : []),
    ...(newSteps.length ? [db.stepCompletion.createMany({ data: newSteps.map((c) => ({ progressId, ...c })) })] : []),
  ]
  try {
    const [updated] = await db.$transaction([
      db.lessonProgress.update({
        where: { id: progressId },
        data: { entryCount: count, logChars, stepCount: { increment: newSteps.length }, ...(finishing ? { status: 'completed', completedAt: new Date() } : {}) },
        select: { stepCount: true },
      }),
      ...writes,
    ])
    return { ok: true, attempt: progress.attempt, entries: count, completions: (updated as { stepCount: number }).stepCount }
  } catch (error) {
    // A concurrent copy of this batch won the race for these positions or steps.
    const now = await db.lessonProgress.findUnique({ where: { id: progressId }, select: { entryCount: true } })
    if (now && /Unique constraint/i.test(String((error as Error).message))) return { ok: false, status: 409, error: 'entries are missing before this batch', entries: now.entryCount }
    throw error
  }
}

/** When the learner's current attempt at the lesson began; null when there is none. */
export async function attemptStartedAt(db: PrismaClient, learnerId: string, lessonId: string): Promise<Date | null> {
  const progress = await db.lessonProgress.findUnique({ where: { learnerId_lessonId: { learnerId, lessonId } }, select: { startedAt: true } })
  return progress?.startedAt ?? null
}

/** Characters of the log's first `count` entries, after an undo shortened it. */
async function logCharsBefore(db: PrismaClient, progressId: string, count: number): Promise<number> {
  const rows = await db.commandEntry.findMany({ where: { progressId, seq: { lt: count } }, select: { entry: true } })
  return rows.reduce((sum, row) => sum + entryChars(JSON.parse(row.entry) as LoggedCommand), 0)
}

/** True when an instructor reset this attempt (see resetLearnerLesson). */
async function wasReset(db: PrismaClient, learnerId: string, lessonId: string, attempt: string): Promise<boolean> {
  return (await db.resetAttempt.count({ where: { learnerId, lessonId, attempt } })) > 0
}

/**
 * An instructor's reset: forgets the learner's run through the lesson and refuses later saves
 * for that attempt, so a browser still holding it starts over instead of re-sending the old log;
 * the lesson's exercise clocks start again.
 */
export async function resetLearnerLesson(db: PrismaClient, learnerId: string, lessonId: string): Promise<boolean> {
  const progress = await db.lessonProgress.findUnique({ where: { learnerId_lessonId: { learnerId, lessonId } }, select: { attempt: true } })
  if (!progress) return false
  await db.$transaction([
    db.resetAttempt.upsert({ where: { learnerId_lessonId_attempt: { learnerId, lessonId, attempt: progress.attempt } }, create: { learnerId, lessonId, attempt: progress.attempt }, update: {} }),
    db.lessonProgress.deleteMany({ where: { learnerId, lessonId } }),
    // The new attempt gets the whole time limit again.
    db.exerciseStart.deleteMany({ where: { learnerId, lessonId } }),
  ])
  return true
}

/** Forgets the learner's run through the lesson ("reset lesson"). */
export async function resetProgress(db: PrismaClient, learnerId: string, lessonId: string): Promise<void> {
  await db.lessonProgress.deleteMany({ where: { learnerId, lessonId } })
}

export interface LessonSummary {
  steps: number
  completed: boolean
  /** When the learner last saved anything in the lesson. */
  updatedAt: Date
}

/** Per lesson id: steps completed, whether the lesson is done and when it was last worked on. */
export async function progressSummary(db: PrismaClient, learnerId: string): Promise<Map<string, LessonSummary>> {
  const rows = await db.lessonProgress.findMany({ where: { learnerId }, select: { lessonId: true, status: true, stepCount: true, updatedAt: true } })
  return new Map(rows.map((r) => [r.lessonId, { steps: r.stepCount, completed: r.status === 'completed', updatedAt: r.updatedAt }]))
}
