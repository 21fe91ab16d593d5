// A workshop from both sides: an instructor and three learners, each in their own browser
// context. The instructor creates the workshop, learners join with its code, progress shows on
// the dashboard live, one learner submits a graded exercise, and the CSV export has the rows.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Browser, type Page } from '@playwright/test'
import { splitSolution } from '../../simulator/lessons/split-solution'

const sections = (() => {
  const split = splitSolution(readFileSync(join(__dirname, '..', '..', 'lessons', '01-first-statefulset', 'solution.sh'), 'utf8'))
  if (!split.ok) throw new Error(split.error)
  return split.steps
})()

async function typeLines(page: Page, text: string) {
  for (const line of text.trimEnd().split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue
    await page.keyboard.type(line)
    await page.keyboard.press('Enter')
  }
}

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext()
  return context.newPage()
}

async function joinWorkshop(browser: Browser, code: string, name: string): Promise<Page> {
  const page = await newPage(browser)
  // The link behind the QR code fills the code in.
  await page.goto(`/join?code=${code}`)
  await page.getByLabel('Your name in the workshop').fill(name)
  await page.getByRole('button', { name: 'Join' }).click()
  await expect(page.getByRole('heading', { name: 'Kubernetes Tuesday' })).toBeVisible()
  return page
}

