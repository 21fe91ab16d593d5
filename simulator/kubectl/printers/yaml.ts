// `-o yaml` exactly as kubectl prints it: sigs.k8s.io/yaml.Marshal = json.Marshal, then go-yaml v2
// Unmarshal + Marshal. So: keys in go-yaml's "natural" order, 2-space indent, sequences not
// indented under their key, `{}` / `[]` for empty collections, strings quoted only when they would
// read back as another type or contain indicators, multi-line strings as `|` blocks, and long
// scalars folded past column 80.
// mirrors sigs.k8s.io/yaml@v1.4.0 yaml.go (Marshal, JSONToYAML), goyaml.v2/encode.go (mapv,
// slicev, stringv, intv, floatv), goyaml.v2/sorter.go (keyList.Less), goyaml.v2/emitterc.go (the
// block/flow collection states) and kubernetes/cli-runtime pkg/printers/yaml.go (YAMLPrinter).
import { formatGoFloat, isGoInt, utf8Bytes } from './go-format'
import { omitManagedFields } from './managed-fields'
import { canUsePlain } from './yaml-resolve'
import { analyzeScalar, selectScalarStyle, YAMLEmitter, type NodeContext, type ScalarStyle } from './yaml-emitter'

const isLetter = (ch: string): boolean => /\p{L}/u.test(ch)
const isDigit = (ch: string | undefined): boolean => ch !== undefined && /\p{Nd}/u.test(ch)
const digitValue = (ch: string): bigint => BigInt((ch.codePointAt(0) as number) - 48)

/** The int64 value of the digit run starting at `i`, and where it ends (Go wraps on overflow). */
function digitRun(chars: string[], i: number, start: bigint): [bigint, number] {
  let n = start
  let j = i
  for (; j < chars.length && isDigit(chars[j]); j++) n = BigInt.asIntN(64, n * 10n + digitValue(chars[j]))
  return [n, j]
}

/** keyList.Less for two string keys: letters before digits, digit runs compared numerically. */
export function yamlKeyLess(a: string, b: string): boolean {
  const ar = Array.from(a)
  const br = Array.from(b)
  for (let i = 0; i < ar.length && i < br.length; i++) {
    if (ar[i] === br[i]) continue
    const al = isLetter(ar[i])
    const bl = isLetter(br[i])
    if (al && bl) return (ar[i].codePointAt(0) as number) < (br[i].codePointAt(0) as number)
    if (al || bl) return bl
    let seed = 0n
    if (ar[i] === '0' || br[i] === '0') {
      for (let j = i - 1; j >= 0 && isDigit(ar[j]); j--) {
        if (ar[j] !== '0') {
          seed = 1n
          break
        }
      }
    }
    const [an, ai] = digitRun(ar, i, seed)
    const [bn, bi] = digitRun(br, i, seed)
    if (an !== bn) return an < bn
    if (ai !== bi) return ai < bi
    return (ar[i].codePointAt(0) as number) < (br[i].codePointAt(0) as number)
  }
  return ar.length < br.length
}

function compareKeys(a: string, b: string): number {
  return yamlKeyLess(a, b) ? -1 : yamlKeyLess(b, a) ? 1 : 0
}

/** Characters go-yaml's reader rejects when json.Marshal leaves them unescaped (DEL, C1 but NEL, U+FFFE/F). */
const controlCharacters = /[\x7f-\x84\x86-\x9f\ufffe\uffff]/

/** The reader error go-yaml reports for such characters, as kubectl prints it after `error: `. */
export const CONTROL_CHARACTERS_ERROR = 'yaml: control characters are not allowed'

class ControlCharacterError extends Error {}

/**
 * A JSON string as go-yaml reads it back in JSONToYAML: lone surrogates become U+FFFD (json.Marshal),
 * and a raw NEL (U+0085, the one line break json.Marshal does not escape) is folded like any line
 * break in a double-quoted scalar: with the spaces before and after, one NEL reads as a space and
 * n > 1 NELs as n-1 newlines.
 */
function roundTrip(text: string): string {
  const s = text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
  if (controlCharacters.test(s)) throw new ControlCharacterError(CONTROL_CHARACTERS_ERROR)
  return s.replace(/ *\u0085[ \u0085]*/g, (run) => {
    const breaks = run.split('\u0085').length - 1
    return breaks === 1 ? ' ' : '\n'.repeat(breaks - 1)
  })
}

