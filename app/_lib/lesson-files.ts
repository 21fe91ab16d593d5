// Reads a lesson folder from disk into a Lesson. Shared by the lesson page (through lessons.ts)
// and by `npm run lessons:check`, so both see the same lesson.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parseLesson, type ParsedLesson } from '@/simulator/lessons/parse-lesson'

export const lessonsDir = () => path.join(process.cwd(), 'lessons')

export function readLessonFolder(dir: string, slug: string): ParsedLesson | null {
  const folder = path.join(dir, slug)
  const read = (file: string): string | undefined => {
    try {
      return readFileSync(/*turbopackIgnore: true*/ path.join(folder, file), 'utf8')
    } catch {
      return undefined
    }
  }
  const text = read('lesson.md')
  if (text === undefined) return null
  return parseLesson({ slug, text, solution: read('solution.sh'), readFile: read })
}