test('an instructor runs a workshop with three learners', async ({ browser }) => {
  test.setTimeout(180_000)
  const instructor = await newPage(browser)
  await instructor.goto('/instructor')
  await instructor.getByRole('button', { name: 'Create an instructor account' }).click()
  await instructor.getByLabel('Your name').fill('Ada Lovelace')
  await instructor.getByLabel('Email').fill('ada@example.com')
  await instructor.getByLabel('Password').fill('analytical engine 1843')
  await instructor.getByRole('button', { name: 'Create account' }).click()
  await expect(instructor.getByRole('heading', { name: 'Your workshops' })).toBeVisible()

  await instructor.getByRole('link', { name: 'New workshop' }).click()
  await instructor.getByLabel('Title').fill('Kubernetes Tuesday')
  // Two lessons; the first one's exercise graded, with a time limit.
  await instructor.getByRole('checkbox', { name: 'Ordered deployment and scaling' }).uncheck()
  await expect(instructor.getByRole('checkbox', { name: /Graded: Exercise: a second StatefulSet/ })).toBeChecked()
  await instructor.getByRole('checkbox', { name: /Graded: Exercise: web-1 keeps its data/ }).uncheck()
  await instructor.getByLabel(/Time limit/).fill('30')
  await instructor.getByRole('button', { name: 'Create workshop' }).click()
  const codeText = instructor.locator('.join-code')
  await expect(codeText).toHaveText(/^[A-Z2-9]{6}$/)
  const code = (await codeText.textContent()) as string
  await expect(instructor.getByRole('img', { name: 'QR code of the join link' }).locator('svg')).toBeVisible()
  await expect(instructor.getByText('Nobody has joined yet.')).toBeVisible()

  const grace = await joinWorkshop(browser, code, 'Grace')
  const alan = await joinWorkshop(browser, code, 'Alan <b>T</b>')
  const edsger = await joinWorkshop(browser, code, 'Edsger')
  await expect(edsger.getByRole('listitem').filter({ hasText: 'Stable identity' })).toContainText('Locked')

  // They appear on the dashboard without a reload; the name is shown as typed, never as HTML.
  const grid = instructor.getByRole('table', { name: /Learners/ })
  await expect(grid.getByRole('rowheader').locator('.learner-name')).toHaveText(['Grace', 'Alan <b>T</b>', 'Edsger'])
  await expect(instructor.locator('.live-dot.live')).toBeVisible()

  // Alan runs one command; the dashboard shows his first step done.
  await alan.getByRole('link', { name: 'Your first StatefulSet' }).click()
  await expect(alan.locator('[data-testid=terminal][data-ready]')).toBeVisible()
  await alan.getByRole('region', { name: 'Terminal' }).click()
  await typeLines(alan, sections.get('apply-guide') as string)
  await expect(alan.getByRole('status').filter({ hasText: 'Progress saved.' })).toBeVisible()
  const alanRow = grid.getByRole('row', { name: /Alan/ })
  await expect(alanRow.getByRole('link', { name: /Apply the guide's manifest.*: done/ })).toBeVisible()

  // The instructor broadcasts; learners see it at once.
  await instructor.getByLabel('Message', { exact: true }).fill('Break until 10:30')
  await instructor.getByRole('button', { name: 'Send' }).click()
  await expect(alan.getByText('From your instructor: Break until 10:30')).toBeVisible()
  await expect(edsger.getByText('From your instructor: Break until 10:30')).toBeVisible()

  // Grace works through lesson 1 and submits the graded exercise, against the clock.
  await grace.getByRole('link', { name: 'Your first StatefulSet' }).click()
  const terminal = grace.getByRole('region', { name: 'Terminal' })
  await expect(grace.locator('[data-testid=terminal][data-ready]')).toBeVisible()
  await grace.getByRole('button', { name: '16×' }).click()
  await terminal.click()
  for (const step of ['apply-guide', 'fix-manifest', 'headless-service']) await typeLines(grace, sections.get(step) as string)
  await typeLines(grace, 'kubectl rollout status statefulset/web')
  await typeLines(grace, 'kubectl get pods -l app=nginx -w')
  await grace.keyboard.press('Control+C')
  await typeLines(grace, 'kubectl get pvc')
  await expect(grace.getByRole('timer')).toContainText(/Graded exercise · (29|30):\d\d left/)
  await typeLines(grace, sections.get('exercise-cache') as string)
  await expect(terminal.locator('.xterm-rows')).toContainText('statefulset rolling update complete 2 pods', { timeout: 30_000 })
  await grace.getByRole('button', { name: 'Submit' }).click()
  await expect(grace.getByRole('region', { name: 'Lesson complete' })).toBeVisible()
  const graceRow = grid.getByRole('row', { name: /Grace/ })
  await expect(graceRow.getByRole('link', { name: /scored 4 of 4/ })).toBeVisible()

  // Unlocking the next module reaches a learner's workshop page live.
  await instructor.getByRole('button', { name: 'Unlock next: Stable identity' }).click()
  await expect(edsger.getByRole('link', { name: 'Stable identity' })).toBeVisible()

  // Grace's terminal and cluster, rebuilt by replay, read-only.
  await graceRow.getByRole('link', { name: /scored 4 of 4/ }).click()
  await expect(instructor.getByRole('heading', { name: 'Grace · Your first StatefulSet' })).toBeVisible()
  await expect(instructor.getByLabel("The learner's terminal")).toContainText('statefulset.apps/cache created')
  await expect(instructor.getByText('Graded 4/4')).toBeVisible()
  await instructor.goBack()

  const csv = await (await instructor.request.get(`/api/workshops/${instructor.url().split('/').pop()}/export`)).text()
  const rows = csv.trimEnd().split('\r\n')
  expect(rows[0]).toBe('workshop,learner_id,display_name,joined_at,lesson,exercise,status,submitted_at,score,max,submissions,checks')
  expect(rows.slice(1).map((r) => r.split(',').slice(2, 11).filter((_, i) => i !== 1 && i !== 5))).toEqual([
    ['Grace', 'first-statefulset', 'exercise-cache', 'submitted', '4', '4', '1'],
    ['Alan <b>T</b>', 'first-statefulset', 'exercise-cache', 'not submitted', '', '', '0'],
    ['Edsger', 'first-statefulset', 'exercise-cache', 'not submitted', '', '', '0'],
  ])
  expect(rows[1]).toMatch(/,\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z,first-statefulset,exercise-cache,submitted,\d{4}-\d\d-\d\dT[\d:.]+Z,4,4,1,\S+=pass/)

  // The instructor resets Alan's lesson; his page starts it over at once.
  await grid.getByRole('row', { name: /Alan/ }).getByRole('link', { name: 'Fix the misplaced field', exact: true }).click()
  await expect(instructor.getByLabel("The learner's terminal")).toContainText('strict decoding error')
  instructor.once('dialog', (dialog) => void dialog.accept())
  await instructor.getByRole('button', { name: 'Reset this lesson for the learner' }).click()
  await expect(instructor.getByText('Reset. The learner starts the lesson over.')).toBeVisible()
  await expect(alan.getByRole('alert').filter({ hasText: 'Your instructor reset this lesson' })).toBeVisible()
  await expect(alan.getByRole('heading', { name: /Apply the guide's manifest/ })).toBeVisible()
  await instructor.goBack()

  // A learner cannot read the dashboard or the export.
  expect((await alan.request.get(`/api/workshops/${instructor.url().split('/').pop()}/export`)).status()).toBe(401)

  const results = await new AxeBuilder({ page: instructor }).analyze()
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
})
