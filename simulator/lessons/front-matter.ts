import { z } from 'zod'

/** Stable ids: lowercase words joined by dashes; the database points at them, so they never change. */
export const lessonIdSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase words joined by dashes')

/** The catalogue-facing part of a lesson's front matter. The full lesson format extends it. */
export const lessonFrontMatterSchema = z.object({
  id: lessonIdSchema,
  title: z.string().min(1),
  summary: z.string().min(1),
  minutes: z.number().int().positive(),
  module: z.number().int().positive().optional(),
})

export type LessonFrontMatter = z.infer<typeof lessonFrontMatterSchema>
