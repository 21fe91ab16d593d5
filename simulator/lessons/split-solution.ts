// solution.sh is one script in sections: each starts with a `# step: <id>` line and holds the
// commands that complete that step. Lines before the first section are a header (comments).

export type SolutionSections = { ok: true; steps: Map<string, string> } | { ok: false; error: string }

const MARKER = /^# step: ([a-z0-9]+(?:-[a-z0-9]+)*)\s*$/

export function splitSolution(text: string): SolutionSections {
  const steps = new Map<string, string>()
  let current: string | null = null
  let lines: string[] = []
  const close = () => {
    if (current !== null) steps.set(current, lines.join('\n').trim() + '\n')
  }
  for (const [i, line] of text.split('\n').entries()) {
    const marker = MARKER.exec(line)
    if (marker) {
      close()
      if (steps.has(marker[1])) return { ok: false, error: `line ${i + 1}: section ${marker[1]} appears twice` }
      current = marker[1]
      lines = []
    } else if (current === null) {
      if (line.trim() && !line.startsWith('#')) return { ok: false, error: `line ${i + 1}: commands before the first "# step: <id>" line` }
    } else lines.push(line)
  }
  close()
  return { ok: true, steps }
}
