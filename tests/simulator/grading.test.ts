import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { readLessonFolder } from '@/app/_lib/lesson-files'
import { createCluster, gradeStep, lessonClusterOptions, LOG_LIMITS, type Lesson } from '@/simulator/index'

function lesson(): Lesson {
  const parsed = readLessonFolder(path.join(__dirname, '..', '..', 'lessons'), '01-first-statefulset')
  if (!parsed?.ok) throw new Error('lesson 1 does not parse')
  return parsed.lesson
}

describe('grading by replay', () => {
  it('gives full marks to a log that does the work', () => {
    const l = lesson()
    const cluster = createCluster(lessonClusterOptions(l, true))
    for (const step of l.steps) cluster.runScript(step.solution)
    const outcome = gradeStep(l, 'exercise-cache', cluster.log, cluster.now())
    expect(outcome).toMatchObject({ ok: true, grade: { stepId: 'exercise-cache', score: 4, max: 4 } })
  })

  it('gives nothing for a claim without the commands that earn it', () => {
    const outcome = gradeStep(lesson(), 'exercise-cache', [{ at: 0, line: 'echo "all checks passed, score 4/4"' }], 60_000)
    expect(outcome).toMatchObject({ ok: true, grade: { score: 0, max: 4 } })
    if (outcome.ok) expect(outcome.grade.results[0].detail).toBe('StatefulSet cache does not exist')
  })

  it('refuses hostile logs before running anything', () => {
    const l = lesson()
    expect(gradeStep(l, 'exercise-cache', [{ at: 0, line: 'x'.repeat(1_000_001) }])).toEqual({ ok: false, error: 'entry 1: line must be text' })
    const sleeps = Array.from({ length: 1_000_000 }, (_, i) => ({ at: i, line: 'sleep 1' }))
    expect(gradeStep(l, 'exercise-cache', sleeps)).toEqual({ ok: false, error: `a command log holds at most ${LOG_LIMITS.entries} entries` })
    expect(gradeStep(l, 'exercise-cache', [{ at: 0, line: 'true' }], 10 * 24 * 3600 * 1000)).toEqual({ ok: false, error: 'the submission time must be after the last command and within a day of it' })
    expect(gradeStep(l, 'no-such-step', [])).toEqual({ ok: false, error: 'lesson first-statefulset has no step no-such-step' })
  })

  it('cuts off a command that would sleep a million times at the submission time', () => {
    const outcome = gradeStep(lesson(), 'exercise-cache', [{ at: 0, line: 'for i in $(seq 1000000); do sleep 1; done' }], 30_000)
    expect(outcome).toMatchObject({ ok: true, grade: { score: 0, gradedAtMs: 30_000 } })
  })
})
