import { expect, test, type Page } from '@playwright/test'

async function type(page: Page, line: string) {
  await page.keyboard.type(line)
  await page.keyboard.press('Enter')
}

test('kubectl edit opens the object in the editor and applies the saved change', async ({ page }) => {
  await page.goto('/sandbox')
  const terminal = page.getByRole('region', { name: 'Terminal' })
  const rows = terminal.locator('.xterm-rows')
  await expect(terminal.locator('.xterm-screen')).toBeVisible()
  await terminal.click()
  await type(page, 'kubectl create configmap settings --from-literal=mode=demo')
  await expect(rows).toContainText('configmap/settings created')
  await type(page, 'kubectl edit cm settings')
  await expect(page.getByRole('tab', { name: 'Editor: /tmp/kubectl-edit-0001.yaml' })).toHaveAttribute('aria-selected', 'true')
  const editor = page.getByTestId('editor').locator('.monaco-editor')
  await expect(editor.locator('.view-lines')).toContainText('Please edit the object below')
  // Select the value `demo` and type over it (one input event, so Monaco's suggestions stay out).
  await editor.locator('.view-line span:text-is("demo")').dblclick()
  await page.keyboard.insertText('live')
  await page.getByRole('button', { name: 'Save and return to kubectl' }).click()
  await expect(rows).toContainText('configmap/settings edited')
  await terminal.click()
  await type(page, "kubectl get cm settings -o jsonpath='{.data.mode}{\"\\n\"}'")
  await expect(rows).toContainText('live')
})

test('Tab completes kubectl words in the terminal', async ({ page }) => {
  await page.goto('/sandbox')
  const terminal = page.getByRole('region', { name: 'Terminal' })
  await expect(terminal.locator('.xterm-screen')).toBeVisible()
  await terminal.click()
  await page.keyboard.type('kubectl get no')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  await expect(terminal.locator('.xterm-rows')).toContainText('kind-worker2')
})

test('a shared link replays the command log on a fresh cluster', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto('/sandbox')
  const terminal = page.getByRole('region', { name: 'Terminal' })
  await expect(terminal.locator('.xterm-screen')).toBeVisible()
  await terminal.click()
  await type(page, 'kubectl create configmap shared --from-literal=from=link')
  await expect(terminal.locator('.xterm-rows')).toContainText('configmap/shared created')
  await page.getByRole('button', { name: 'Share link' }).click()
  await expect(page.getByRole('status')).toContainText('Link copied')
  const link = await page.evaluate(() => navigator.clipboard.readText())
  expect(link).toMatch(/\/sandbox#log=/)

  const other = await context.newPage()
  await other.goto(link)
  const replayed = other.getByRole('region', { name: 'Terminal' })
  await expect(replayed.locator('.xterm-rows')).toContainText('Replayed 1 logged entry from the shared link.')
  await replayed.click()
  await type(other, "kubectl get configmap shared -o jsonpath='{.data.from}'")
  await expect(replayed.locator('.xterm-rows')).toContainText(/jsonpath='\{\.data\.from\}'\s*link/)
  await expect(other).toHaveURL(/\/sandbox$/)
})
