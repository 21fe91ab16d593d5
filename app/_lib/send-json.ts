/** The outcome of a JSON request from the browser: the body, or a sentence saying what went wrong. */
export type Sent<T> = { ok: true; data: T } | { ok: false; status: number; error: string }

/** Sends `body` as JSON (POST unless told) and reads the JSON answer; never throws. */
export async function sendJson<T = unknown>(url: string, body?: unknown, method = 'POST'): Promise<Sent<T>> {
  try {
    const response = await fetch(url, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const data = (await response.json().catch(() => ({}))) as T & { error?: string; message?: string }
    if (response.ok) return { ok: true, data }
    // Ordinal's routes say `error`; better-auth's say `message`.
    return { ok: false, status: response.status, error: data.error ?? data.message ?? `the server answered ${response.status}` }
  } catch {
    return { ok: false, status: 0, error: 'the server cannot be reached; check your connection' }
  }
}
