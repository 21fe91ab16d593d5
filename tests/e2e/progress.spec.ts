// Progress that lasts: steps, terminal history and the cluster come back after a reload, and
// commands run while offline reach the server once, when it is reachable again.
import { expect, test, type Page } from '@playwright/test'

const LESSON = '/lessons/01-first-statefulset'

async function openLesson(page: Page) {
  await page.goto(LESSON)
  const terminal = page.getByRole('region', { name: 'Terminal' })
  await expect(page.locator('[data-testid=terminal][data-ready]')).toBeVisible()
  await terminal.click()
  return { terminal, rows: terminal.locator('.xterm-rows') }
}

async function type(page: Page, line: string) {
  await page.keyboard.type(line)
  await page.keyboard.press('Enter')
}

const stepButton = (page: Page, title: string) => page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: new RegExp(title) })

test('completed steps, history and the cluster come back after a reload', async ({ page }) => {
  const { rows } = await openLesson(page)
  await type(page, 'kubectl apply -f statefulset.yaml')
  await expect(stepButton(page, 'Apply the guide')).toHaveAccessibleName(/\(done\)/)
  // Step 2 by editing the file in the terminal: move volumeMounts under the container.
  await type(page, "sed -i 's/^      volumeMounts:/        volumeMounts:/; s/^      - name: www/        - name: www/; s/^        mountPath:/          mountPath:/' statefulset.yaml")
  await type(page, 'kubectl apply -f statefulset.yaml')
  await expect(rows).toContainText('statefulset.apps/web created')
  await expect(stepButton(page, 'Fix the misplaced field')).toHaveAccessibleName(/\(done\)/)
  await expect(page.getByRole('status').filter({ hasText: 'Progress saved.' })).toBeVisible()

  await page.reload()
  const again = await openLesson(page)
  await expect(again.rows).toContainText('resumed where you left off')
  await expect(stepButton(page, 'Apply the guide')).toHaveAccessibleName(/\(done\)/)
  await expect(stepButton(page, 'Fix the misplaced field')).toHaveAccessibleName(/\(done\)/)
  await expect(page.getByRole('heading', { name: /Add the headless Service/ })).toBeVisible()
  // History: the last command is one arrow key away.
  await page.keyboard.press('ArrowUp')
  await expect(again.rows).toContainText('$ kubectl apply -f statefulset.yaml')
  await page.keyboard.press('Control+U')
  await type(page, 'kubectl get statefulsets')
  await expect(again.rows).toContainText(/web\s+\d\/3/)

  // The catalogue counts the steps.
  await page.goto('/')
  await expect(page.getByRole('listitem').filter({ hasText: 'Your first StatefulSet' })).toContainText('2 of 5 steps done')
  await expect(page.getByText('Continue where you left off: Your first StatefulSet')).toBeVisible()
})

test('commands run offline are saved once the browser is back online, without duplicates', async ({ page, context }) => {
  const { rows } = await openLesson(page)
  await type(page, 'kubectl get nodes')
  await expect(page.getByRole('status').filter({ hasText: 'Progress saved.' })).toBeVisible()
  await context.setOffline(true)
  await type(page, 'kubectl apply -f statefulset.yaml')
  await type(page, 'kubectl get pods')
  await expect(rows).toContainText('No resources found in default namespace.')
  await expect(page.getByRole('status').filter({ hasText: 'Offline' })).toBeVisible({ timeout: 15_000 })
  await context.setOffline(false)
  await expect(page.getByRole('status').filter({ hasText: 'Progress saved.' })).toBeVisible({ timeout: 15_000 })

  const response = await page.request.get('/api/progress/first-statefulset')
  const { progress } = await response.json()
  expect(progress.log.map((e: { line?: string }) => e.line)).toEqual(['kubectl get nodes', 'kubectl apply -f statefulset.yaml', 'kubectl get pods'])
  expect(progress.completions).toEqual([{ stepId: 'apply-guide', how: 'checked' }])
})
