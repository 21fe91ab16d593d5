import Link from 'next/link'
import { loadCatalogue } from './_lib/lessons'

// The catalogue reads lessons/ at request time so authors see edits without a rebuild.
export const dynamic = 'force-dynamic'

export default async function CataloguePage() {
  const { lessons, problems } = await loadCatalogue()
  return (
    <>
      <h1>Learn StatefulSets by doing</h1>
      <p>Each lesson pairs a kubectl terminal with a simulated cluster that behaves like a real one.</p>
      {lessons.length === 0 ? (
        <p className="empty-state">No lessons yet. Lessons are folders under <code>lessons/</code>.</p>
      ) : (
        <ol className="catalogue" aria-label="Lessons">
          {lessons.map((lesson) => (
            <li key={lesson.slug} className="lesson-card">
              <h2>
                <Link href={`/lessons/${lesson.slug}`}>{lesson.title}</Link>
              </h2>
              <p>{lesson.summary}</p>
              <p className="meta">About {lesson.minutes} min</p>
            </li>
          ))}
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
