// Shell arithmetic (`$((…))`, `((…))`, `for ((…))`): bash's operators and precedence over 64-bit
// signed integers, with its error texts (checked with bash 5.2, e.g. `bash -c 'echo $((1/0))'`).
// mirrors bash expr.c: evaluation order, `lasttp` as the error token, short-circuit without effects.

export interface ArithmeticScope {
  /** A variable's value; unset and empty count as 0, other values are evaluated as expressions. */
  lookup(name: string): string | undefined
  /** Stores an assignment (`i++`, `x=1`, `n+=2`); without it assignments are evaluated but dropped. */
  assign?(name: string, value: string): void
}

export type ArithmeticResult = { ok: true; value: bigint } | { ok: false; error: string }

const MAX_DEPTH = 1024
const OPERATORS = [
  '<<=', '>>=', '**', '<<', '>>', '<=', '>=', '==', '!=', '&&', '||', '++', '--',
  '+=', '-=', '*=', '/=', '%=', '&=', '^=', '|=',
  '*', '/', '%', '+', '-', '<', '>', '&', '|', '^', '!', '~', '?', ':', '=', '(', ')', ',',
]
const ASSIGNMENTS = ['=', '+=', '-=', '*=', '/=', '%=', '<<=', '>>=', '&=', '^=', '|=']
const BINARY: readonly (readonly string[])[] = [
  ['||'], ['&&'], ['|'], ['^'], ['&'], ['==', '!='], ['<=', '>=', '<', '>'], ['<<', '>>'], ['+', '-'], ['*', '/', '%'],
]

/** Evaluates `expression`; an error is bash's message without the `bash: ` prefix. */
export function evaluateArithmetic(expression: string, scope: ArithmeticScope, depth = 0): ArithmeticResult {
  if (depth > MAX_DEPTH) return { ok: false, error: `${expression}: expression recursion level exceeded (error token is "${expression}")` }
  const evaluator = new Evaluator(expression, scope, depth)
  return evaluator.run()
}

type Token = { kind: 'num' | 'id' | 'op' | 'end'; text: string; start: number }

class Evaluator {
  private pos = 0
  private lastStart = 0
  private tok: Token = { kind: 'end', text: '', start: 0 }
  private error: string | null = null
  private noeval = 0

  constructor(private readonly src: string, private readonly scope: ArithmeticScope, private readonly depth: number) {}

  run(): ArithmeticResult {
    this.next()
    if (this.atEnd()) return { ok: true, value: 0n }
    const value = this.comma()
    if (!this.atEnd()) this.fail('syntax error in expression')
    return this.error ? { ok: false, error: this.error } : { ok: true, value }
  }

  /** Records the first error, quoting the text from the last token read, as bash does. */
  private fail(message: string, token = this.src.slice(this.lastStart)): bigint {
    this.error ??= `${this.src}: ${message} (error token is "${token}")`
    return 0n
  }

