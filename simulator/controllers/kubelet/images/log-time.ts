// Timestamp layouts that real container images print in their logs, all in UTC (containers on a
// kind node run with TZ unset, so UTC). Each function takes epoch milliseconds of the virtual clock.

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** A log timestamp layout, named after the program that prints it. */
export type TimeLayout =
  | 'date'
  | 'entrypoint'
  | 'mysqld'
  | 'nginx'
  | 'nginx-access'
  | 'redis'
  | 'postgres'
  | 'httpd'
  | 'log4j'
  | 'epoch'
  | 'mysql-short'

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0')
}

function parts(ms: number) {
  const d = new Date(ms)
  return {
    y: d.getUTCFullYear(),
    mo: d.getUTCMonth(),
    d: d.getUTCDate(),
    wd: d.getUTCDay(),
    h: pad(d.getUTCHours()),
    mi: pad(d.getUTCMinutes()),
    s: pad(d.getUTCSeconds()),
    ms: pad(d.getUTCMilliseconds(), 3),
  }
}

/** Microseconds after the millisecond, derived from the time so a log stays stable across replays. */
function micros(ms: number): string {
  return pad(Math.floor(ms) % 1000, 3) + pad(Math.floor((ms * 997) % 1000), 3)
}

/**
 * Formats `ms` in `layout`:
 * date `Sat Feb  1 12:00:05 UTC 2025` (busybox and GNU `date`), entrypoint `2025-02-01 12:00:05+00:00`
 * (`date --rfc-3339=seconds`), mysqld `2025-02-01T12:00:05.123456Z`, nginx `2025/02/01 12:00:05`,
 * nginx-access `01/Feb/2025:12:00:05 +0000`, redis `01 Feb 2025 12:00:05.123`, postgres
 * `2025-02-01 12:00:05.123 UTC`, httpd `Sat Feb 01 12:00:05.123456 2025`, log4j `2025-02-01 12:00:05,123`,
 * epoch `1738411205` (`date +%s`), mysql-short `250201 12:00:05` (InnoDB's ut_sprintf_timestamp, hour space-padded).
 */
export function formatLogTime(layout: TimeLayout, ms: number): string {
  const p = parts(ms)
  const iso = `${p.y}-${pad(p.mo + 1)}-${pad(p.d)}`
  const clock = `${p.h}:${p.mi}:${p.s}`
  switch (layout) {
    case 'date':
      return `${DAYS[p.wd]} ${MONTHS[p.mo]} ${String(p.d).padStart(2, ' ')} ${clock} UTC ${p.y}`
    case 'entrypoint':
      return `${iso} ${clock}+00:00`
    case 'mysqld':
      return `${iso}T${clock}.${micros(ms)}Z`
    case 'nginx':
      return `${p.y}/${pad(p.mo + 1)}/${pad(p.d)} ${clock}`
    case 'nginx-access':
      return `${pad(p.d)}/${MONTHS[p.mo]}/${p.y}:${clock} +0000`
    case 'redis':
      return `${pad(p.d)} ${MONTHS[p.mo]} ${p.y} ${clock}.${p.ms}`
    case 'postgres':
      return `${iso} ${clock}.${p.ms} UTC`
    case 'httpd':
      return `${DAYS[p.wd]} ${MONTHS[p.mo]} ${pad(p.d)} ${clock}.${micros(ms)} ${p.y}`
    case 'log4j':
      return `${iso} ${clock},${p.ms}`
    case 'epoch':
      return String(Math.floor(ms / 1000))
    case 'mysql-short':
      return `${String(p.y).slice(2)}${pad(p.mo + 1)}${pad(p.d)} ${String(Number(p.h)).padStart(2, ' ')}:${p.mi}:${p.s}`
  }
}

const TOKEN = /\{\{t:([a-z0-9-]+)\}\}/g

/**
 * Renders a log template at time `ms`: every `{{t:<layout>}}` becomes that layout's timestamp.
 * Templates carry lines whose time is only known later (loop iterations, shutdown on SIGTERM).
 */
export function renderLogTemplate(template: string, ms: number): string {
  return template.replace(TOKEN, (_, layout: string) => formatLogTime(layout as TimeLayout, ms))
}

/** The template token for `layout`, for building templates without spelling the syntax. */
export function timeToken(layout: TimeLayout): string {
  return `{{t:${layout}}}`
}
