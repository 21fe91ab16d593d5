'use client'

import type { LoggedCommand } from '@/simulator/index'

/** What the lesson page says about saving: `reset` when an instructor reset the lesson, `refused` when the server will not take the log. */
export type SaveStatus = 'saved' | 'saving' | 'offline' | 'conflict' | 'reset' | 'refused'

export interface LocalProgress {
  attempt: string
  seed: number
  log: LoggedCommand[]
  completions: { stepId: string; how: 'checked' | 'assisted'; atEntry: number }[]
  completed: boolean
}

const storageKey = (lessonId: string) => `ordinal:progress:${lessonId}`

/** The copy of a lesson's progress kept in this browser (what the server may not have yet). */
export function readLocalProgress(lessonId: string): LocalProgress | null {
  try {
    const text = localStorage.getItem(storageKey(lessonId))
    return text ? (JSON.parse(text) as LocalProgress) : null
  } catch {
    return null
  }
}

export function clearLocalProgress(lessonId: string): void {
  try {
    localStorage.removeItem(storageKey(lessonId))
  } catch {
    // Storage may be unavailable (private mode): the server copy still counts.
  }
}

export const newAttempt = () => crypto.randomUUID().replace(/-/g, '')

/**
 * Sends a lesson's progress to the server as it happens, one request at a time: the log entries
 * the server does not have yet (by position, so a retried request changes nothing), step
 * completions, and a truncation after an undo. Every state is also kept in localStorage, so
 * commands run while offline, or before a reload, are sent when the server can be reached.
 */
export class ProgressSync {
  /** Log entries the server has acknowledged. */
  private acked: number
  private sentCompletions = new Set<string>()
  private latest: LocalProgress
  private truncateAt: number | undefined
  private completedSent = false
  private inFlight = false
  private retryMs = 0
  private timer: ReturnType<typeof setTimeout> | undefined
  private stopped = false
  private readonly onOnline = () => this.flushSoon(0)

  constructor(
    private readonly lessonId: string,
    initial: LocalProgress,
    serverEntries: number,
    serverCompletions: readonly string[],
    private readonly onStatus: (status: SaveStatus) => void = () => {},
  ) {
    this.latest = initial
    this.acked = serverEntries
    serverCompletions.forEach((id) => this.sentCompletions.add(id))
    window.addEventListener('online', this.onOnline)
    this.flushSoon(0)
  }

  /** The lesson's state now; sends what changed shortly after. */
  update(next: LocalProgress): void {
    if (next.log.length < this.acked) {
      // An undo dropped entries the server has: replace from there.
      this.truncateAt = Math.min(this.truncateAt ?? next.log.length, next.log.length)
      this.acked = next.log.length
    }
    this.latest = next
    try {
      localStorage.setItem(storageKey(this.lessonId), JSON.stringify(next))
    } catch {
      // Full or unavailable storage: keep going with the server alone.
    }
    this.flushSoon(300)
  }

  /**
   * Resolves true once the server has acknowledged everything given to update() so far (false
   * after `timeoutMs`, e.g. offline): a submission is graded from the server's copy.
   */
  async whenSaved(timeoutMs = 8000): Promise<boolean> {
    const deadline = Date.now() + timeoutMs
    this.flushSoon(0)
    while (Date.now() < deadline) {
      if (!this.inFlight && this.acked >= this.latest.log.length && this.truncateAt === undefined) return true
      await new Promise((resolve) => setTimeout(resolve, 50))
      if (!this.inFlight) this.flushSoon(0)
    }
    return false
  }

  stop(): void {
    this.stopped = true
    clearTimeout(this.timer)
    window.removeEventListener('online', this.onOnline)
  }

  private flushSoon(ms: number): void {
    if (this.stopped) return
    clearTimeout(this.timer)
    this.timer = setTimeout(() => void this.flush(), ms)
  }

  private async flush(): Promise<void> {
    if (this.inFlight || this.stopped) return
    const { attempt, seed, log, completions } = this.latest
    const completed = this.latest.completed && !this.completedSent
    const entries = log.slice(this.acked, this.acked + 500)
    const fresh = completions.filter((c) => !this.sentCompletions.has(c.stepId))
    if (!entries.length && !fresh.length && this.truncateAt === undefined && !completed) return this.onStatus('saved')
    this.inFlight = true
    this.onStatus('saving')
    const payload = { attempt, seed, from: this.acked, entries, completions: fresh, completed: completed || undefined, truncateAt: this.truncateAt }
    try {
      const response = await fetch(`/api/progress/${encodeURIComponent(this.lessonId)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(payload),
      })
      const body = (await response.json().catch(() => ({}))) as { entries?: number; error?: string; reset?: boolean }
      if (response.ok) {
        this.acked = payload.from + entries.length
        if (this.truncateAt === payload.truncateAt) this.truncateAt = undefined
        fresh.forEach((c) => this.sentCompletions.add(c.stepId))
        if (completed) this.completedSent = true
        this.retryMs = 0
        this.onStatus('saved')
        if (this.acked < this.latest.log.length) this.flushSoon(0)
      } else if (response.status === 409 && typeof body.entries === 'number') {
        this.acked = Math.min(body.entries, this.acked)
        this.flushSoon(0)
      } else if (response.status === 409) {
        this.onStatus(body.reset ? 'reset' : 'conflict')
        this.stop()
      } else if (response.status === 400 || response.status === 413) {
        // Sending the same again cannot succeed (a full log, say): stop rather than retry for ever.
        this.onStatus('refused')
        this.stop()
      } else this.retryLater()
    } catch {
      this.onStatus('offline')
      this.retryLater()
    } finally {
      this.inFlight = false
    }
  }

  private retryLater(): void {
    this.retryMs = Math.min(this.retryMs ? this.retryMs * 2 : 1000, 30_000)
    this.flushSoon(this.retryMs)
  }
}
