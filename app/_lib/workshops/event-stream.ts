import 'server-only'
import type { PrismaClient } from '../db'
import { onWorkshopChange, workshopFingerprint } from './changes'

/** How often another instance's changes are looked for, and how often a snapshot is sent anyway. */
const POLL_MS = 2_000
const REFRESH_MS = 30_000
const KEEPALIVE_MS = 15_000

/**
 * A server-sent-events response that sends `render()` as an `update` event at once and again
 * whenever the workshop changes: at once for changes made through this instance, within
 * POLL_MS for others (a fingerprint of the database), and every REFRESH_MS regardless (times on
 * steps move on). Ends when the client goes away, or after sending a `{ gone: true }` view.
 */
export function workshopEventStream(request: Request, db: PrismaClient, workshopId: string, render: () => Promise<unknown>): Response {
  const encoder = new TextEncoder()
  let stop = () => {}
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let closed = false
      let last = ''
      let lastSent = 0
      let running: Promise<void> | null = null
      let again = false
      const send = (text: string) => {
        if (!closed) controller.enqueue(encoder.encode(text))
      }
      const check = async (force: boolean) => {
        const fingerprint = await workshopFingerprint(db, workshopId)
        if (!force && fingerprint === last && Date.now() - lastSent < REFRESH_MS) return
        last = fingerprint
        lastSent = Date.now()
        const view = await render()
        send(`event: update\ndata: ${JSON.stringify(view)}\n\n`)
        // The workshop was deleted, or the viewer may no longer see it: nothing more will come.
        if (isGone(view)) stop()
      }
      // One check at a time; a wake-up during a check runs one more after it.
      const wake = (force = false) => {
        if (closed) return
        if (running) {
          again = true
          return
        }
        running = check(force)
          .catch((error) => {
            console.error(`workshop ${workshopId} events:`, error)
            send(`event: problem\ndata: ${JSON.stringify({ error: 'the workshop could not be read just now; trying again' })}\n\n`)
          })
          .finally(() => {
            running = null
            if (again) {
              again = false
              wake(true)
            }
          })
      }
      const unsubscribe = onWorkshopChange(workshopId, () => wake(true))
      const poll = setInterval(() => wake(), POLL_MS)
      const keepalive = setInterval(() => send(': keepalive\n\n'), KEEPALIVE_MS)
      stop = () => {
        if (closed) return
        closed = true
        unsubscribe()
        clearInterval(poll)
        clearInterval(keepalive)
        try {
          controller.close()
        } catch {
          // already closed by the client
        }
      }
      request.signal.addEventListener('abort', stop)
      send('retry: 3000\n\n')
      wake(true)
    },
    cancel() {
      stop()
    },
  })
  return new Response(stream, { headers: { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store, no-transform', connection: 'keep-alive', 'x-accel-buffering': 'no' } })
}

const isGone = (view: unknown): boolean => typeof view === 'object' && view !== null && (view as { gone?: unknown }).gone === true
