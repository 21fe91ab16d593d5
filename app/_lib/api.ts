import 'server-only'

/** Largest request body the API reads. */
export const MAX_BODY_BYTES = 1_000_000

const noStore = { 'cache-control': 'no-store' }

/** A JSON error response with an explicit status and a sentence saying what is wrong. */
export function apiError(status: number, error: string, extra: Record<string, unknown> = {}): Response {
  return Response.json({ error, ...extra }, { status, headers: noStore })
}

export function apiJson(body: unknown, init: { status?: number; setCookie?: string } = {}): Response {
  const headers: Record<string, string> = { ...noStore }
  if (init.setCookie) headers['set-cookie'] = init.setCookie
  return Response.json(body, { status: init.status ?? 200, headers })
}

/**
 * The JSON body of a mutation, or an error response: only same-origin requests (the Origin
 * header, when sent, must match), only `application/json` (which a cross-site form cannot send
 * without a preflight), at most MAX_BODY_BYTES.
 */
export async function readJsonBody(request: Request): Promise<{ body: unknown } | { error: Response }> {
  const refused = refuseCrossOrigin(request)
  if (refused) return { error: refused }
  if (!(request.headers.get('content-type') ?? '').startsWith('application/json')) return { error: apiError(415, 'send application/json') }
  const declared = Number(request.headers.get('content-length') ?? 0)
  if (declared > MAX_BODY_BYTES) return { error: apiError(413, `the body is larger than ${MAX_BODY_BYTES} bytes`) }
  const text = await request.text()
  if (text.length > MAX_BODY_BYTES) return { error: apiError(413, `the body is larger than ${MAX_BODY_BYTES} bytes`) }
  try {
    return { body: JSON.parse(text) }
  } catch {
    return { error: apiError(400, 'the body is not valid JSON') }
  }
}

/** A 403 response for a request whose Origin header names another site; null when it is fine. */
export function refuseCrossOrigin(request: Request): Response | null {
  const origin = request.headers.get('origin')
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host')
  if (!origin || !host) return null
  try {
    return new URL(origin).host === host ? null : apiError(403, 'cross-origin requests are not accepted')
  } catch {
    return apiError(403, 'cross-origin requests are not accepted')
  }
}
