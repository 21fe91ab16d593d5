// grade.replay_500: replaying and grading a 500-command log of lesson 1 (the solution, then
// look-around commands a second apart) in the server's copy of the simulator; grade.hostile_log:
// the longest grading a log within the simulator's LOG_LIMITS can cause.
import path from 'node:path'
import { readLessonFolder } from '../../app/_lib/lesson-files'
import { createCluster, gradeStep, lessonClusterOptions } from '../../simulator/index'
import { medianMs, type Figure } from './measure'

export function gradeBenchmarks(): Figure[] {
  const parsed = readLessonFolder(path.join(process.cwd(), 'lessons'), '01-first-statefulset')
  if (!parsed?.ok) throw new Error('lesson 1 does not parse')
  const lesson = parsed.lesson
  const cluster = createCluster(lessonClusterOptions(lesson, true))
  for (const step of lesson.steps) cluster.runScript(step.solution)
  const looks = ['kubectl get pods', 'kubectl get sts', 'kubectl get pvc', 'kubectl describe sts cache', 'kubectl get pods -o wide']
  for (let i = 0; cluster.log.length < 500; i++) {
    cluster.advance(1000)
    cluster.run(looks[i % looks.length])
  }
  const log = [...cluster.log]
  const at = cluster.now()
  const check = gradeStep(lesson, 'exercise-cache', log, at)
  if (!check.ok || check.grade.score !== check.grade.max) throw new Error('the benchmark log does not pass the exercise')
  // The worst a log within LOG_LIMITS can ask of grading: the solution, then a day of running
  // cluster and a line of 20,000 sleeps, submitted a day after that.
  const day = 24 * 60 * 60 * 1000
  const hostile = [...log, { at: day, line: 'sleep 1; '.repeat(20_000).trim() }]
  return [
    { name: 'grade.replay_500', value: Math.round(medianMs(() => gradeStep(lesson, 'exercise-cache', log, at), 10, 2) * 10) / 10, unit: 'ms' },
    { name: 'grade.hostile_log', value: Math.round(medianMs(() => gradeStep(lesson, 'exercise-cache', hostile, 2 * day - 1), 3, 1)), unit: 'ms' },
  ]
}
