// The operators of a field condition. Kept apart from the zod schema so the browser, which only
// evaluates checks, does not load zod.

export const OPERATORS = ['equals', 'notEquals', 'exists', 'matches', 'in', 'atLeast', 'atMost', 'contains'] as const

export type Operator = (typeof OPERATORS)[number]

/** The operators a condition uses; a valid condition uses exactly one. */
export function operatorsOf(condition: object): Operator[] {
  return OPERATORS.filter((op) => (condition as Record<string, unknown>)[op] !== undefined)
}
