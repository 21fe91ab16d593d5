import { expect, test } from '@playwright/test'
import { guardForeignRequests } from './offline-guard'

test('the catalogue is the home page', async ({ page, baseURL }) => {
  const foreign = await guardForeignRequests(page, new URL(baseURL!).origin)
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Learn StatefulSets by doing' })).toBeVisible()
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sandbox' })).toBeVisible()
  expect(foreign).toEqual([])
})

test('health reports a real database round trip', async ({ request }) => {
  const response = await request.get('/api/health')
  expect(response.status()).toBe(200)
  const body = await response.json()
  expect(body).toMatchObject({ status: 'ok', database: { ok: true } })
  expect(body.version).toMatch(/^\d+\.\d+\.\d+/)
})

test('editor and terminal render with no request leaving the app', async ({ page, baseURL }) => {
  const foreign = await guardForeignRequests(page, new URL(baseURL!).origin)
  const pageErrors: string[] = []
  page.on('pageerror', (err) => pageErrors.push(err.message))
  const workers: string[] = []
  page.on('worker', (worker) => workers.push(worker.url()))

  await page.goto('/sandbox')

  const terminal = page.getByRole('region', { name: 'Terminal' })
  await expect(terminal.locator('.xterm-screen')).toBeVisible()
  await terminal.click()
  await page.keyboard.type('hello')
  await page.keyboard.press('Enter')
  await expect(terminal.locator('.xterm-rows')).toContainText('bash: hello: command not found')
  await page.keyboard.type('kubectl get nodes')
  await page.keyboard.press('Enter')
  await expect(terminal.locator('.xterm-rows')).toContainText('kind-control-plane')

  await page.getByRole('tab', { name: /^Editor/ }).click()
  const editor = page.getByTestId('editor').locator('.monaco-editor')
  await expect(editor).toBeVisible()
  await expect(editor.locator('.view-lines')).toContainText('kind: Service')
  // Field names come from the API schema, where a key may go.
  await editor.locator('.view-lines').click()
  await page.keyboard.press('Control+End')
  await page.keyboard.type('\n  podMan')
  // Quick suggestions may open the widget while it is typed; ask again until it shows the field.
  await expect(async () => {
    await page.keyboard.press('Escape')
    await page.keyboard.press('Control+Space')
    await expect(editor.locator('.suggest-widget')).toContainText('podManagementPolicy', { timeout: 2000 })
  }).toPass({ timeout: 15_000 })
  await page.keyboard.press('Escape')
  // Where the schema has nothing to say (a value), Monaco falls back to word-based suggestions,
  // computed in its editor worker: asking for them starts it.
  await page.keyboard.type('agementPolicy: ngi')
  await expect(editor.locator('.view-lines')).toContainText('podManagementPolicy: ngi')
  // The worker computes word suggestions from its copy of the model; under load the first request
  // can reach it before that copy is updated, so ask again until it answers.
  await expect(async () => {
    await page.keyboard.press('Escape')
    await page.keyboard.press('Control+Space')
    await expect(editor.locator('.suggest-widget')).toContainText('nginx', { timeout: 2000 })
  }).toPass({ timeout: 15_000 })
  expect(workers.length).toBeGreaterThan(0)
  // YAML highlighting from the bundled Monaco: keys get a token class other than the default mtk1.
  await page.keyboard.press('Escape')
  await page.keyboard.press('Control+Home')
  await expect(editor.locator('.view-line span:text-is("apiVersion")').first()).toHaveClass(/mtk(?!1\b)\d+/)

  expect(pageErrors).toEqual([])
  expect(foreign).toEqual([])
})
