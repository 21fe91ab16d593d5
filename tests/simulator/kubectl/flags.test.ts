// pflag parsing and its error texts, as a v1.32 kubectl client prints them.
import { describe, expect, it } from 'vitest'
import { parseFlags, parseGoDuration, type FlagSpecs } from '../../../simulator/kubectl/flags'

const specs: FlagSpecs = {
  namespace: { type: 'string', short: 'n' },
  replicas: { type: 'int' },
  watch: { type: 'bool', short: 'w' },
  stdin: { type: 'bool', short: 'i' },
  tty: { type: 'bool', short: 't' },
  filename: { type: 'strings', short: 'f' },
  'dry-run': { type: 'string', default: 'none', noOptDefault: 'unchanged' },
  timeout: { type: 'duration' },
}

const parsed = (argv: string[]) => {
  const result = parseFlags(argv, specs)
  if (!result.ok) throw new Error(result.error)
  return result.parsed
}
const error = (argv: string[]) => {
  const result = parseFlags(argv, specs)
  return result.ok ? undefined : result.error
}

describe('parseFlags', () => {
  it('reads long and short forms, with = or a separate value, among arguments', () => {
    const p = parsed(['pods', '-n', 'kube-system', '--replicas=3', 'web', '-w'])
    expect(p.args).toEqual(['pods', 'web'])
    expect(p.values.get('namespace')).toBe('kube-system')
    expect(p.values.get('replicas')).toBe(3)
    expect(p.values.get('watch')).toBe(true)
    expect(parsed(['-nkube-system']).values.get('namespace')).toBe('kube-system')
    expect(parsed(['-n=dev']).values.get('namespace')).toBe('dev')
  })

  it('combines short booleans and stops at --', () => {
    const p = parsed(['-it', 'web-0', '--', 'sh', '-c', 'hostname -f'])
    expect(p.values.get('stdin')).toBe(true)
    expect(p.values.get('tty')).toBe(true)
    expect(p.args).toEqual(['web-0', 'sh', '-c', 'hostname -f'])
    expect(p.argsLenAtDash).toBe(1)
  })

  it('repeats string-array flags and uses NoOptDefVal for a bare --dry-run', () => {
    expect(parsed(['-f', 'a.yaml', '-f', 'b.yaml']).values.get('filename')).toEqual(['a.yaml', 'b.yaml'])
    expect(parsed(['--dry-run']).values.get('dry-run')).toBe('unchanged')
    expect(parsed(['--dry-run=client']).values.get('dry-run')).toBe('client')
  })

  it('rejects what pflag rejects, with its texts', () => {
    expect(error(['--foo'])).toBe('unknown flag: --foo')
    expect(error(['-z'])).toBe("unknown shorthand flag: 'z' in -z")
    expect(error(['-n'])).toBe("flag needs an argument: 'n' in -n")
    expect(error(['--namespace'])).toBe('flag needs an argument: --namespace')
    expect(error(['--replicas=x'])).toBe('invalid argument "x" for "--replicas" flag: strconv.ParseInt: parsing "x": invalid syntax')
    expect(error(['--watch=maybe'])).toBe('invalid argument "maybe" for "-w, --watch" flag: strconv.ParseBool: parsing "maybe": invalid syntax')
    expect(error(['--timeout=5'])).toBe('invalid argument "5" for "--timeout" flag: time: missing unit in duration "5"')
    expect(error(['--timeout=5x'])).toBe('invalid argument "5x" for "--timeout" flag: time: unknown unit "x" in duration "5x"')
    expect(error(['--timeout=soon'])).toBe('invalid argument "soon" for "--timeout" flag: time: invalid duration "soon"')
  })
})

describe('parseGoDuration', () => {
  it('reads Go durations in milliseconds', () => {
    expect(parseGoDuration('30s')).toBe(30_000)
    expect(parseGoDuration('1m30s')).toBe(90_000)
    expect(parseGoDuration('1.5h')).toBe(5_400_000)
    expect(parseGoDuration('0')).toBe(0)
    expect(parseGoDuration('5')).toBeUndefined()
  })
})
