import packageJson from '@/package.json'
import { getConfig } from '@/app/_lib/config'
import { getDb } from '@/app/_lib/db'

export const dynamic = 'force-dynamic'
export const runtime = 'nodejs'

/**
 * GET /api/health: 200 with the app version and the latency of a real database round trip, or
 * 503 with the reason when the database cannot be configured, reached or read. The round trip
 * reads one Learner id through the Prisma client, so it proves the file is readable and migrated,
 * not only that a connection opens. Never cached.
 */
export async function GET(): Promise<Response> {
  const headers = { 'cache-control': 'no-store' }
  const started = performance.now()
  try {
    const { database } = getConfig()
    await getDb().learner.findFirst({ select: { id: true } })
    const latencyMs = Math.round((performance.now() - started) * 100) / 100
    return Response.json(
      { status: 'ok', version: packageJson.version, database: { ok: true, provider: database.provider, latencyMs } },
      { headers },
    )
  } catch (error) {
    return Response.json(
      { status: 'error', version: packageJson.version, database: { ok: false, error: describeError(error) } },
      { status: 503, headers },
    )
  }
}

/** The error as one line of at most 500 characters, without Prisma's "Invalid `prisma.x()` invocation:" header. */
function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  const lines = message
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !/^Invalid `.*` invocation/.test(line))
  return lines.join(' ').slice(0, 500) || 'unknown database error'
}
