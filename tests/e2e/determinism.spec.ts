// Determinism across runtimes: the simulator bundled for the browser and run in Chromium prints
// the same transcript and reaches the same cluster state as in Node, for the same seed and script.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { build } from 'esbuild'
import { createCluster } from '../../simulator/index'

const golden = join(__dirname, '..', 'golden', 'kubectl')
const files = { 'web.yaml': readFileSync(join(golden, 'files', 'web.yaml'), 'utf8') }
const script = ['basics-create', 'basics-storage', 'node-failure'].map((name) => readFileSync(join(golden, `${name}.sh`), 'utf8')).join('\n')

test('the browser bundle and Node give identical transcripts and snapshots', async ({ page }) => {
  const bundle = await build({
    entryPoints: [join(__dirname, '..', '..', 'simulator', 'index.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'OrdinalSimulator',
    platform: 'browser',
    write: false,
  })
  const node = createCluster({ seed: 42, files }).runScript(script)
  const nodeSnapshot = JSON.stringify(snapshotAfter(script))
  await page.setContent('<!doctype html><title>determinism</title>')
  await page.addScriptTag({ content: bundle.outputFiles[0].text })
  const browser = await page.evaluate(
    ({ script, files }) => {
      const sim = (globalThis as unknown as { OrdinalSimulator: typeof import('../../simulator/index') }).OrdinalSimulator
      const cluster = sim.createCluster({ seed: 42, files })
      const result = cluster.runScript(script)
      return { ...result, snapshot: JSON.stringify(cluster.snapshot()) }
    },
    { script, files },
  )
  expect(browser.transcript).toBe(node.transcript)
  expect(browser.exitCode).toBe(node.exitCode)
  expect(browser.snapshot).toBe(nodeSnapshot)
})

function snapshotAfter(text: string): unknown {
  const cluster = createCluster({ seed: 42, files })
  cluster.runScript(text)
  return cluster.snapshot()
}
