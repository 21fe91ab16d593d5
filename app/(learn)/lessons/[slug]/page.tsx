import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { learnerFromCookies } from '@/app/_lib/current-learner'
import { getDb } from '@/app/_lib/db'
import { loadCatalogue, loadLesson } from '@/app/_lib/lessons'
import { loadProgress, type SavedProgress } from '@/app/_lib/progress'
import { renderMarkdown } from '@/app/_components/lesson-reader/render-markdown'
import type { LessonPageData } from '@/app/_components/lesson-reader/lesson-reader'
import type { Lesson } from '@/simulator/index'
import { LessonWorkbench } from './lesson-workbench'

// Lessons are read at request time so authors see their edits without a rebuild.
export const dynamic = 'force-dynamic'

type Params = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const parsed = loadLesson((await params).slug)
  return { title: parsed?.ok ? parsed.lesson.title : 'Lesson' }
}

export default async function LessonPage({ params }: Params) {
  const { slug } = await params
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
  const { lessons } = await loadCatalogue()
  const after = lessons[lessons.findIndex((l) => l.slug === slug) + 1]
  const next = after && lessons.some((l) => l.slug === slug) ? { slug: after.slug, title: after.title } : undefined
  return <LessonWorkbench data={{ ...pageData(parsed.lesson), next }} saved={await savedProgress(parsed.lesson.id)} />
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
