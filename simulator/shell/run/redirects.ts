// Redirections: `>`, `>>`, `<`, here-documents and here-strings, `2>&1`, `&>`, /dev/null.
// Files are opened (truncated) when the redirection is applied and written as output arrives.

import type { Redirect, Span } from '../ast'
import { expandHeredoc, expandString, expandWords, type ExpansionContext } from '../expand'
import type { VirtualFs } from '../fs/virtual-fs'
import { discard, type Sink, type Streams } from './streams'

export type Redirected = { ok: true; streams: Streams } | { ok: false }

/**
 * Applies `redirects` left to right to `io`. On failure bash's message (`bash: x: No such file or
 * directory`, `bash: $f: ambiguous redirect`) is written to the current standard error and the
 * command does not run (status 1).
 */
export function applyRedirects(
  redirects: readonly Redirect[],
  io: Streams,
  ctx: ExpansionContext,
  fs: VirtualFs,
  cwd: string,
  sourceText: (span: Span) => string,
): Redirected {
  let streams = io
  for (const redirect of redirects) {
    const next = applyOne(redirect, streams, { ctx, fs, cwd, sourceText })
    if (typeof next === 'string') {
      streams.stderr(`bash: ${next}\n`)
      return { ok: false }
    }
    streams = next
  }
  return { ok: true, streams }
}

interface Env {
  ctx: ExpansionContext
  fs: VirtualFs
  cwd: string
  sourceText: (span: Span) => string
}

function applyOne(r: Redirect, io: Streams, { ctx, fs, cwd, sourceText }: Env): Streams | string {
  if (r.heredoc) {
    const body = expandHeredoc(r.heredoc, ctx)
    return body.ok ? withInput(io, r.fd, body.value) : body.error
  }
  if (r.op === '<<<') {
    const word = expandString(r.target.parts, ctx)
    return word.ok ? withInput(io, r.fd, word.value + '\n') : word.error
  }
  const fields = expandWords([r.target], ctx)
  if (!fields.ok) return fields.error
  if (fields.value.length !== 1) return `${sourceText(r.target.span)}: ambiguous redirect`
  const target = fields.value[0]
  switch (r.op) {
    case '<':
    case '<>': {
      const read = target === '/dev/null' ? { ok: true as const, content: '' } : fs.readFile(target, cwd)
      return read.ok ? withInput(io, r.fd, read.content) : `${target}: ${read.error}`
    }
    case '>&':
    case '<&':
      if (/^[0-9]+$/.test(target)) return duplicate(io, r.fd, Number(target)) ?? `${target}: Bad file descriptor`
      if (target === '-') return withOutput(io, r.fd, discard, false)
      return openOutput(io, [1, 2], target, false, fs, cwd)
    case '&>':
    case '&>>':
      return openOutput(io, [1, 2], target, r.op === '&>>', fs, cwd)
    default:
      return openOutput(io, [r.fd], target, r.op === '>>', fs, cwd)
  }
}

function withInput(io: Streams, fd: number, text: string): Streams {
  return fd === 0 ? { ...io, stdin: text } : io
}

function withOutput(io: Streams, fd: number, sink: Sink, terminal: boolean): Streams {
  if (fd === 1) return { ...io, stdout: sink, stdoutIsTerminal: terminal }
  if (fd === 2) return { ...io, stderr: sink }
  return io
}

function duplicate(io: Streams, fd: number, from: number): Streams | undefined {
  if (from === 1) return withOutput(io, fd, io.stdout, io.stdoutIsTerminal)
  if (from === 2) return withOutput(io, fd, io.stderr, true)
  if (from === 0) return io
  return undefined
}

function openOutput(io: Streams, fds: number[], path: string, append: boolean, fs: VirtualFs, cwd: string): Streams | string {
  let sink: Sink
  let terminal = false
  if (path === '/dev/null') sink = discard
  else if (path === '/dev/stdout') [sink, terminal] = [io.stdout, io.stdoutIsTerminal]
  else if (path === '/dev/stderr') [sink, terminal] = [io.stderr, true]
  else {
    const opened = fs.writeFile(path, cwd, '', { append: true })
    if (!opened.ok) return `${path}: ${opened.error}`
    if (!append) fs.writeFile(path, cwd, '')
    sink = (text) => void fs.writeFile(path, cwd, text, { append: true })
  }
  let streams = io
  for (const fd of fds) streams = withOutput(streams, fd, sink, terminal)
  return streams
}
