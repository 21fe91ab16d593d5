// npm run lessons:check [-- [--transcript] [SLUG…]]: validates every lesson under lessons/ (or the
// named ones), replays each solution and requires every check to pass after its step and to fail
// on the starting cluster. Prints steps, checks and solution time per lesson; exits 1 on problems.
import { readdirSync } from 'node:fs'
import { lessonsDir, readLessonFolder } from '../app/_lib/lesson-files'
import { verifyLesson } from '../simulator/lessons/verify-lesson'

function main(argv: string[]): number {
  const showTranscript = argv.includes('--transcript')
  const named = argv.filter((a) => !a.startsWith('--'))
  const dir = lessonsDir()
  const slugs = named.length ? named : readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()
  let failed = 0
  let total = 0
  for (const slug of slugs) {
    const parsed = readLessonFolder(dir, slug)
    if (parsed === null) {
      if (named.length) {
        console.log(`✗ ${slug}: no lessons/${slug}/lesson.md`)
        failed++
      }
      continue
    }
    total++
    if (!parsed.ok) {
      failed++
      console.log(`✗ ${slug}`)
      for (const error of parsed.errors) console.log(`    ${error}`)
      continue
    }
    const report = verifyLesson(parsed.lesson)
    const figures = `${report.steps} steps, ${report.checks} checks, solution ${report.solutionSeconds} s virtual`
    console.log(`${report.problems.length ? '✗' : '✓'} ${slug}: ${figures}`)
    for (const problem of report.problems) console.log(`    ${problem}`)
    if (report.problems.length) failed++
    if (showTranscript) process.stdout.write(report.transcript.replace(/^/gm, '    | '))
  }
  console.log(`${total - failed} of ${total} lessons pass`)
  return failed ? 1 : 0
}

process.exitCode = main(process.argv.slice(2))
