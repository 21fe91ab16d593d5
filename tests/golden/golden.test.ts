// Golden transcripts: each tests/golden/kubectl/<case>.sh runs through the script runner
// (createCluster().runScript, what `npm run sim` prints) and must reproduce <case>.out byte for
// byte. The .out files are written from kubectl's documented and upstream behaviour; regenerate
// with UPDATE_GOLDEN=1 only for a reviewed change of format. `# files: a.yaml b.yaml` puts
// tests/golden/kubectl/files/<name> in the learner's home first; `# seed: N` picks the seed.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createCluster } from '../../simulator/index'

const dir = join(__dirname, 'kubectl')
const cases = readdirSync(dir).filter((f) => f.endsWith('.sh')).map((f) => f.slice(0, -3)).sort()

describe('golden transcripts', () => {
  it.each(cases)('%s', (name) => {
    const script = readFileSync(join(dir, `${name}.sh`), 'utf8')
    const seed = Number(/^# seed: (\d+)/m.exec(script)?.[1] ?? 1)
    const names = /^# files: (.+)$/m.exec(script)?.[1].trim().split(/\s+/) ?? []
    const files = Object.fromEntries(names.map((file) => [file, readFileSync(join(dir, 'files', file), 'utf8')]))
    const { transcript } = createCluster({ seed, files }).runScript(script)
    const expectedPath = join(dir, `${name}.out`)
    if (process.env.UPDATE_GOLDEN) writeFileSync(expectedPath, transcript)
    expect(transcript).toBe(readFileSync(expectedPath, 'utf8'))
  })
})
