/**
 * Next.js start-up hook: before the server takes requests, bring the database up to date with
 * prisma/migrations. The work lives in instrumentation-node.ts so the Edge runtime never loads it.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { migrateOnStart } = await import('./instrumentation-node')
    await migrateOnStart()
  }
}
