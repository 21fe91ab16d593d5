// Everyday utilities learners run in containers (echo, sleep, date, hostname, ...), with the
// wording of BusyBox (ash images) or GNU coreutils (Debian/Oracle Linux images).
import { formatLogTime, timeToken } from './log-time'
import type { ShellKind } from './types'

/** What one utility invocation does. `sleepMs: Infinity` means it never returns. */
export interface UtilityResult {
  out: string[]
  err: string[]
  status: number
  sleepMs?: number
  note?: string
}

/** What a utility can see. `now` is wall time (epoch ms) unless the output must stay a template. */
export interface UtilityEnv {
  env: Readonly<Record<string, string>>
  hostname: string
  flavour: ShellKind | undefined
  /** Wall time (epoch ms), or undefined inside a loop body, where `date` becomes a time token. */
  now?: number
}

const ok = (out: string[] = []): UtilityResult => ({ out, err: [], status: 0 })
const fail = (err: string[], status = 1): UtilityResult => ({ out: [], err, status })

const SLEEP_UNITS: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600, d: 86400 }

/** Seconds for one `sleep` operand, Infinity for `inf`/`infinity`, NaN when invalid. */
export function sleepSeconds(arg: string): number {
  if (/^inf(inity)?$/i.test(arg)) return Infinity
  const m = /^(\d+(?:\.\d*)?|\.\d+)([smhd]?)$/.exec(arg)
  return m ? Number(m[1]) * SLEEP_UNITS[m[2]] : NaN
}

function sleep(args: readonly string[], u: UtilityEnv): UtilityResult {
  const busybox = u.flavour === 'ash'
  if (args.length === 0) {
    return busybox
      ? { ...fail([]), note: 'busybox sleep without operand prints its usage text (not modelled)' }
      : fail(['sleep: missing operand', "Try 'sleep --help' for more information."])
  }
  let total = 0
  for (const arg of args) {
    const s = sleepSeconds(arg)
    if (Number.isNaN(s)) {
      return busybox
        ? fail([`sleep: invalid number '${arg}'`])
        : fail([`sleep: invalid time interval '${arg}'`, "Try 'sleep --help' for more information."])
    }
    total += s
  }
  return { ...ok(), sleepMs: total * 1000 }
}

function date(args: readonly string[], u: UtilityEnv): UtilityResult {
  const format = args.find((a) => a.startsWith('+'))
  if (format === '+%s') return ok([u.now === undefined ? timeToken('epoch') : formatLogTime('epoch', u.now)])
  const line = u.now === undefined ? timeToken('date') : formatLogTime('date', u.now)
  const note = format ? `date ${format}: format not modelled; printed the default format` : undefined
  return { ...ok([line]), note }
}

function echo(args: readonly string[]): UtilityResult {
  const words = args[0] === '-n' || args[0] === '-e' ? args.slice(1) : args
  return ok([words.join(' ')])
}

function printf(args: readonly string[]): UtilityResult {
  if (args.length === 0) return fail(['printf: missing operand'])
  let rest = args.slice(1)
  const text = args[0].replace(/%[sd]/g, () => {
    const value = rest[0] ?? ''
    rest = rest.slice(1)
    return value
  })
  const lines = text.replace(/\\n/g, '\n').split('\n')
  if (lines[lines.length - 1] === '') lines.pop()
  return ok(lines)
}

function cat(args: readonly string[], u: UtilityEnv): UtilityResult {
  const out: string[] = []
  for (const file of args) {
    if (file === '/etc/hostname') out.push(u.hostname)
    else if (file !== '/dev/null') return { ...ok(out), note: `cat ${file}: file contents not modelled` }
  }
  return ok(out)
}

function tail(args: readonly string[]): UtilityResult {
  if (args.includes('-f') || args.includes('-F')) return { ...ok(), sleepMs: Infinity }
  return { ...ok(), note: 'tail without -f: file contents not modelled' }
}

function printenv(args: readonly string[], u: UtilityEnv): UtilityResult {
  if (args.length > 0) {
    const values = args.filter((name) => name in u.env).map((name) => u.env[name])
    return { out: values, err: [], status: values.length === args.length ? 0 : 1 }
  }
  const lines = Object.entries(u.env).map(([k, v]) => `${k}=${v}`)
  return { ...ok(lines), note: 'env: Kubernetes service variables (KUBERNETES_*) not modelled' }
}

const UTILITIES: Record<string, (args: readonly string[], u: UtilityEnv) => UtilityResult> = {
  echo,
  printf,
  sleep,
  date,
  cat,
  tail,
  printenv,
  env: printenv,
  hostname: (_args, u) => ok([u.hostname]),
  true: () => ok(),
  false: () => fail([], 1),
  ':': () => ok(),
  pwd: () => ok(['/']),
  whoami: () => ok(['root']),
}

/**
 * Runs utility `argv[0]` (by basename) when it is one of the modelled ones; undefined otherwise.
 * The caller has already checked that the image ships the binary.
 */
export function runUtility(argv: readonly string[], u: UtilityEnv): UtilityResult | undefined {
  const name = argv[0].slice(argv[0].lastIndexOf('/') + 1)
  const utility = UTILITIES[name]
  return utility ? utility(argv.slice(1), u) : undefined
}
