// UI figures, measured in headless Chromium against the production build (built first if
// missing): time to a terminal that accepts input, command latency, frame time while 100 pods
// change phase, and the lesson page's JavaScript. Printed, never asserted.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium, type Page } from '@playwright/test'
import type { Figure } from './measure'

const PORT = Number(process.env.BENCH_PORT ?? 3300)
const BASE = `http://127.0.0.1:${PORT}`
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync']

export async function uiBenchmarks(): Promise<Figure[]> {
  if (!existsSync(path.join(process.cwd(), '.next', 'BUILD_ID'))) {
    const built = spawnSync('npx', ['next', 'build'], { stdio: 'ignore' })
    if (built.status !== 0) throw new Error('ui benchmarks: next build failed')
  }
  const server = spawn('node', ['scripts/serve.mjs'], {
    env: { ...process.env, PORT: String(PORT), HOSTNAME: '127.0.0.1', DATABASE_URL: `file:/tmp/ordinal-bench-${PORT}.db` },
    stdio: 'ignore',
  })
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS })
  try {
    await waitForServer()
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    const figures: Figure[] = []
    figures.push(await lessonReady(page), await lessonJsGzip(browser))
    figures.push(await commandLatency(page))
    figures.push(await framesWhilePodsChange(page))
    return figures
  } finally {
    await browser.close()
    server.kill()
  }
}

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const ok = await fetch(`${BASE}/api/health`).then((r) => r.ok, () => false)
    if (ok) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error('ui benchmarks: the server did not start')
}

/** Median ms from navigation start to the terminal's ready mark, over 5 cold loads. */
async function lessonReady(page: Page): Promise<Figure> {
  const samples: number[] = []
  for (let i = 0; i < 6; i++) {
    await page.goto(`${BASE}/lessons/01-first-statefulset`)
    await page.locator('[data-testid=terminal][data-ready]').waitFor()
    const ms = await page.evaluate(() => performance.getEntriesByName('ordinal:terminal-ready')[0]?.startTime ?? NaN)
    if (i > 0) samples.push(ms)
  }
  return { name: 'ui.lesson_ready', value: round(median(samples)), unit: 'ms' }
}

/** KB (gzip) of the JavaScript the lesson page loads; Monaco only loads when the editor opens. */
async function lessonJsGzip(browser: import('@playwright/test').Browser): Promise<Figure> {
  const page = await browser.newPage()
  const bodies: Promise<Buffer>[] = []
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') bodies.push(response.body())
  })
  await page.goto(`${BASE}/lessons/01-first-statefulset`, { waitUntil: 'networkidle' })
  await page.locator('[data-testid=terminal][data-ready]').waitFor()
  const total = (await Promise.all(bodies)).reduce((sum, body) => sum + gzipSync(body).length, 0)
  await page.close()
  return { name: 'ui.lesson_js_gzip', value: round(total / 1024), unit: 'KB' }
}

/** p95 ms from Enter to the painted output of `kubectl get pods` with 50 pods. */
async function commandLatency(page: Page): Promise<Figure> {
  await page.goto(`${BASE}/lessons/03-ordered-scaling`)
  const terminal = page.locator('[data-testid=terminal][data-ready]')
  await terminal.waitFor()
  await terminal.click()
  await page.keyboard.type("sed -i 's/replicas: 4/replicas: 50/' queue.yaml; kubectl apply -f queue.yaml")
  await page.keyboard.press('Enter')
  await page.getByRole('button', { name: 'Skip until settled' }).click()
  await page.getByRole('button', { name: 'Pause' }).click()
  await terminal.click()
  const samples: number[] = []
  for (let i = 0; i < 21; i++) {
    await page.keyboard.type('clear')
    await page.keyboard.press('Enter')
    await page.keyboard.type('kubectl get pods -l app=queue')
    // Arm the probe first (Enter's keydown starts the clock), then press Enter and await it.
    await page.evaluate(() => {
      const rows = document.querySelector('[data-testid=terminal] .xterm-rows') as HTMLElement
      const probe = window as unknown as { latency?: Promise<number> }
      probe.latency = new Promise<number>((resolve) => {
        let start = 0
        window.addEventListener('keydown', () => (start = performance.now()), { capture: true, once: true })
        const observer = new MutationObserver(() => {
          if (!start || !rows.textContent?.includes('queue-49')) return
          // xterm renders rows inside an animation frame; the paint follows that frame at once.
          observer.disconnect()
          resolve(performance.now() - start)
        })
        observer.observe(rows, { childList: true, subtree: true, characterData: true })
      })
    })
    await page.keyboard.press('Enter')
    const ms = await page.evaluate(() => (window as unknown as { latency: Promise<number> }).latency)
    if (i > 0) samples.push(ms)
  }
  return { name: 'ui.command_latency_p95', value: round(percentile(samples, 0.95)), unit: 'ms' }
}

/** p95 ms per frame while 100 pods of a Parallel StatefulSet start, at 16× speed. */
async function framesWhilePodsChange(page: Page): Promise<Figure> {
  await page.goto(`${BASE}/lessons/03-ordered-scaling`)
  const terminal = page.locator('[data-testid=terminal][data-ready]')
  await terminal.waitFor()
  await terminal.click()
  await page.getByRole('button', { name: '16×' }).click()
  await terminal.click()
  await page.keyboard.type("sed -i 's/replicas: 4/replicas: 100/' queue.yaml; kubectl apply -f queue.yaml")
  // A string, not a function: tsx would wrap the named inner callback in a helper the page lacks.
  const frames = page.evaluate<number[]>(`new Promise((resolve) => {
    const deltas = []
    let last = performance.now()
    const end = last + 4000
    requestAnimationFrame(function tick(now) {
      deltas.push(now - last)
      last = now
      if (now < end) requestAnimationFrame(tick)
      else resolve(deltas)
    })
  })`)
  await page.keyboard.press('Enter')
  const deltas = await frames
  return { name: 'ui.frame_p95', value: round(percentile(deltas, 0.95)), unit: 'ms' }
}

const median = (values: number[]) => percentile(values, 0.5)

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]
}

const round = (n: number) => Math.round(n * 10) / 10
