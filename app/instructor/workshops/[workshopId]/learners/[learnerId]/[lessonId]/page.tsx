import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, redirect } from 'next/navigation'
import { getDb } from '@/app/_lib/db'
import { lessonById } from '@/app/_lib/lessons'
import { loadProgress } from '@/app/_lib/progress'
import { instructorWorkshop } from '@/app/_lib/workshops/workshops'
import { currentInstructor } from '../../../../../current-instructor'
import { LearnerReplay } from './learner-replay'

export const metadata: Metadata = { title: 'Learner replay' }
export const dynamic = 'force-dynamic'

type Params = { params: Promise<{ workshopId: string; learnerId: string; lessonId: string }> }

/** A learner's terminal and cluster in one lesson, rebuilt by replaying their log: read-only. */
export default async function LearnerReplayPage({ params }: Params) {
  const { workshopId, learnerId, lessonId } = await params
  const instructor = await currentInstructor()
  if (!instructor) redirect('/instructor')
  const db = getDb()
  const workshop = await instructorWorkshop(db, instructor.id, workshopId)
  const member = workshop && (await db.workshopMember.findUnique({ where: { workshopId_learnerId: { workshopId, learnerId } } }))
  const lesson = workshop?.lessons.some((l) => l.id === lessonId) ? await lessonById(lessonId) : null
  if (!workshop || !member || !lesson) notFound()
  const saved = await loadProgress(db, learnerId, lessonId)
  const submissions = await db.submission.findMany({ where: { workshopId, learnerId, lessonId }, orderBy: { submittedAt: 'asc' } })
  return (
    <section className="replay-page">
      <p className="muted">
        <Link href={`/instructor/workshops/${workshopId}`}>{workshop.title}</Link>
      </p>
      <h1>
        {member.displayName} · {lesson.title}
      </h1>
      <LearnerReplay
        workshopId={workshopId}
        learnerId={learnerId}
        lesson={lesson}
        log={saved?.log ?? []}
        completions={saved?.completions ?? []}
        submissions={submissions.map((s) => ({ stepId: s.stepId, score: s.score, max: s.max, at: s.submittedAt.toISOString(), results: JSON.parse(s.results) as { id: string; title: string; pass: boolean; detail: string }[] }))}
      />
    </section>
  )
}
