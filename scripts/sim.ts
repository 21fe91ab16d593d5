// npm run --silent sim -- [--seed N] [FILE]: runs a shell script (FILE, or standard input)
// against a fresh default cluster and prints the transcript: `$ command`, then its output.
// Exit status: the last command's.
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { createCluster } from '../simulator/index'

function main(argv: string[]): number {
  let seed = 1
  let file: string | undefined
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--seed') {
      seed = Number(argv[++i])
      if (!Number.isInteger(seed)) {
        process.stderr.write(`sim: --seed needs an integer, got ${JSON.stringify(argv[i])}\n`)
        return 2
      }
    } else if (argv[i] === '--help' || argv[i] === '-h') {
      process.stdout.write('usage: npm run --silent sim -- [--seed N] [FILE]\n')
      return 0
    } else file = argv[i]
  }
  let text: string
  try {
    text = readFileSync(file ?? 0, 'utf8')
  } catch (error) {
    process.stderr.write(`sim: cannot read ${file ?? 'standard input'}: ${(error as Error).message}\n`)
    return 2
  }
  // `# files: a.yaml b.yaml` in a script file puts <script dir>/files/<name> in the home directory.
  const names = file ? /^# files: (.+)$/m.exec(text)?.[1].trim().split(/\s+/) ?? [] : []
  const files = Object.fromEntries(names.map((name) => [name, readFileSync(join(dirname(file!), 'files', name), 'utf8')]))
  const cluster = createCluster({ seed, files })
  const { transcript, exitCode } = cluster.runScript(text)
  process.stdout.write(transcript)
  return exitCode
}

process.exitCode = main(process.argv.slice(2))
