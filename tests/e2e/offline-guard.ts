import type { Page } from '@playwright/test'

/**
 * Blocks every request to an origin other than the app's own and records it, so a test can
 * assert that the page needs nothing from the internet (no CDN for Monaco, no web fonts).
 */
export async function guardForeignRequests(page: Page, appOrigin: string): Promise<string[]> {
  const foreign: string[] = []
  await page.context().route('**/*', (route) => {
    const url = new URL(route.request().url())
    if (url.origin === appOrigin || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue()
    foreign.push(route.request().url())
    return route.abort('blockedbyclient')
  })
  return foreign
}
