// Syntax errors and warnings, with bash's exact texts.
//
// How the expectations were checked (GNU bash 5.2.15, Debian):
// - script form: the input written to f.sh, then `bash -n f.sh` (parse only) and `bash f.sh`; both
//   print the same lines. A differential run of 10,000 seeded random strings of shell
//   metacharacters through `bash -n` and `parse` agreed on all but a few exotic end-of-input cases
//   (listed in the report: a here-document pending when a quote is left open, a lone `\` as the
//   last byte of a file without a final newline, arrays, `select`).
// - interactive form: `bash --norc --noprofile -i` driven through a pty (python3 pty.fork), typing
//   each line: it prints `bash: <message>` with no line number and no quoted line.
// - `bash -c '…'` prints `bash: -c: line N: <message>` and the quoted line, like a script.

import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '@/simulator/shell/diagnostics'
import { parse } from '@/simulator/shell/parse'
import { renderCommands } from './render'

function scriptForm(source: string): string {
  const result = parse(source)
  return [...result.warnings, ...(result.error ? [result.error] : [])]
    .map(d => formatDiagnostic(d, { kind: 'script', name: 'f.sh' }))
    .join('\n')
}

function interactiveForm(source: string): string | null {
  const error = parse(source).error
  return error && formatDiagnostic(error, { kind: 'interactive' })
}

describe('syntax errors near a token', () => {
  it.each([
    ['echo a;;', ';;'],
    [';', ';'],
    ['echo a && ;', ';'],
    ['done', 'done'],
    ['then', 'then'],
    ['fi', 'fi'],
    ['}', '}'],
    ['in', 'in'],
    ['echo a)', ')'],
    ['( )', ')'],
    ['{ }', '}'],
    ['| kubectl get pods', '|'],
    ['echo a | | b', '|'],
    ['&& x', '&&'],
    ['echo a & ;', ';'],
    ['echo a;& b', ';&'],
    ['echo >', 'newline'],
    ['echo > ;', ';'],
    ['cat <<', 'newline'],
    ['echo 2>&', 'newline'],
    ['echo (', 'newline'],
    ['echo (a)', 'a'],
    ['x=1 (', '('],
    ['echo a | ! cat', '!'],
    ['(echo a) b', 'b'],
    ['if true; fi', 'fi'],
    ['if then fi', 'then'],
    ['while; do echo; done', ';'],
    ['while true do echo; done', 'done'],
    ['for i in a b; echo; done', 'echo'],
    ['for i in a b; do; done', ';'],
    ['for ;', ';'],
    ['for 2>&1', '2'],
    ['for i in 1 2; do echo $i; done done', 'done'],
    ['echo $(echo ;;)', ';;'],
    ['echo $(for)', ')'],
    ['case x in a echo;; esac', 'echo'],
    ['for ((i=0;i<1;i++)) echo', 'echo'],
  ])('%s → near `%s`', (source, token) => {
    const message = `syntax error near unexpected token \`${token}'`
    expect(interactiveForm(source)).toBe(`bash: ${message}`)
    expect(scriptForm(source)).toBe(`f.sh: line 1: ${message}\nf.sh: line 1: \`${source}'`)
    expect(parse(source).error?.atEof).toBe(false)
  })
})

describe('errors at the end of input (an interactive shell prompts `> ` instead)', () => {
  it.each([
    ['echo |', 'f.sh: line 2: syntax error: unexpected end of file'],
    ['echo |\n\n\n', 'f.sh: line 4: syntax error: unexpected end of file'],
    ['echo a &&', 'f.sh: line 2: syntax error: unexpected end of file'],
    ['for i in 1 2; do echo $i done', 'f.sh: line 2: syntax error: unexpected end of file'],
    ['for i in a\n\n', 'f.sh: line 3: syntax error: unexpected end of file'],
    ['if true; then', 'f.sh: line 2: syntax error: unexpected end of file'],
    ['{ echo; ', 'f.sh: line 2: syntax error: unexpected end of file'],
    ['(', 'f.sh: line 2: syntax error: unexpected end of file'],
    ['echo "abc', "f.sh: line 1: unexpected EOF while looking for matching `\"'"],
    ['echo x\necho "abc\n\nd', "f.sh: line 2: unexpected EOF while looking for matching `\"'"],
    ["echo 'abc", "f.sh: line 1: unexpected EOF while looking for matching `''"],
    ['echo `abc', "f.sh: line 1: unexpected EOF while looking for matching ``'"],
    ['echo ${x', "f.sh: line 1: unexpected EOF while looking for matching `}'"],
    ['echo $(echo', "f.sh: line 2: unexpected EOF while looking for matching `)'"],
    ['echo $(echo x\n\n', "f.sh: line 3: unexpected EOF while looking for matching `)'"],
    ['echo $((1+2\n', "f.sh: line 1: unexpected EOF while looking for matching `)'"],
    ['echo $(( (1+2) )\n', "f.sh: line 1: unexpected EOF while looking for matching `)'"],
    ["echo $'abc\n", "f.sh: line 1: unexpected EOF while looking for matching `''"],
    ['((1+2', "f.sh: line 1: unexpected EOF while looking for matching `)'"],
  ])('%j', (source, expected) => {
    expect(scriptForm(source)).toBe(expected)
    expect(parse(source).error?.atEof).toBe(true)
  })
})

