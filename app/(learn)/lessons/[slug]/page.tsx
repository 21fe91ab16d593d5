import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, redirect } from 'next/navigation'
import { learnerFromCookies } from '@/app/_lib/current-learner'
import { getDb } from '@/app/_lib/db'
import { loadCatalogue, loadLesson } from '@/app/_lib/lessons'
import { attemptStartedAt, loadProgress, type SavedProgress } from '@/app/_lib/progress'
import { renderMarkdown } from '@/app/_components/lesson-reader/render-markdown'
import type { LessonPageData } from '@/app/_components/lesson-reader/lesson-reader'
import type { Lesson } from '@/simulator/index'
import { learnerWorkshopState, type LearnerWorkshopState } from '@/app/_lib/workshops/learner-view'
import { learnerWorkshop, sharedWithWorkshop } from '@/app/_lib/workshops/workshops'
import { LessonWorkbench } from './lesson-workbench'

// Lessons are read at request time so authors see their edits without a rebuild.
export const dynamic = 'force-dynamic'

type Params = { params: Promise<{ slug: string }> }
type Props = Params & { searchParams: Promise<{ workshop?: string | string[] }> }

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const parsed = loadLesson((await params).slug)
  return { title: parsed?.ok ? parsed.lesson.title : 'Lesson' }
}

export default async function LessonPage({ params, searchParams }: Props) {
  const { slug } = await params
  const { workshop: workshopId } = await searchParams
  const parsed = loadLesson(slug)
  if (!parsed) notFound()
  if (!parsed.ok) {
    return (
      <section className="problems" aria-label="Lesson problems">
        <h1>This lesson cannot be shown</h1>
        <p>
          <code>lessons/{slug}</code> has problems; <code>npm run lessons:check</code> lists them too.
        </p>
        <ul>
          {parsed.errors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      </section>
    )
  }
  if (typeof workshopId === 'string') {
    const db = getDb()
    const learnerId = await learnerFromCookies(db)
    const member = learnerId ? await learnerWorkshop(db, learnerId, workshopId) : null
    if (!learnerId || !member) redirect('/join')
    const state = await learnerWorkshopState(db, member.workshop, learnerId, member.displayName)
    const index = state.lessons.findIndex((l) => l.id === parsed.lesson.id)
    if (index >= 0) {
      if (!state.lessons[index].unlocked) return <LockedLesson title={parsed.lesson.title} workshop={state} />
      const after = state.lessons.slice(index + 1).find((l) => l.unlocked)
      const next = after ? { slug: after.slug, title: after.title, href: `/lessons/${after.slug}?workshop=${state.id}` } : { slug: '', title: `Back to ${state.title}`, href: `/workshops/${state.id}` }
      const startedAt = await attemptStartedAt(db, learnerId, parsed.lesson.id)
      const beganBeforeJoining = startedAt !== null && !sharedWithWorkshop(startedAt, member.joinedAt)
      return <LessonWorkbench data={{ ...pageData(parsed.lesson), next }} saved={await savedProgress(parsed.lesson.id)} workshop={state} beganBeforeJoining={beganBeforeJoining} />
    }
  }
  const { lessons } = await loadCatalogue()
  const after = lessons[lessons.findIndex((l) => l.slug === slug) + 1]
  const next = after && lessons.some((l) => l.slug === slug) ? { slug: after.slug, title: after.title } : undefined
  return <LessonWorkbench data={{ ...pageData(parsed.lesson), next }} saved={await savedProgress(parsed.lesson.id)} />
}

function LockedLesson({ title, workshop }: { title: string; workshop: LearnerWorkshopState }) {
  return (
    <section className="narrow">
      <h1>{title}</h1>
      <p>
        This lesson is locked in <Link href={`/workshops/${workshop.id}`}>{workshop.title}</Link>: your instructor opens it when
        the group gets there.
      </p>
    </section>
  )
}

/** The visitor's saved progress; null for a new visitor, or when the database cannot be read. */
async function savedProgress(lessonId: string): Promise<SavedProgress | null> {
  try {
    const db = getDb()
    const learner = await learnerFromCookies(db)
    return learner ? await loadProgress(db, learner, lessonId) : null
  } catch (error) {
    console.error(`ordinal: could not read saved progress: ${(error as Error).message}`)
    return null
  }
}

/** The lesson with its markdown rendered; exercises travel without their solutions. */
function pageData(lesson: Lesson): LessonPageData {
  return {
    lesson: { ...lesson, steps: lesson.steps.map((step) => (step.exercise ? { ...step, solution: '' } : step)) },
    introHtml: renderMarkdown(lesson.intro),
    steps: lesson.steps.map((step) => ({ bodyHtml: renderMarkdown(step.body), hintsHtml: step.hints.map(renderMarkdown) })),
  }
}
