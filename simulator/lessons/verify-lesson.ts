// What `npm run lessons:check` proves about one lesson: its starting objects are accepted, no
// check passes on the starting cluster, no step is complete before its turn, and replaying
// solution.sh step by step makes every check of each step pass at the end of that step.
import { createCluster, evaluate, lessonClusterOptions, type Cluster } from '../index'
import type { Lesson } from './lesson'

export interface LessonReport {
  steps: number
  checks: number
  /** Virtual seconds the whole solution took. */
  solutionSeconds: number
  problems: string[]
  /** The solution's transcript, for authors debugging a failing check. */
  transcript: string
}

export function verifyLesson(lesson: Lesson): LessonReport {
  const problems: string[] = []
  const cluster = createCluster(lessonClusterOptions(lesson))
  for (const { object, message } of cluster.runtime.rejected) {
    const o = object as { kind?: string; metadata?: { name?: string } }
    problems.push(`starting object ${o.kind ?? '?'}/${o.metadata?.name ?? '?'} was rejected: ${message}`)
  }
  const checks = lesson.steps.flatMap((step) => step.checks.map((check) => ({ step, check })))
  for (const { step, check } of checks) {
    const result = evaluate(check, cluster)
    if (result.pass) problems.push(`${step.id}/${check.id} passes on the starting cluster (${result.detail})`)
  }
  const start = cluster.now()
  const transcript: string[] = []
  for (const step of lesson.steps) {
    if (step.checks.every((check) => evaluate(check, cluster).pass)) problems.push(`${step.id} is complete before the learner starts it`)
    transcript.push(`# step: ${step.id}\n`, cluster.runScript(step.solution).transcript)
    problems.push(...failingChecks(step.id, step.checks, cluster))
  }
  return {
    steps: lesson.steps.length,
    checks: checks.length,
    solutionSeconds: Math.round((cluster.now() - start) / 1000),
    problems,
    transcript: transcript.join(''),
  }
}

function failingChecks(stepId: string, checks: Lesson['steps'][number]['checks'], cluster: Cluster): string[] {
  return checks.flatMap((check) => {
    const result = evaluate(check, cluster)
    return result.pass ? [] : [`${stepId}/${check.id} fails after the solution: ${result.detail}`]
  })
}
