import { describe, expect, it } from 'vitest'
import { parseLesson } from '@/simulator/lessons/parse-lesson'

const FRONT = `---
id: demo
title: Demo
summary: A demo lesson.
minutes: 5
cluster:
  seed: 1
  files: [web.yaml]
---
Intro text.
`

const STEP = `
## Apply it {#apply-it}

Apply the file.

\`\`\`bash
kubectl apply -f web.yaml
\`\`\`

\`\`\`hints
- Use kubectl apply.
\`\`\`

\`\`\`checks
- id: applied
  title: You applied web.yaml
  command: { matches: 'kubectl apply' }
\`\`\`
`

const files: Record<string, string> = { 'files/web.yaml': 'kind: ConfigMap\n' }
const read = (path: string) => files[path]

describe('parseLesson', () => {
  it('reads front matter, intro, steps, their blocks and solution sections', () => {
    const parsed = parseLesson({ slug: '01-demo', text: FRONT + STEP, solution: '# header\n# step: apply-it\nkubectl apply -f web.yaml\n', readFile: read })
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    const { lesson } = parsed
    expect(lesson.intro).toBe('Intro text.')
    expect(lesson.cluster).toEqual({ seed: 1, objects: [], files: { 'web.yaml': 'kind: ConfigMap\n' } })
    expect(lesson.steps).toEqual([
      {
        id: 'apply-it',
        title: 'Apply it',
        body: 'Apply the file.\n\n```bash\nkubectl apply -f web.yaml\n```',
        checks: [{ id: 'applied', title: 'You applied web.yaml', failure: undefined, predicate: { command: { matches: 'kubectl apply' } } }],
        hints: ['Use kubectl apply.'],
        solution: 'kubectl apply -f web.yaml\n',
        exercise: false,
      },
    ])
  })

  it('lists every problem with its line', () => {
    const text = FRONT.replace('files: [web.yaml]', 'files: [missing.yaml]') + STEP.replace('{#apply-it}', '') + '\n## Exercise {#ex .exercise}\n\n```hints\n- no\n```\n'
    const parsed = parseLesson({ slug: 'x', text, solution: 'kubectl get pods\n', readFile: read })
    expect(parsed).toEqual({
      ok: false,
      errors: [
        'front matter cluster.files: files/missing.yaml does not exist',
        'lesson.md:12: a step heading needs a stable id: "## Title {#step-id}"',
        'lesson.md:20: a hints block must be inside a step',
        'lesson.md:24: a checks block must be inside a step',
        'lesson.md:30: step ex has no checks block',
        'lesson.md:30: exercise ex must not have hints',
        'solution.sh: line 1: commands before the first "# step: <id>" line',
      ],
    })
  })
})
