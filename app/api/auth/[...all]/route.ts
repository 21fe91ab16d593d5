import { getAuth } from '@/app/_lib/auth'

export const dynamic = 'force-dynamic'
export const runtime = 'nodejs'

// better-auth's endpoints: /api/auth/sign-up/email, /sign-in/email, /sign-out, /get-session, …
export async function GET(request: Request): Promise<Response> {
  return (await getAuth()).handler(request)
}

export async function POST(request: Request): Promise<Response> {
  return (await getAuth()).handler(request)
}
