// The full lesson format: front matter (catalogue fields plus the starting cluster), and the
// YAML blocks a step holds (checks, hints, a predict-then-observe prompt).
import { z } from 'zod'
import type { FeatureGates } from '../engine/feature-gates'
import { lessonFrontMatterSchema } from './front-matter'

const relativePath = z
  .string()
  .min(1)
  .refine((p) => !p.startsWith('/') && !p.split('/').includes('..'), 'must be a path inside the lesson folder')

const nodeSchema = z
  .object({
    name: z.string().min(1),
    internalIP: z.string().min(1),
    podCIDR: z.string().min(1),
    controlPlane: z.boolean().optional(),
    cpu: z.string().optional(),
    memory: z.string().optional(),
    labels: z.record(z.string(), z.string()).optional(),
  })
  .strict()

/** Feature gates a lesson turns on or off, by upstream name; an unknown name is an error. */
export const featureGatesSchema = z
  .object({
    MaxUnavailableStatefulSet: z.boolean().optional(),
  } satisfies Record<keyof FeatureGates, z.ZodOptional<z.ZodBoolean>>)
  .strict()

/** The cluster a lesson starts from. */
export const startingClusterSchema = z
  .object({
    seed: z.number().int().nonnegative(),
    /** Nodes instead of kind's default three. */
    nodes: z.array(nodeSchema).min(1).optional(),
    /** Feature gates other than v1.31's defaults (`{ MaxUnavailableStatefulSet: true }`). */
    featureGates: featureGatesSchema.optional(),
    /** Manifests (lesson-relative) created before the learner arrives, then settled. */
    objects: z.array(relativePath).default([]),
    /** Files from the lesson's files/ folder placed in the learner's home directory. */
    files: z.array(relativePath).default([]),
  })
  .strict()

export const lessonHeaderSchema = lessonFrontMatterSchema
  .extend({ cluster: startingClusterSchema })
  .strict()

export type LessonHeader = z.infer<typeof lessonHeaderSchema>

export const hintsSchema = z
  .array(z.string({ error: 'each hint must be text: write it as a block (- |) when it contains ": " or starts with a quote' }).min(1))
  .min(1)

/** Predict-then-observe: a question answered before running the step's command. */
export const predictSchema = z
  .object({
    question: z.string().min(1),
    choices: z.array(z.string().min(1)).min(2),
    /** Index into choices, 0-based. */
    answer: z.number().int().nonnegative(),
    explanation: z.string().min(1),
  })
  .strict()
  .refine((p) => p.answer < p.choices.length, 'answer must index one of the choices')

export type Predict = z.infer<typeof predictSchema>