/** A scalar's text and the style encode.go asks for (the emitter may still change it). */
function scalarOf(v: unknown): [string, ScalarStyle] {
  if (v === null || v === undefined) return ['null', 'plain']
  if (typeof v === 'boolean') return [String(v), 'plain']
  if (typeof v === 'number') return [isGoInt(v) ? BigInt(v).toString() : yamlFloat(v), 'plain']
  const s = roundTrip(String(v))
  if (s.includes('\n')) return [s, 'literal']
  return [s, canUsePlain(s) ? 'plain' : 'double']
}

function yamlFloat(f: number): string {
  if (Number.isNaN(f)) return '.nan'
  if (!Number.isFinite(f)) return f > 0 ? '.inf' : '-.inf'
  return formatGoFloat(f)
}

class Marshaller {
  readonly e = new YAMLEmitter()

  node(v: unknown, ctx: NodeContext): void {
    if (Array.isArray(v)) return v.length === 0 ? this.emptyFlow('[', ']') : this.sequence(v, ctx)
    if (v !== null && typeof v === 'object') {
      const map = v as Record<string, unknown>
      const entries = Object.keys(map)
        .filter((k) => map[k] !== undefined)
        .map((k): [string, unknown] => [roundTrip(k), map[k]])
        .sort((a, b) => compareKeys(a[0], b[0]))
      return entries.length === 0 ? this.emptyFlow('{', '}') : this.mapping(entries)
    }
    this.scalar(v, ctx)
  }

  private scalar(v: unknown, ctx: NodeContext): void {
    const [text, requested] = scalarOf(v)
    const style = selectScalarStyle(requested, analyzeScalar(text), text, ctx, this.e.flowLevel)
    this.e.increaseIndent(true, false)
    this.e.writeScalar(text, style, !ctx.simpleKey)
    this.e.popIndent()
  }

  private emptyFlow(open: string, close: string): void {
    this.e.writeIndicator(open, true, true, false)
    this.e.increaseIndent(true, false)
    this.e.popIndent()
    this.e.writeIndicator(close, false, false, false)
  }

  private sequence(items: unknown[], ctx: NodeContext): void {
    this.e.increaseIndent(false, ctx.mapping && !this.e.indention)
    for (const item of items) {
      this.e.writeIndent()
      this.e.writeIndicator('-', true, false, true)
      this.node(item === undefined ? null : item, { sequence: true, mapping: false, simpleKey: false })
    }
    this.e.popIndent()
  }

  private mapping(entries: [string, unknown][]): void {
    this.e.increaseIndent(false, false)
    const valueCtx = { sequence: false, mapping: true, simpleKey: false }
    for (const [key, value] of entries) {
      this.e.writeIndent()
      if (!analyzeScalar(key).multiline && utf8Bytes(key).length <= 128) {
        this.node(key, { sequence: false, mapping: true, simpleKey: true })
        this.e.writeIndicator(':', false, false, false)
      } else {
        this.e.writeIndicator('?', true, false, true)
        this.node(key, valueCtx)
        this.e.writeIndent()
        this.e.writeIndicator(':', true, false, true)
      }
      this.node(value, valueCtx)
    }
    this.e.popIndent()
  }
}

export type YAMLResult = { ok: true; out: string } | { ok: false; error: string }

/**
 * sigs.k8s.io/yaml.Marshal of a decoded JSON value (objects, arrays, strings, numbers, booleans,
 * null; undefined fields are dropped). The text ends with "\n". Fails, as kubectl does, with
 * CONTROL_CHARACTERS_ERROR when a string holds DEL, a C1 control other than NEL, U+FFFE or U+FFFF.
 */
export function marshalYAML(value: unknown): YAMLResult {
  const m = new Marshaller()
  try {
    m.node(value === undefined ? null : value, { sequence: false, mapping: false, simpleKey: false })
  } catch (e) {
    if (e instanceof ControlCharacterError) return { ok: false, error: e.message }
    throw e
  }
  m.e.writeIndent()
  return { ok: true, out: m.e.out }
}

/** `kubectl get -o yaml` of one object or List, managedFields omitted unless `showManagedFields`. */
export function printYAML(obj: unknown, options: { showManagedFields?: boolean } = {}): YAMLResult {
  return marshalYAML(options.showManagedFields ? obj : omitManagedFields(obj))
}

/**
 * YAMLPrinter called once per object (apply -o yaml, get -w -o yaml): documents after the first
 * are preceded by `---`. On failure, `out` holds what was printed before the failing object.
 */
export function printYAMLDocuments(
  objs: readonly unknown[],
  options: { showManagedFields?: boolean } = {},
): { out: string; error?: string } {
  let out = ''
  for (const [i, obj] of objs.entries()) {
    if (i > 0) out += '---\n'
    const result = printYAML(obj, options)
    if (!result.ok) return { out, error: result.error }
    out += result.out
  }
  return { out }
}
