import 'server-only'
import { headers } from 'next/headers'
import { instructorFromHeaders, type SignedInInstructor } from '@/app/_lib/auth'

/** The signed-in instructor for a server component, or null. */
export async function currentInstructor(): Promise<SignedInInstructor | null> {
  return instructorFromHeaders(await headers())
}

/** The app's public origin as this request reached it (for join links and QR codes). */
export async function requestOrigin(): Promise<string> {
  if (process.env.BETTER_AUTH_URL) return new URL(process.env.BETTER_AUTH_URL).origin
  const h = await headers()
  const host = h.get('x-forwarded-host') ?? h.get('host') ?? 'localhost:3000'
  const proto = h.get('x-forwarded-proto') ?? (host.startsWith('localhost') || /^[\d.]+(:\d+)?$/.test(host) ? 'http' : 'https')
  return `${proto}://${host}`
}
