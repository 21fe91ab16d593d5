import 'server-only'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { lessonFrontMatterSchema, type LessonFrontMatter } from '@/simulator/lessons/front-matter'
import { splitFrontMatter } from '@/simulator/lessons/split-front-matter'
import type { ParsedLesson } from '@/simulator/lessons/parse-lesson'
import type { Lesson } from '@/simulator/lessons/lesson'
import { lessonsDir, readLessonFolder } from './lesson-files'

export interface CatalogueEntry extends LessonFrontMatter {
  /** The lesson's folder name, e.g. `01-first-statefulset`; also its URL slug. */
  slug: string
  /** Number of steps (`## Title {#id}` headings). */
  steps: number
}

export interface Catalogue {
  lessons: CatalogueEntry[]
  /** Lessons that could not be read, with the reason; shown to authors, never hidden. */
  problems: { slug: string; error: string }[]
}

export const defaultLessonsDir = lessonsDir

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/

/** The lesson at `slug`, parsed in full; null when there is none, errors when it is broken. */
export function loadLesson(slug: string, dir = defaultLessonsDir()): ParsedLesson | null {
  if (!SLUG.test(slug)) return null
  return readLessonFolder(dir, slug)
}

/** The parsed lesson whose front-matter id is `id`; null when there is none or it is broken. */
export async function lessonById(id: string, dir = defaultLessonsDir()): Promise<Lesson | null> {
  const { lessons } = await loadCatalogue(dir)
  const entry = lessons.find((l) => l.id === id)
  const parsed = entry ? loadLesson(entry.slug, dir) : null
  return parsed?.ok ? parsed.lesson : null
}

let cachedIds: { dir: string; at: number; ids: Promise<Set<string>> } | undefined

/**
 * The ids of the lessons in `dir`, re-read at most every few seconds: route handlers check every
 * request against them, and lesson authors still see a new lesson almost at once.
 */
export function lessonIds(dir = defaultLessonsDir()): Promise<Set<string>> {
  const now = Date.now()
  if (cachedIds?.dir !== dir || now - cachedIds.at > 5_000) {
    cachedIds = { dir, at: now, ids: loadCatalogue(dir).then((c) => new Set(c.lessons.map((l) => l.id))) }
  }
  return cachedIds.ids
}

/**
 * Reads every `<dir>/<slug>/lesson.md` and returns the lessons sorted by slug (folder names
 * carry their order, `01-…`, `02-…`). A folder without lesson.md is skipped; one whose front
 * matter is invalid is reported in `problems` rather than failing the whole catalogue.
 */
export async function loadCatalogue(dir = defaultLessonsDir()): Promise<Catalogue> {
  const entries = await readdir(/*turbopackIgnore: true*/ dir, { withFileTypes: true }).catch(() => [])
  const slugs = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort()
  const catalogue: Catalogue = { lessons: [], problems: [] }
  for (const slug of slugs) {
    const text = await readFile(/*turbopackIgnore: true*/ path.join(dir, slug, 'lesson.md'), 'utf8').catch(() => null)
    if (text === null) continue
    const entry = parseCatalogueEntry(slug, text)
    if ('error' in entry) catalogue.problems.push({ slug, error: entry.error })
    else catalogue.lessons.push(entry)
  }
  return catalogue
}

export function parseCatalogueEntry(slug: string, text: string): CatalogueEntry | { error: string } {
  const split = splitFrontMatter(text)
  if (!split.ok) return { error: split.error }
  const parsed = lessonFrontMatterSchema.safeParse(split.data)
  if (!parsed.success) {
    const first = parsed.error.issues[0]
    return { error: `front matter ${first.path.join('.') || '(root)'}: ${first.message}` }
  }
  const steps = split.body.split('\n').filter((line) => /^## .*\{#[a-z0-9-]+[^}]*\}\s*$/.test(line)).length
  return { slug, ...parsed.data, steps }
}
