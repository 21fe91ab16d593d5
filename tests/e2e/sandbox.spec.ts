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
  await expect(page.getByRole('heading', { name: '/tmp/kubectl-edit-0001.yaml' })).toBeVisible()
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