describe('here-documents delimited by the end of input', () => {
  it.each([
    ['cat <<EOF\nhi', 'f.sh: line 2: warning: here-document at line 1 delimited by end-of-file (wanted `EOF\')'],
    ['cat <<EOF\nhi\n\n', 'f.sh: line 3: warning: here-document at line 1 delimited by end-of-file (wanted `EOF\')'],
    ['echo one\ncat <<EOF\nhi\n', 'f.sh: line 3: warning: here-document at line 2 delimited by end-of-file (wanted `EOF\')'],
    ['cat <<EOF', 'f.sh: line 1: warning: here-document at line 1 delimited by end-of-file (wanted `EOF\')'],
  ])('%j warns and still runs the command', (source, expected) => {
    const result = parse(source)
    expect(scriptForm(source)).toBe(expected)
    expect(result.error).toBeNull()
    expect(result.commands).toHaveLength(source.startsWith('echo') ? 2 : 1)
  })

  it('interactively, names the line in the session (pty: the second command typed said line 2)', () => {
    const [warning] = parse('cat <<EOF\nhi\n', { firstLine: 2 }).warnings
    expect(formatDiagnostic(warning, { kind: 'interactive' })).toBe(
      "bash: warning: here-document at line 2 delimited by end-of-file (wanted `EOF')",
    )
  })
})

describe('what runs, and where reading resumes', () => {
  it('runs the complete commands before a later line with an error', () => {
    const source = 'echo one\necho two;;\necho three\n'
    const result = parse(source)
    expect(renderCommands(result.commands)).toEqual(['echo one'])
    expect(formatDiagnostic(result.error!, { kind: 'script', name: 'f.sh' })).toBe(
      "f.sh: line 2: syntax error near unexpected token `;;'\nf.sh: line 2: `echo two;;'",
    )
    expect(source.slice(result.error!.resumeAt)).toBe('echo three\n')
    expect(result.error!.commandStart).toBe(source.indexOf('echo two'))
  })

  it('rejects a whole line: `echo a; done` runs nothing', () => {
    expect(parse('echo a; done').commands).toEqual([])
  })

  it('reads a pending here-document before reporting an error on its line (as bash does)', () => {
    const source = 'cat <<EOF )\nbody\nEOF\necho after\n'
    const error = parse(source).error!
    expect(formatDiagnostic(error, { kind: 'script', name: 'f.sh' })).toBe(
      "f.sh: line 3: syntax error near unexpected token `)'\nf.sh: line 3: `cat <<EOF )'",
    )
    expect(source.slice(error.resumeAt)).toBe('echo after\n')
  })

  it('formats `bash -c` errors with its name', () => {
    expect(formatDiagnostic(parse('done').error!, { kind: 'script', name: 'bash: -c' })).toBe(
      "bash: -c: line 1: syntax error near unexpected token `done'\nbash: -c: line 1: `done'",
    )
  })

  it('quotes the physical line of the token, after line continuations', () => {
    expect(scriptForm('echo a\\\n;;b\n')).toBe("f.sh: line 2: syntax error near unexpected token `;;'\nf.sh: line 2: `;;b'")
  })

  it('keeps a backquote that does not parse for run time, as bash parses backquotes late', () => {
    const result = parse('echo `echo "a`')
    expect(result.error).toBeNull()
    expect(renderCommands(result.commands)).toEqual([
      "echo `ERROR⟨command substitution: line 1: unexpected EOF while looking for matching `\"'⟩`",
    ])
  })
})
