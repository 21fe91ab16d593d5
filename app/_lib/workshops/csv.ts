import 'server-only'
import type { PrismaClient } from '../db'
import type { WorkshopView } from './workshops'

export const CSV_HEADER = ['workshop', 'learner_id', 'display_name', 'joined_at', 'lesson', 'exercise', 'status', 'submitted_at', 'score', 'max', 'submissions', 'checks'] as const

/**
 * The workshop's grades as CSV (RFC 4180, UTF-8, CRLF line ends): a header row, then one row per
 * learner and graded exercise with the latest submission and each check's result as
 * `check-id=pass|fail` pairs. Learners who did not submit get a row saying so.
 */
export async function workshopCsv(db: PrismaClient, workshop: WorkshopView): Promise<string> {
  const members = await db.workshopMember.findMany({ where: { workshopId: workshop.id }, orderBy: [{ joinedAt: 'asc' }, { id: 'asc' }] })
  const submissions = await db.submission.findMany({ where: { workshopId: workshop.id }, orderBy: { submittedAt: 'asc' } })
  const rows: string[][] = [[...CSV_HEADER]]
  for (const member of members) {
    for (const exercise of workshop.exercises) {
      const [lessonId, stepId] = exercise.split('/')
      const mine = submissions.filter((s) => s.learnerId === member.learnerId && s.lessonId === lessonId && s.stepId === stepId)
      const last = mine.at(-1)
      const checks = last ? (JSON.parse(last.results) as { id: string; pass: boolean }[]).map((r) => `${r.id}=${r.pass ? 'pass' : 'fail'}`).join(' ') : ''
      rows.push([
        workshop.joinCode,
        member.learnerId,
        member.displayName,
        member.joinedAt.toISOString(),
        lessonId,
        stepId,
        last ? 'submitted' : 'not submitted',
        last?.submittedAt.toISOString() ?? '',
        last ? String(last.score) : '',
        last ? String(last.max) : '',
        String(mine.length),
        checks,
      ])
    }
  }
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n'
}

/**
 * One field: quoted when it holds a comma, quote or line break; text a spreadsheet would run as a
 * formula (starting with = + - @ or a tab) gets a leading apostrophe, since display names are
 * typed by anyone.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}
