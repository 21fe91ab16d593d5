// A command log as data that leaves the browser: checked when it comes back (a shared link, an
// imported file, a payload to grade), and packed into URL-safe text for links. Replaying a log
// that passes these checks is bounded: a hostile one cannot make the simulation run for ever.

import type { LoggedCommand } from './index'

/** Limits on a log accepted from outside. */
export const LOG_LIMITS = {
  entries: 5_000,
  /** Characters of one line or one saved file. */
  text: 200_000,
  /** Virtual time of the last entry: a day. */
  timeMs: 24 * 60 * 60 * 1000,
  /**
   * Characters of all lines and saved files together. A lesson's real log is tens of kilobytes;
   * the cap bounds what one replay can be made to do (and what the server stores for a lesson).
   */
  totalText: 500_000,
}

/** The characters an entry counts against LOG_LIMITS.totalText. */
export function entryChars(entry: LoggedCommand): number {
  return (entry.line?.length ?? 0) + (entry.write ? entry.write.path.length + entry.write.content.length : 0) + (entry.edited?.length ?? 0)
}

export type ParsedLog = { ok: true; log: LoggedCommand[] } | { ok: false; error: string }

/** Checks that `value` is a command log within LOG_LIMITS, in time order; says what is wrong. */
export function parseCommandLog(value: unknown): ParsedLog {
  if (!Array.isArray(value)) return { ok: false, error: 'a command log is a JSON array' }
  if (value.length > LOG_LIMITS.entries) return { ok: false, error: `a command log holds at most ${LOG_LIMITS.entries} entries` }
  const log: LoggedCommand[] = []
  let last = 0
  let chars = 0
  for (const [i, raw] of value.entries()) {
    const entry = parseEntry(raw)
    if (typeof entry === 'string') return { ok: false, error: `entry ${i + 1}: ${entry}` }
    if (entry.at < last) return { ok: false, error: `entry ${i + 1}: entries must be in time order` }
    chars += entryChars(entry)
    if (chars > LOG_LIMITS.totalText) return { ok: false, error: `a command log holds at most ${LOG_LIMITS.totalText} characters of commands and saved files` }
    last = entry.at
    log.push(entry)
  }
  return { ok: true, log }
}

function parseEntry(raw: unknown): LoggedCommand | string {
  if (typeof raw !== 'object' || raw === null) return 'not an object'
  const { at, line, interrupt, write, edited, ...rest } = raw as Record<string, unknown>
  if (Object.keys(rest).length) return `unknown field ${Object.keys(rest)[0]}`
  if (typeof at !== 'number' || !Number.isInteger(at) || at < 0 || at > LOG_LIMITS.timeMs) return 'at must be whole virtual milliseconds within a day'
  const kinds = [line, interrupt, write, edited].filter((v) => v !== undefined).length
  if (kinds !== 1) return 'needs exactly one of line, interrupt, write, edited'
  if (line !== undefined) return typeof line === 'string' && line.length <= LOG_LIMITS.text ? { at, line } : 'line must be text'
  if (interrupt !== undefined) return interrupt === true ? { at, interrupt: true } : 'interrupt must be true'
  if (edited !== undefined) return typeof edited === 'string' && edited.startsWith('/') ? { at, edited } : 'edited must be an absolute path'
  const file = write as { path?: unknown; content?: unknown }
  if (typeof file !== 'object' || file === null || typeof file.path !== 'string' || !file.path.startsWith('/') || typeof file.content !== 'string') {
    return 'write needs an absolute path and text content'
  }
  if (file.content.length > LOG_LIMITS.text) return 'a saved file is too large'
  return { at, write: { path: file.path, content: file.content } }
}

/** The log as URL-safe base64 of its JSON (for `#log=…` links). */
export function encodeCommandLog(log: readonly LoggedCommand[]): string {
  let binary = ''
  for (const byte of new TextEncoder().encode(JSON.stringify(log))) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/** Reverses encodeCommandLog and checks the result. */
export function decodeCommandLog(text: string): ParsedLog {
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'))
    const json = new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)))
    return parseCommandLog(JSON.parse(json))
  } catch {
    return { ok: false, error: 'the link does not hold a command log' }
  }
}
