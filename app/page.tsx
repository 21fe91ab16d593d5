import Link from 'next/link'
import { learnerFromCookies } from './_lib/current-learner'
import { getDb } from './_lib/db'
import { loadCatalogue } from './_lib/lessons'
import { progressSummary, type LessonSummary } from './_lib/progress'
import { learnerWorkshops } from './_lib/workshops/workshops'

// The catalogue reads lessons/ at request time so authors see edits without a rebuild.
export const dynamic = 'force-dynamic'

interface Visitor {
  progress: Map<string, LessonSummary>
  workshops: { id: string; title: string }[]
}

/** The visitor's progress per lesson id and their workshops; empty for a new visitor or when the database is unreadable. */
async function visitor(): Promise<Visitor> {
  try {
    const db = getDb()
    const learner = await learnerFromCookies(db)
    if (!learner) return { progress: new Map(), workshops: [] }
    const [progress, workshops] = await Promise.all([progressSummary(db, learner), learnerWorkshops(db, learner)])
    return { progress, workshops }
  } catch {
    return { progress: new Map(), workshops: [] }
  }
}

export default async function CataloguePage() {
  const [{ lessons, problems }, { progress, workshops }] = await Promise.all([loadCatalogue(), visitor()])
  const done = lessons.filter((l) => progress.get(l.id)?.completed).length
  // The unfinished lesson worked on last, to go back to.
  const resume = lessons
    .filter((l) => progress.has(l.id) && !progress.get(l.id)?.completed)
    .sort((a, b) => (progress.get(b.id)?.updatedAt.getTime() ?? 0) - (progress.get(a.id)?.updatedAt.getTime() ?? 0))[0]
  return (
    <>
      <h1>Learn StatefulSets by doing</h1>
      <p>Each lesson pairs a kubectl terminal with a simulated cluster that behaves like a real one.</p>
      {lessons.length > 0 && (
        <p className="overall" aria-label="Overall progress">
          <progress max={lessons.length} value={done} /> {done} of {lessons.length} lessons completed
        </p>
      )}
      {workshops.length > 0 && (
        <p className="resume">
          Your workshop{workshops.length === 1 ? '' : 's'}:{' '}
          {workshops.map((w, i) => (
            <span key={w.id}>
              {i > 0 && ', '}
              <Link href={`/workshops/${w.id}`}>{w.title}</Link>
            </span>
          ))}
        </p>
      )}
      {resume && (
        <p className="resume">
          Continue where you left off: <Link href={`/lessons/${resume.slug}`}>{resume.title}</Link>
        </p>
      )}
      {lessons.length === 0 ? (
        <p className="empty-state">No lessons yet. Lessons are folders under <code>lessons/</code>.</p>
      ) : (
        <ol className="catalogue" aria-label="Lessons">
          {lessons.map((lesson) => {
            const mine = progress.get(lesson.id)
            return (
              <li key={lesson.slug} className={`lesson-card${mine?.completed ? ' lesson-done-card' : ''}`}>
                <h2>
                  <Link href={`/lessons/${lesson.slug}`}>{lesson.title}</Link>
                </h2>
                <p>{lesson.summary}</p>
                <p className="meta">
                  About {lesson.minutes} min · {lesson.steps} steps
                  {mine && <> · {mine.completed ? <strong>Completed</strong> : `${Math.min(mine.steps, lesson.steps)} of ${lesson.steps} steps done`}</>}
                </p>
              </li>
            )
          })}
        </ol>
      )}
      {problems.length > 0 && (
        <section className="problems" aria-label="Lesson problems">
          <h2>Lessons that could not be read</h2>
          <ul>
            {problems.map((p) => (
              <li key={p.slug}>
                <code>{p.slug}</code>: {p.error}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  )
}
