// Command-line flags as spf13/pflag parses them for kubectl: `--name=value`, `--name value`,
// `-n value`, `-nvalue`, combined booleans (`-it`), `--` ending flags, flags anywhere among the
// arguments, and pflag's exact error texts.
// mirrors spf13/pflag flag.go (parseLongArg, parseShortArg) and int.go/bool.go/duration.go.

export type FlagType = 'bool' | 'string' | 'int' | 'strings' | 'duration'

export interface FlagSpec {
  type: FlagType
  short?: string
  /** Value when absent; for `strings` an empty list. */
  default?: string | number | boolean
  /** For a string flag given without `=value` (pflag NoOptDefVal, e.g. `--dry-run` → `unchanged`). */
  noOptDefault?: string
}

export type FlagSpecs = Readonly<Record<string, FlagSpec>>
export type FlagValue = string | number | boolean | string[]

export interface ParsedFlags {
  values: Map<string, FlagValue>
  /** Flags given on the command line (pflag's Changed). */
  changed: Set<string>
  args: string[]
  /** How many arguments came before `--` (cobra ArgsLenAtDash), or -1. */
  argsLenAtDash: number
}

export type FlagsResult = { ok: true; parsed: ParsedFlags } | { ok: false; error: string }

/** Parses `argv` (without the command words) against `specs`. */
export function parseFlags(argv: readonly string[], specs: FlagSpecs): FlagsResult {
  const parsed: ParsedFlags = { values: new Map(), changed: new Set(), args: [], argsLenAtDash: -1 }
  const shorts = shorthands(specs)
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--') {
      parsed.argsLenAtDash = parsed.args.length
      parsed.args.push(...argv.slice(i + 1))
      break
    }
    if (!arg.startsWith('-') || arg === '-') {
      parsed.args.push(arg)
      continue
    }
    const take = () => (i + 1 < argv.length ? argv[++i] : undefined)
    const error = arg.startsWith('--') ? parseLong(arg, specs, parsed, take) : parseShort(arg, specs, shorts, parsed, take)
    if (error) return { ok: false, error }
  }
  return { ok: true, parsed }
}

const shorthandCache = new WeakMap<FlagSpecs, Map<string, string>>()

/** Shorthand letter → flag name, worked out once per set of specs. */
function shorthands(specs: FlagSpecs): Map<string, string> {
  let shorts = shorthandCache.get(specs)
  if (!shorts) {
    shorts = new Map(Object.entries(specs).flatMap(([name, spec]) => (spec.short ? [[spec.short, name]] : [])))
    shorthandCache.set(specs, shorts)
  }
  return shorts
}

type Take = () => string | undefined

function parseLong(arg: string, specs: FlagSpecs, parsed: ParsedFlags, take: Take): string | undefined {
  const body = arg.slice(2)
  const eq = body.indexOf('=')
  const name = eq < 0 ? body : body.slice(0, eq)
  const spec = specs[name]
  if (!spec || name.length === 0) return `unknown flag: --${name}`
  let value: string | undefined = eq < 0 ? undefined : body.slice(eq + 1)
  if (value === undefined) {
    if (spec.type === 'bool') value = 'true'
    else if (spec.noOptDefault !== undefined) value = spec.noOptDefault
    else value = take()
    if (value === undefined) return `flag needs an argument: --${name}`
  }
  return setFlag(name, spec, value, parsed, `--${name}`)
}

function parseShort(
  arg: string,
  specs: FlagSpecs,
  shorts: Map<string, string>,
  parsed: ParsedFlags,
  take: Take,
): string | undefined {
  const chars = arg.slice(1)
  for (let j = 0; j < chars.length; j++) {
    const c = chars[j]
    const name = shorts.get(c)
    if (!name) return `unknown shorthand flag: '${c}' in ${arg}`
    const spec = specs[name]
    const rest = chars.slice(j + 1)
    let value: string | undefined
    if (rest.startsWith('=')) value = rest.slice(1)
    else if (spec.type === 'bool') value = 'true'
    else if (rest.length > 0) value = rest
    else if (spec.noOptDefault !== undefined) value = spec.noOptDefault
    else value = take()
    if (value === undefined) return `flag needs an argument: '${c}' in -${c}`
    const error = setFlag(name, spec, value, parsed, `-${c}, --${name}`)
    if (error) return error
    if (spec.type !== 'bool' || rest.startsWith('=')) break
  }
  return undefined
}

function setFlag(name: string, spec: FlagSpec, text: string, parsed: ParsedFlags, shown: string): string | undefined {
  const flagName = spec.short ? `-${spec.short}, --${name}` : `--${name}`
  const invalid = (reason: string) => `invalid argument "${text}" for "${shown.startsWith('--') ? flagName : shown}" flag: ${reason}`
  let value: FlagValue
  switch (spec.type) {
    case 'bool': {
      const b = parseGoBool(text)
      if (b === undefined) return invalid(`strconv.ParseBool: parsing "${text}": invalid syntax`)
      value = b
      break
    }
    case 'int': {
      if (!/^[+-]?\d+$/.test(text)) return invalid(`strconv.ParseInt: parsing "${text}": invalid syntax`)
      value = Number(text)
      break
    }
    case 'duration': {
      const ms = parseGoDuration(text)
      if (ms === undefined) return invalid(goDurationError(text))
      value = ms
      break
    }
    case 'strings': {
      const previous = parsed.changed.has(name) ? (parsed.values.get(name) as string[]) : []
      value = [...previous, text]
      break
    }
    default:
      value = text
  }
  parsed.values.set(name, value)
  parsed.changed.add(name)
  return undefined
}

/** strconv.ParseBool. */
export function parseGoBool(text: string): boolean | undefined {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(text)) return true
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(text)) return false
  return undefined
}

const DURATION_UNITS: Record<string, number> = { ns: 1e-6, us: 1e-3, µs: 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 }

/** time.ParseDuration, in milliseconds: `30s`, `1m30s`, `0`, `-1s`; undefined when invalid. */
export function parseGoDuration(text: string): number | undefined {
  if (text === '0' || text === '+0' || text === '-0') return 0
  const match = /^([+-]?)((?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|ms|s|m|h))+$/.exec(text)
  if (!match) return undefined
  let total = 0
  for (const part of text.matchAll(/(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/g)) total += Number(part[1]) * DURATION_UNITS[part[2]]
  return match[1] === '-' ? -total : total
}

/** time.ParseDuration's error for `text`. */
function goDurationError(text: string): string {
  const body = text.replace(/^[+-]/, '')
  if (/^(\d+(\.\d*)?|\.\d+)$/.test(body)) return `time: missing unit in duration "${text}"`
  const unit = /^(?:\d+(?:\.\d*)?|\.\d+)([^\d.]+)/.exec(body)
  if (unit && !(unit[1] in DURATION_UNITS)) return `time: unknown unit "${unit[1]}" in duration "${text}"`
  return `time: invalid duration "${text}"`
}

/** The value of flag `name` (its default when not given). */
export function flagValue<T extends FlagValue>(parsed: ParsedFlags, specs: FlagSpecs, name: string): T {
  if (parsed.values.has(name)) return parsed.values.get(name) as T
  const spec = specs[name]
  if (spec?.type === 'strings') return [] as unknown as T
  return (spec?.default ?? (spec?.type === 'bool' ? false : spec?.type === 'int' ? 0 : '')) as T
}