  private next(): void {
    while (/\s/.test(this.src[this.pos] ?? '')) this.pos++
    const start = this.pos
    if (start >= this.src.length) {
      this.tok = { kind: 'end', text: '', start }
      return
    }
    this.lastStart = start
    const word = /^[A-Za-z0-9_@#]+/.exec(this.src.slice(start))
    if (word) {
      this.pos += word[0].length
      this.tok = { kind: /^[0-9]/.test(word[0]) ? 'num' : 'id', text: word[0], start }
      return
    }
    let op = OPERATORS.find(o => this.src.startsWith(o, start)) ?? this.src[start]
    const increment = op === '++' || op === '--'
    if (increment && this.tok.kind !== 'id' && !/[A-Za-z_]/.test(this.src[start + 2] ?? '')) op = op[0]
    this.pos += op.length
    this.tok = { kind: 'op', text: op, start }
  }

  private atEnd(): boolean {
    return this.tok.kind === 'end'
  }

  private isOp(...ops: string[]): boolean {
    return this.tok.kind === 'op' && ops.includes(this.tok.text)
  }

  private comma(): bigint {
    let value = this.assignment()
    while (!this.error && this.isOp(',')) {
      this.next()
      value = this.assignment()
    }
    return value
  }

  private assignment(): bigint {
    const target = this.tok
    const op = target.kind === 'id' ? this.operatorAt(this.pos) : null
    if (op && ASSIGNMENTS.includes(op)) {
      this.next()
      this.next()
      const right = this.assignment()
      const value = op === '=' ? right : this.binary(op.slice(0, -1), this.variable(target.text), right)
      return this.store(target.text, value)
    }
    const value = this.conditional()
    if (this.tok.kind === 'op' && ASSIGNMENTS.includes(this.tok.text)) return this.fail('attempted assignment to non-variable')
    return value
  }

  /** The operator token starting at or after `pos`, as `next` would read it. */
  private operatorAt(pos: number): string | null {
    while (/\s/.test(this.src[pos] ?? '')) pos++
    return OPERATORS.find(o => this.src.startsWith(o, pos)) ?? null
  }

  private conditional(): bigint {
    const test = this.binaryLevel(0)
    if (this.error || !this.isOp('?')) return test
    this.next()
    if (test === 0n) this.noeval++
    const yes = this.comma()
    if (test === 0n) this.noeval--
    if (!this.isOp(':')) return this.fail("`:' expected for conditional expression")
    this.next()
    if (test !== 0n) this.noeval++
    const no = this.conditional()
    if (test !== 0n) this.noeval--
    return test !== 0n ? yes : no
  }

  private binaryLevel(level: number): bigint {
    if (level === BINARY.length) return this.power()
    let left = this.binaryLevel(level + 1)
    while (!this.error && this.tok.kind === 'op' && BINARY[level].includes(this.tok.text)) {
      const op = this.tok.text
      this.next()
      const rightStart = this.tok.start
      const skip = (op === '&&' && left === 0n) || (op === '||' && left !== 0n)
      if (skip) this.noeval++
      const right = this.binaryLevel(level + 1)
      if (skip) this.noeval--
      left = this.binary(op, left, right, rightStart)
    }
    return left
  }

  private power(): bigint {
    const base = this.unary()
    if (this.error || !this.isOp('**')) return base
    this.next()
    return this.binary('**', base, this.power())
  }

  private unary(): bigint {
    if (this.isOp('!', '~', '-', '+')) {
      const op = this.tok.text
      this.next()
      const value = this.unary()
      return op === '!' ? BigInt(value === 0n) : op === '~' ? BigInt.asIntN(64, ~value) : op === '-' ? BigInt.asIntN(64, -value) : value
    }
    if (this.isOp('++', '--')) {
      const op = this.tok.text
      this.next()
      if (this.tok.kind !== 'id') return this.fail('syntax error: operand expected')
      const name = this.tok.text
      this.next()
      return this.store(name, BigInt.asIntN(64, this.variable(name) + (op === '++' ? 1n : -1n)))
    }
    return this.postfix()
  }

  private postfix(): bigint {
    const t = this.tok
    if (t.kind === 'num') {
      this.next()
      return this.number(t.text)
    }
    if (t.kind === 'id') {
      this.next()
      const value = this.variable(t.text)
      if (!this.isOp('++', '--')) return value
      const delta = this.tok.text === '++' ? 1n : -1n
      this.next()
      this.store(t.text, BigInt.asIntN(64, value + delta))
      return value
    }
    if (this.isOp('(')) {
      this.next()
      const value = this.comma()
      if (!this.isOp(')')) return this.fail("missing `)'")
      this.next()
      return value
    }
    if (this.isOp('=')) return this.fail('attempted assignment to non-variable')
    return this.fail('syntax error: operand expected')
  }

  private variable(name: string): bigint {
    if (this.error) return 0n
    const raw = this.scope.lookup(name)
    if (raw === undefined || raw.trim() === '') return 0n
    if (/^\s*-?[0-9]+\s*$/.test(raw) && !/^\s*-?0[0-9]/.test(raw)) return BigInt.asIntN(64, BigInt(raw.trim()))
    const nested = evaluateArithmetic(raw, this.scope, this.depth + 1)
    if (!nested.ok) {
      this.error ??= nested.error
      return 0n
    }
    return nested.value
  }

  private store(name: string, value: bigint): bigint {
    if (!this.error && this.noeval === 0) this.scope.assign?.(name, String(value))
    return value
  }

  /** A number in bash's notation: decimal, 0… octal, 0x… hex, or base#digits (base 2–64). */
  private number(text: string): bigint {
    const based = /^([0-9]+)#(.*)$/.exec(text)
    let base = 10
    let digits = text
    if (based) {
      base = Number(based[1])
      digits = based[2]
      if (base < 2 || base > 64) return this.fail('invalid arithmetic base', text)
    } else if (/^0[xX]/.test(text)) {
      base = 16
      digits = text.slice(2)
    } else if (text.length > 1 && text.startsWith('0')) base = 8
    let value = 0n
    for (const c of digits) {
      const d = digitValue(c, base)
      if (d < 0 || d >= base) return this.fail('value too great for base', text)
      value = BigInt.asIntN(64, value * BigInt(base) + BigInt(d))
    }
    return value
  }

  /** `a op b`; a division by zero quotes the divisor onwards (`rightStart`), as bash does. */
  private binary(op: string, a: bigint, b: bigint, rightStart = this.lastStart): bigint {
    if (this.error) return 0n
    const wrap = (v: bigint) => BigInt.asIntN(64, v)
    switch (op) {
      case '+': return wrap(a + b)
      case '-': return wrap(a - b)
      case '*': return wrap(a * b)
      case '/':
      case '%':
        if (b === 0n) return this.noeval ? 0n : this.fail('division by 0', this.src.slice(rightStart))
        return wrap(op === '/' ? a / b : a % b)
      case '**': return b < 0n ? this.fail('exponent less than 0') : powerOf(a, b)
      case '<<': return wrap(a << (b & 63n))
      case '>>': return a >> (b & 63n)
      case '<': return BigInt(a < b)
      case '>': return BigInt(a > b)
      case '<=': return BigInt(a <= b)
      case '>=': return BigInt(a >= b)
      case '==': return BigInt(a === b)
      case '!=': return BigInt(a !== b)
      case '&': return a & b
      case '|': return a | b
      case '^': return a ^ b
      case '&&': return BigInt(a !== 0n && b !== 0n)
      default: return BigInt(a !== 0n || b !== 0n)
    }
  }
}

function digitValue(c: string, base: number): number {
  if (c >= '0' && c <= '9') return c.charCodeAt(0) - 48
  if (c >= 'a' && c <= 'z') return c.charCodeAt(0) - 97 + 10
  if (c >= 'A' && c <= 'Z') return c.charCodeAt(0) - 65 + (base <= 36 ? 10 : 36)
  if (c === '@') return 62
  if (c === '_') return 63
  return -1
}

/** a ** b modulo 2^64, by squaring. */
function powerOf(a: bigint, b: bigint): bigint {
  let result = 1n
  let square = a
  for (let e = b; e > 0n; e >>= 1n) {
    if (e & 1n) result = BigInt.asIntN(64, result * square)
    square = BigInt.asIntN(64, square * square)
  }
  return result
}
