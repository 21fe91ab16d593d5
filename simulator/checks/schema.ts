// The vocabulary of lesson checks: a few predicates that compose (an object's field, a count over a
// label selector, the order of events, a command having been run, a file's content) plus all / any /
// not. Checks are data in lesson.md; simulator/checks/evaluate.ts judges them against a cluster.
import { z } from 'zod'
import { lessonIdSchema } from '../lessons/front-matter'
import { operatorsOf } from './operators'

/** One condition on the value at `path` (`.status.readyReplicas`, `.spec.containers[0].image`). */
export const fieldConditionSchema = z
  .object({
    path: z.string().regex(/^\./, 'must start with a dot, as in .status.readyReplicas'),
    equals: z.unknown().optional(),
    notEquals: z.unknown().optional(),
    exists: z.boolean().optional(),
    matches: z.string().optional(),
    in: z.array(z.unknown()).optional(),
    atLeast: z.number().optional(),
    atMost: z.number().optional(),
    contains: z.unknown().optional(),
  })
  .strict()
  .refine((c) => operatorsOf(c).length === 1, 'needs exactly one of equals, notEquals, exists, matches, in, atLeast, atMost, contains')

export type FieldCondition = z.infer<typeof fieldConditionSchema>


const conditionsSchema = z.union([fieldConditionSchema, z.array(fieldConditionSchema).min(1)])

const objectRefSchema = z
  .object({ kind: z.string().min(1), name: z.string().min(1), namespace: z.string().optional() })
  .strict()

const countExpectSchema = z
  .object({ equals: z.number().int().optional(), atLeast: z.number().int().optional(), atMost: z.number().int().optional() })
  .strict()
  .refine((e) => e.equals !== undefined || e.atLeast !== undefined || e.atMost !== undefined, 'needs equals, atLeast or atMost')

export interface ObjectPredicate {
  object: z.infer<typeof objectRefSchema>
  /** Conditions that must all hold; without any, the object only has to exist. */
  expect?: FieldCondition | FieldCondition[]
}
export interface CountPredicate {
  count: { kind: string; namespace?: string; selector?: string; where?: FieldCondition | FieldCondition[] }
  expect: z.infer<typeof countExpectSchema>
}
export interface EventsPredicate {
  events: { reason?: string; object?: string; message?: string; namespace?: string }
  expect?: { inOrder?: string[]; atLeast?: number }
}
export interface CommandPredicate {
  command: { matches: string }
}
export interface FilePredicate {
  file: { path: string; contains?: string; matches?: string }
}
export interface VolumeFilePredicate {
  volumeFile: { claim: string; namespace?: string; path: string; contains?: string }
}
export type Predicate =
  | VolumeFilePredicate
  | ObjectPredicate
  | CountPredicate
  | EventsPredicate
  | CommandPredicate
  | FilePredicate
  | { all: Predicate[] }
  | { any: Predicate[] }
  | { not: Predicate }

const regex = z.string().refine((text) => {
  try {
    new RegExp(text)
    return true
  } catch {
    return false
  }
}, 'is not a valid regular expression')

const predicateShapes: Record<string, z.ZodType> = {
  object: z.object({ object: objectRefSchema, expect: conditionsSchema.optional() }).strict(),
  count: z
    .object({
      count: z
        .object({ kind: z.string().min(1), namespace: z.string().optional(), selector: z.string().optional(), where: conditionsSchema.optional() })
        .strict(),
      expect: countExpectSchema,
    })
    .strict(),
  events: z
    .object({
      events: z
        .object({
          reason: z.string().optional(),
          object: z.string().regex(/^[A-Za-z]+\/[^/]+$/, 'must be Kind/name, as in StatefulSet/web').optional(),
          message: z.string().optional(),
          namespace: z.string().optional(),
        })
        .strict(),
      expect: z.object({ inOrder: z.array(z.string()).min(2).optional(), atLeast: z.number().int().positive().optional() }).strict().optional(),
    })
    .strict(),
  command: z.object({ command: z.object({ matches: regex }).strict() }).strict(),
  file: z.object({ file: z.object({ path: z.string().min(1), contains: z.string().optional(), matches: regex.optional() }).strict() }).strict(),
  volumeFile: z
    .object({ volumeFile: z.object({ claim: z.string().min(1), namespace: z.string().optional(), path: z.string().min(1), contains: z.string().optional() }).strict() })
    .strict(),
  all: z.object({ all: z.array(z.lazy(() => predicateSchema)).min(1) }).strict(),
  any: z.object({ any: z.array(z.lazy(() => predicateSchema)).min(1) }).strict(),
  not: z.object({ not: z.lazy(() => predicateSchema) }).strict(),
}

export const PREDICATE_KEYS = Object.keys(predicateShapes)

/** Dispatches on the predicate's key so an authoring mistake gets that predicate's own error. */
export const predicateSchema: z.ZodType<Predicate> = z.custom<Predicate>().superRefine((value, ctx) => {
  const keys = typeof value === 'object' && value !== null ? Object.keys(value).filter((k) => k in predicateShapes) : []
  if (keys.length !== 1) {
    ctx.addIssue({ code: 'custom', message: `needs exactly one of ${PREDICATE_KEYS.join(', ')}` })
    return
  }
  const parsed = predicateShapes[keys[0]].safeParse(value)
  if (!parsed.success) for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path })
})

/** A checklist item: a predicate with a stable id, the sentence the learner reads, and optionally
 *  the text shown while it fails (otherwise one is written from the predicate). */
export const checkSchema = z
  .object({
    id: lessonIdSchema,
    title: z.string().min(1),
    failure: z.string().optional(),
  })
  .passthrough()
  .superRefine((check, ctx) => {
    const parsed = predicateSchema.safeParse(predicateOf(check))
    if (!parsed.success) for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path })
  })
  .transform((check) => ({ id: check.id, title: check.title, failure: check.failure, predicate: predicateOf(check) }))

/** The check without its id, title and failure text: the predicate itself. */
function predicateOf(check: Record<string, unknown>): Predicate {
  return Object.fromEntries(Object.entries(check).filter(([key]) => !['id', 'title', 'failure'].includes(key))) as Predicate
}

export type Check = z.output<typeof checkSchema>

export const checksSchema = z.array(checkSchema).min(1)
