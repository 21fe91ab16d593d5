import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'

vi.mock('server-only', () => ({}))
const { loadCatalogue } = await import('@/app/_lib/lessons')

const fixtures = path.join(__dirname, 'fixtures', 'lessons')

describe('lesson catalogue', () => {
  it('reads lessons in folder order and reports the ones it cannot read', async () => {
    const catalogue = await loadCatalogue(fixtures)
    expect(catalogue.lessons).toEqual([
      {
        slug: '01-good',
        id: 'first-statefulset',
        title: 'Your first StatefulSet',
        summary: 'Create a StatefulSet and its headless Service.',
        minutes: 15,
        steps: 1,
      },
    ])
    expect(catalogue.problems).toEqual([
      { slug: '02-bad-id', error: 'front matter id: must be lowercase words joined by dashes' },
      { slug: '03-no-front-matter', error: 'missing front matter: the file must start with a --- block' },
    ])
  })

  it('is empty, not an error, when the lessons folder is missing', async () => {
    expect(await loadCatalogue(path.join(fixtures, 'missing'))).toEqual({ lessons: [], problems: [] })
  })
})
