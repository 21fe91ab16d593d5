// The `test` / `[` builtin: string and integer comparisons; file tests only where the model knows
// the answer (/etc/hostname exists; a path under a volume exists once that volume holds data).

export interface TestEnv {
  hostnameFile: boolean
  note(text: string): void
  volumeAt(path: string): string | undefined
  populated: readonly string[]
}

const INTEGER_OPS: Record<string, (a: number, b: number) => boolean> = {
  '-eq': (a, b) => a === b,
  '-ne': (a, b) => a !== b,
  '-lt': (a, b) => a < b,
  '-le': (a, b) => a <= b,
  '-gt': (a, b) => a > b,
  '-ge': (a, b) => a >= b,
}

function fileTest(op: string, path: string, env: TestEnv): boolean {
  if (path === '/etc/hostname' && env.hostnameFile) return op !== '-d'
  const volume = env.volumeAt(path)
  if (volume !== undefined) {
    env.note(`[ ${op} ${path} ]: true once volume "${volume}" holds data`)
    return env.populated.includes(volume)
  }
  env.note(`[ ${op} ${path} ]: file system not modelled; treated as false`)
  return false
}

function evaluate(args: readonly string[], env: TestEnv): boolean {
  if (args[0] === '!') return !evaluate(args.slice(1), env)
  if (args.length === 0) return false
  if (args.length === 1) return args[0] !== ''
  if (args.length === 2) {
    if (args[0] === '-z') return args[1] === ''
    if (args[0] === '-n') return args[1] !== ''
    if (/^-[efdsrwx]$/.test(args[0])) return fileTest(args[0], args[1], env)
  }
  const [a, op, b] = args
  if (op === '=' || op === '==') return a === b
  if (op === '!=') return a !== b
  const compare = INTEGER_OPS[op]
  if (compare) return compare(Number(a), Number(b))
  env.note(`[ ${args.join(' ')} ]: expression not modelled; treated as false`)
  return false
}

/** Exit status of `test args...` (0 true, 1 false). */
export function evalTest(args: readonly string[], env: TestEnv): number {
  return evaluate(args, env) ? 0 : 1
}
