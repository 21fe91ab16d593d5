import { parse as parseYaml } from 'yaml'

export type FrontMatterSplit =
  | { ok: true; data: unknown; body: string; bodyLine: number }
  | { ok: false; error: string }

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/

/**
 * Splits a markdown document into its YAML front matter (between two `---` lines at the top)
 * and its body. `bodyLine` is the 1-based line where the body starts, for error messages.
 * Returns an error value when the front matter is missing or is not valid YAML.
 */
export function splitFrontMatter(text: string): FrontMatterSplit {
  const match = FENCE.exec(text)
  if (!match) return { ok: false, error: 'missing front matter: the file must start with a --- block' }
  let data: unknown
  try {
    data = parseYaml(match[1])
  } catch (err) {
    return { ok: false, error: `front matter is not valid YAML: ${(err as Error).message}` }
  }
  const bodyLine = match[0].split('\n').length - (match[0].endsWith('\n') ? 0 : 1)
  return { ok: true, data, body: text.slice(match[0].length), bodyLine }
}
