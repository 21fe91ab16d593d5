import { describe, expect, it } from 'vitest'
import { createLessonProgress } from '@/app/_stores/lesson-progress'

const lesson = { steps: [{ id: 'one' }, { id: 'two' }] } as unknown as Parameters<typeof createLessonProgress>[0]

describe('lesson progress', () => {
  it('keeps the checklist when a check run gives the same results, so it does not re-render', () => {
    const progress = createLessonProgress(lesson)
    progress.getState().setResults([{ id: 'a', title: 'A', pass: false, detail: '0 ready' }])
    const first = progress.getState().results
    let notified = 0
    progress.subscribe(() => notified++)
    progress.getState().setResults([{ id: 'a', title: 'A', pass: false, detail: '0 ready' }])
    expect(progress.getState().results).toBe(first)
    expect(notified).toBe(0)
    progress.getState().setResults([{ id: 'a', title: 'A', pass: false, detail: '1 ready' }])
    expect(progress.getState().results[0].detail).toBe('1 ready')
    expect(notified).toBe(1)
  })
})
