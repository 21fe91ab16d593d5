// Field paths in checks: `.status.readyReplicas`, `.spec.template.spec.containers[0].image`,
// `.metadata.labels["app.kubernetes.io/name"]`. A small subset of kubectl's JSONPath: members,
// list indexes and quoted keys, no filters or wildcards.

export type PathSegment = string | number

/** Splits `path` into segments; null when it is not a valid path. */
export function parseFieldPath(path: string): PathSegment[] | null {
  const segments: PathSegment[] = []
  const token = /\.([A-Za-z0-9_-]+)|\[(\d+)\]|\["([^"]*)"\]|\['([^']*)'\]/y
  let at = 0
  while (at < path.length) {
    token.lastIndex = at
    const match = token.exec(path)
    if (!match) return null
    if (match[1] !== undefined) segments.push(match[1])
    else if (match[2] !== undefined) segments.push(Number(match[2]))
    else segments.push(match[3] ?? match[4])
    at = token.lastIndex
  }
  return segments
}

/** The value at `path` in `value`, or undefined when any step is missing. */
export function readFieldPath(value: unknown, path: string): unknown {
  const segments = parseFieldPath(path)
  if (!segments) return undefined
  let current = value
  for (const segment of segments) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<string | number, unknown>)[segment]
  }
  return current
}
