import 'server-only'
import { loadCatalogue, loadLesson } from '../lessons'

/** What workshops need of a lesson: its place, title, module and steps, without the prose. */
export interface LessonOutline {
  id: string
  slug: string
  title: string
  /** The module number from the front matter; lessons without one form their own module. */
  module: number
  steps: { id: string; title: string; exercise: boolean; checks: number }[]
}

let cached: { at: number; outlines: Promise<LessonOutline[]> } | undefined

/** Every lesson's outline in catalogue order, re-read at most every few seconds. */
export function lessonOutlines(): Promise<LessonOutline[]> {
  const now = Date.now()
  if (!cached || now - cached.at > 5_000) cached = { at: now, outlines: readOutlines() }
  return cached.outlines
}

async function readOutlines(): Promise<LessonOutline[]> {
  const { lessons } = await loadCatalogue()
  const outlines: LessonOutline[] = []
  for (const [index, entry] of lessons.entries()) {
    const parsed = loadLesson(entry.slug)
    if (!parsed?.ok) continue
    outlines.push({
      id: entry.id,
      slug: entry.slug,
      title: entry.title,
      module: entry.module ?? 1000 + index,
      steps: parsed.lesson.steps.map((s) => ({ id: s.id, title: s.title, exercise: s.exercise, checks: s.checks.length })),
    })
  }
  return outlines
}
