import { describe, expect, it } from 'vitest'
import { createCluster, lessonClusterOptions } from '@/simulator/index'
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

describe('front matter cluster.featureGates', () => {
  const SOLUTION = '# step: apply-it\nkubectl apply -f web.yaml\n'
  const withGates = (gates: string) => FRONT.replace('  files: [web.yaml]', `  files: [web.yaml]\n  featureGates: ${gates}`) + STEP

  it('reads the gates a lesson sets and hands them to the cluster', () => {
    const parsed = parseLesson({ slug: '01-demo', text: withGates('{ MaxUnavailableStatefulSet: true }'), solution: SOLUTION, readFile: read })
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    expect(parsed.lesson.cluster.featureGates).toEqual({ MaxUnavailableStatefulSet: true })
    const options = lessonClusterOptions(parsed.lesson)
    expect(options.featureGates).toEqual({ MaxUnavailableStatefulSet: true })
    const cluster = createCluster(options)
    expect(cluster.runtime.featureGates).toEqual({ MaxUnavailableStatefulSet: true })
    expect(cluster.runtime.api.featureGates.MaxUnavailableStatefulSet).toBe(true)
  })

  it('leaves them out when the lesson names none: v1.31 defaults', () => {
    const parsed = parseLesson({ slug: '01-demo', text: FRONT + STEP, solution: SOLUTION, readFile: read })
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'))
    expect('featureGates' in lessonClusterOptions(parsed.lesson)).toBe(false)
    expect(createCluster(lessonClusterOptions(parsed.lesson)).runtime.featureGates).toEqual({ MaxUnavailableStatefulSet: false })
  })

  it.each([
    ['{ MaxUnavailable: true }', 'lesson.md front matter cluster.featureGates: Unrecognized key: "MaxUnavailable"'],
    ['{ MaxUnavailableStatefulSet: "yes" }', 'lesson.md front matter cluster.featureGates.MaxUnavailableStatefulSet: Invalid input: expected boolean, received string'],
  ])('rejects %s', (gates, error) => {
    expect(parseLesson({ slug: '01-demo', text: withGates(gates), solution: SOLUTION, readFile: read })).toEqual({ ok: false, errors: [error] })
  })
})
