// A parsed lesson: plain JSON, so the server can hand it to the lesson page as it is.
import type { Check } from '../checks/schema'
import type { NodeSpec } from '../engine/default-cluster'
import type { FeatureGates } from '../engine/feature-gates'
import type { Predict } from './lesson-schema'

export interface LessonStep {
  /** Stable id from the heading's {#id}; progress records point at it. */
  id: string
  title: string
  /** Markdown prose, with the checks, hints and predict blocks taken out. */
  body: string
  checks: Check[]
  hints: string[]
  predict?: Predict
  /** The part of solution.sh after `# step: <id>`. */
  solution: string
  /** A graded exercise (heading marked {#id .exercise}): no hints, checks shown on submit. */
  exercise: boolean
}

export interface Lesson {
  slug: string
  id: string
  title: string
  summary: string
  minutes: number
  module?: number
  cluster: {
    seed: number
    nodes?: NodeSpec[]
    /** Feature gates set on the cluster; the others keep their v1.31 defaults. */
    featureGates?: Partial<FeatureGates>
    /** Objects created at time 0, parsed from the lesson's manifests. */
    objects: unknown[]
    /** Home-directory files by name. */
    files: Record<string, string>
  }
  /** Markdown before the first step. */
  intro: string
  steps: LessonStep[]
}
