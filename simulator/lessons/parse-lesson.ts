// Reads a lesson folder's texts into a Lesson, or into the list of everything wrong with it
// (with lesson.md line numbers), so authors fix all problems in one pass.
import { parse as parseYaml, parseAllDocuments } from 'yaml'
import type { z } from 'zod'
import { checksSchema } from '../checks/schema'
import { isKnownKind } from '../checks/kinds'
import type { Check, Predicate } from '../checks/schema'
import { hintsSchema, lessonHeaderSchema, predictSchema } from './lesson-schema'
import type { Lesson, LessonStep } from './lesson'
import { splitFrontMatter } from './split-front-matter'
import { splitSolution } from './split-solution'

export interface LessonSources {
  /** Folder name, also the URL slug. */
  slug: string
  /** lesson.md */
  text: string
  /** solution.sh, or undefined when missing. */
  solution: string | undefined
  /** Reads a lesson-relative file; undefined when it does not exist. */
  readFile(path: string): string | undefined
}

export type ParsedLesson = { ok: true; lesson: Lesson } | { ok: false; errors: string[] }

const HEADING = /^## +(.+?) *\{#([a-z0-9]+(?:-[a-z0-9]+)*)((?: +\.[a-z-]+)*)\} *$/
const FENCE = /^(```|~~~)\s*([\w-]*)\s*$/
const BLOCKS = new Set(['checks', 'hints', 'predict'])

export function parseLesson(sources: LessonSources): ParsedLesson {
  const errors: string[] = []
  const split = splitFrontMatter(sources.text)
  if (!split.ok) return { ok: false, errors: [`lesson.md: ${split.error}`] }
  const header = lessonHeaderSchema.safeParse(split.data)
  if (!header.success) return { ok: false, errors: zodErrors('lesson.md front matter', header.error) }
  const { cluster, ...meta } = header.data
  const objects = cluster.objects.flatMap((path) => readManifest(path, sources, errors))
  const files: Record<string, string> = {}
  for (const path of cluster.files) {
    const text = sources.readFile(`files/${path}`)
    if (text === undefined) errors.push(`front matter cluster.files: files/${path} does not exist`)
    else files[path.split('/').pop() as string] = text
  }
  const { intro, steps } = parseBody(split.body, split.bodyLine, errors)
  if (steps.length === 0) errors.push('lesson.md: no steps (a step is a "## Title {#step-id}" heading)')
  attachSolutions(steps, sources.solution, errors)
  if (errors.length) return { ok: false, errors }
  return { ok: true, lesson: { slug: sources.slug, ...meta, cluster: { ...cluster, objects, files }, intro, steps } }
}

function readManifest(path: string, sources: LessonSources, errors: string[]): unknown[] {
  const text = sources.readFile(path)
  if (text === undefined) {
    errors.push(`front matter cluster.objects: ${path} does not exist`)
    return []
  }
  const docs = parseAllDocuments(text)
  const list = Array.isArray(docs) ? docs : [docs]
  const bad = list.flatMap((d) => d.errors)
  if (bad.length) {
    errors.push(`${path}: ${bad[0].message}`)
    return []
  }
  return list.map((d) => d.toJS()).filter((o) => o !== null)
}

interface RawStep extends LessonStep {
  line: number
}

function parseBody(body: string, firstLine: number, errors: string[]): { intro: string; steps: RawStep[] } {
  const lines = body.split('\n')
  const intro: string[] = []
  const steps: RawStep[] = []
  const proseOf = new Map<RawStep, string[]>()
  let prose = intro
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    const lineNo = firstLine + i
    if (line.startsWith('## ')) {
      const heading = HEADING.exec(line)
      if (!heading) {
        errors.push(`lesson.md:${lineNo}: a step heading needs a stable id: "## Title {#step-id}"`)
        continue
      }
      const step: RawStep = { id: heading[2], title: heading[1], body: '', checks: [], hints: [], solution: '', exercise: heading[3].includes('.exercise'), line: lineNo }
      if (steps.some((s) => s.id === step.id)) errors.push(`lesson.md:${lineNo}: step id ${step.id} is used twice`)
      steps.push(step)
      prose = []
      proseOf.set(step, prose)
      continue
    }
    const fence = FENCE.exec(line)
    if (fence && BLOCKS.has(fence[2])) {
      const end = lines.findIndex((l, j) => j > i && l.trim() === fence[1])
      if (end < 0) {
        errors.push(`lesson.md:${lineNo}: the ${fence[2]} block is never closed`)
        break
      }
      const step = steps[steps.length - 1]
      if (!step) errors.push(`lesson.md:${lineNo}: a ${fence[2]} block must be inside a step`)
      else readBlock(step, fence[2], lines.slice(i + 1, end).join('\n'), lineNo, errors)
      i = end
      continue
    }
    if (fence) {
      const end = lines.findIndex((l, j) => j > i && l.trim() === fence[1])
      const stop = end < 0 ? lines.length - 1 : end
      prose.push(...lines.slice(i, stop + 1))
      i = stop
      continue
    }
    prose.push(line)
  }
  for (const step of steps) {
    step.body = (proseOf.get(step) ?? []).join('\n').trim()
    if (step.checks.length === 0) errors.push(`lesson.md:${step.line}: step ${step.id} has no checks block`)
    if (step.exercise && step.hints.length) errors.push(`lesson.md:${step.line}: exercise ${step.id} must not have hints`)
  }
  return { intro: intro.join('\n').trim(), steps }
}

function readBlock(step: RawStep, kind: string, text: string, line: number, errors: string[]): void {
  let data: unknown
  try {
    data = parseYaml(text)
  } catch (err) {
    errors.push(`lesson.md:${line}: ${kind} block is not valid YAML: ${(err as Error).message.split('\n')[0]}`)
    return
  }
  const where = `lesson.md:${line}: ${kind} of step ${step.id}`
  if (kind === 'checks') {
    const parsed = checksSchema.safeParse(data)
    if (!parsed.success) return void errors.push(...zodErrors(where, parsed.error))
    step.checks.push(...parsed.data)
    for (const check of parsed.data) errors.push(...unknownKinds(check).map((k) => `${where}: check ${check.id} names unknown kind ${k}`))
  } else if (kind === 'hints') {
    const parsed = hintsSchema.safeParse(data)
    if (!parsed.success) return void errors.push(...zodErrors(where, parsed.error))
    step.hints.push(...parsed.data)
  } else {
    const parsed = predictSchema.safeParse(data)
    if (!parsed.success) return void errors.push(...zodErrors(where, parsed.error))
    step.predict = parsed.data
  }
}

function unknownKinds(check: Check): string[] {
  const kinds: string[] = []
  const visit = (p: Predicate) => {
    if ('all' in p) p.all.forEach(visit)
    else if ('any' in p) p.any.forEach(visit)
    else if ('not' in p) visit(p.not)
    else if ('object' in p) kinds.push(p.object.kind)
    else if ('count' in p) kinds.push(p.count.kind)
    else if ('events' in p && p.events.object) kinds.push(p.events.object.split('/')[0])
  }
  visit(check.predicate)
  return kinds.filter((k) => !isKnownKind(k))
}

function attachSolutions(steps: RawStep[], solution: string | undefined, errors: string[]): void {
  if (solution === undefined) return void errors.push('solution.sh does not exist')
  const sections = splitSolution(solution)
  if (!sections.ok) return void errors.push(`solution.sh: ${sections.error}`)
  for (const step of steps) {
    const text = sections.steps.get(step.id)
    if (text === undefined) errors.push(`solution.sh: no "# step: ${step.id}" section`)
    else step.solution = text
  }
  for (const id of sections.steps.keys()) {
    if (!steps.some((s) => s.id === id)) errors.push(`solution.sh: section "# step: ${id}" names no step`)
  }
  const order = [...sections.steps.keys()].filter((id) => steps.some((s) => s.id === id))
  if (order.join() !== steps.map((s) => s.id).filter((id) => order.includes(id)).join()) errors.push('solution.sh: sections must follow the order of the steps')
  for (const step of steps) delete (step as Partial<RawStep>).line
}

function zodErrors(where: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => `${where}${issue.path.length ? ` ${issue.path.join('.')}` : ''}: ${issue.message}`)
}
