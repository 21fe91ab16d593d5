// The lesson page, as a learner uses it: typing into the terminal, the editor, undo, the
// checklist, reduced motion and an accessibility scan. Time runs at 16× or is skipped ahead;
// no test waits on the wall clock for the cluster.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { splitSolution } from '../../simulator/lessons/split-solution'

const LESSON = '/lessons/01-first-statefulset'
const solution = readFileSync(join(__dirname, '..', '..', 'lessons', '01-first-statefulset', 'solution.sh'), 'utf8')
const sections = (() => {
  const split = splitSolution(solution)
  if (!split.ok) throw new Error(split.error)
  return split.steps
})()

async function openLesson(page: Page) {
  await page.goto(LESSON)
  const terminal = page.getByRole('region', { name: 'Terminal' })
  await expect(terminal.locator('.xterm-screen')).toBeVisible()
  await terminal.click()
  return { terminal, rows: terminal.locator('.xterm-rows') }
}

/** Types `text` line by line, as a learner would (heredoc lines go to the continuation prompt). */
async function typeLines(page: Page, text: string) {
  for (const line of text.trimEnd().split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue
    await page.keyboard.type(line)
    await page.keyboard.press('Enter')
  }
}

const stepButton = (page: Page, title: string) => page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: new RegExp(title) })

test('a lesson completed entirely by typing into the terminal', async ({ page }) => {
  const { terminal, rows } = await openLesson(page)
  await page.getByRole('button', { name: '16×' }).click()
  await terminal.click()

  await typeLines(page, sections.get('apply-guide') as string)
  await expect(rows).toContainText('strict decoding error: unknown field "spec.template.spec.volumeMounts"')
  await expect(stepButton(page, 'Apply the guide')).toHaveAccessibleName(/\(done\)/)
  await expect(page.getByRole('heading', { name: /Fix the misplaced field/ })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Checks' })).toContainText('StatefulSet web does not exist')

  // A watch pane beside the terminal, as the upstream tutorial uses a second terminal.
  await page.getByRole('tab', { name: 'Watch' }).click()
  await page.getByRole('button', { name: 'Start' }).click()
  const watch = page.getByTestId('watch-output')
  await expect(watch).toContainText('$ kubectl get pods -w')
  await terminal.click()
  await typeLines(page, sections.get('fix-manifest') as string)
  await expect(rows).toContainText('statefulset.apps/web created')
  await expect(stepButton(page, 'Fix the misplaced field')).toHaveAccessibleName(/\(done\)/)

  await terminal.click()
  await typeLines(page, sections.get('headless-service') as string)
  await expect(rows).toContainText('service/nginx created')
  await expect(stepButton(page, 'Add the headless Service')).toHaveAccessibleName(/\(done\)/)

  // The watch pane shows ordered creation: web-1 appears only once web-0 runs, and so on.
  await expect(watch).toContainText(/web-2\s+1\/1\s+Running/, { timeout: 30_000 })
  const watched = ((await watch.textContent()) ?? '').split('\n')
  const first = (pattern: RegExp) => watched.findIndex((row) => pattern.test(row))
  expect(first(/^web-0\s+1\/1\s+Running/)).toBeLessThan(first(/^web-1\s+0\/1\s+Pending/))
  expect(first(/^web-1\s+1\/1\s+Running/)).toBeLessThan(first(/^web-2\s+0\/1\s+Pending/))
  await page.getByRole('button', { name: 'Stop' }).click()
  // In the terminal, a watch ends with Ctrl-C and what was typed meanwhile runs next.
  await terminal.click()
  await typeLines(page, 'kubectl get pods -l app=nginx -w')
  await expect(rows).toContainText(/web-2\s+1\/1\s+Running/)
  await page.keyboard.press('Control+C')
  await typeLines(page, 'kubectl get pvc')
  await expect(rows).toContainText('www-web-2')
  await expect(stepButton(page, 'See what the controller created')).toHaveAccessibleName(/\(done\)/)

  // The exercise: checks stay hidden until submit.
  await expect(page.getByRole('region', { name: 'Exercise checks' })).toContainText('Checks are hidden until you submit')
  await terminal.click()
  await typeLines(page, sections.get('exercise-cache') as string)
  await expect(rows).toContainText('statefulset rolling update complete 2 pods', { timeout: 30_000 })
  await page.getByRole('button', { name: 'Submit' }).click()
  await expect(page.getByRole('region', { name: 'Lesson complete' })).toContainText('You completed every step on your own. Next: Stable identity')
  // The grade is the server's: it replayed the saved commands and recorded the submission.
  const exported = await (await page.request.get('/api/me/export')).json()
  expect(exported.submissions).toMatchObject([{ lessonId: 'first-statefulset', stepId: 'exercise-cache', score: 4, max: 4 }])
})

test('a manifest edited in the editor and applied changes the cluster; undo takes it back', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const { terminal, rows } = await openLesson(page)
  await page.getByRole('tab', { name: /Editor/ }).click()
  const editor = page.getByTestId('editor').locator('.monaco-editor')
  await expect(editor.locator('.view-lines')).toContainText('serviceName')
  // The API server's objection shows in the editor, on the misplaced field, before anything is applied.
  await editor.click()
  await page.keyboard.press('Control+End')
  await expect(editor.locator('.squiggly-error')).toHaveCount(1)
  // Replace the guide's manifest with a corrected one, as a learner pasting it would.
  const fixed = (sections.get('fix-manifest') as string).split("<<'YAML'\n")[1].split('\nYAML')[0]
  await page.evaluate((text) => navigator.clipboard.writeText(text), fixed.replace('replicas: 3', 'replicas: 2'))
  await editor.click()
  await page.keyboard.press('Control+A')
  await page.keyboard.press('Control+V')
  await expect(editor.locator('.squiggly-error')).toHaveCount(0)
  await terminal.click()
  await typeLines(page, 'kubectl apply -f statefulset.yaml')
  await expect(rows).toContainText('statefulset.apps/web created')
  await page.getByRole('tab', { name: 'Cluster' }).click()
  await page.getByRole('button', { name: 'Skip until settled' }).click()
  const view = page.getByRole('tabpanel', { name: 'Cluster' })
  await expect(view.getByRole('button', { name: /sts web 2\/2 ready/ })).toBeVisible()
  await expect(view.getByTestId('pod-web-1')).toContainText('Running')

  // Details of an object: kubectl describe, as the terminal would print it.
  await view.getByTestId('pod-web-0').getByRole('button').click()
  await expect(page.getByRole('complementary', { name: 'Pod web-0' })).toContainText('Controlled By:  StatefulSet/web')
  await page.getByRole('button', { name: 'Close details' }).click()

  await page.getByRole('button', { name: 'Undo last command' }).click()
  await expect(view.getByText('None yet.')).toBeVisible()
  await terminal.click()
  await typeLines(page, 'kubectl get statefulsets')
  await expect(terminal.locator('.xterm-rows')).toContainText('No resources found in default namespace.')
  // The edit survived the undo: only the command went.
  await typeLines(page, 'grep -c "replicas: 2" statefulset.yaml')
  await expect(terminal.locator('.xterm-rows')).toContainText(/replicas: 2" statefulset\.yaml\s*1\s*\$/)
})

test('reduced motion turns animations and transitions off', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await openLesson(page)
  await typeLines(page, sections.get('fix-manifest') as string)
  await page.getByRole('button', { name: 'Skip until settled' }).click()
  const chip = page.getByTestId('pod-web-0')
  await expect(chip).toBeVisible()
  const style = await chip.evaluate((el) => {
    const button = el.querySelector('button') as HTMLElement
    return { animation: getComputedStyle(el).animationName, transition: getComputedStyle(button).transitionDuration }
  })
  expect(style).toEqual({ animation: 'none', transition: '0s' })
})

test('the lesson page has no serious or critical accessibility violations', async ({ page }) => {
  const { rows } = await openLesson(page)
  await typeLines(page, 'kubectl apply -f statefulset.yaml')
  await expect(rows).toContainText('strict decoding error')
  const results = await new AxeBuilder({ page }).exclude('.xterm-helper-textarea').analyze()
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
  // Screen-reader mode gives the terminal an accessible transcript, and is remembered.
  await page.getByRole('button', { name: 'Screen reader mode' }).click()
  await expect(page.locator('[data-testid=terminal] .xterm-accessibility-tree')).toBeAttached()
  await page.reload()
  await expect(page.getByRole('button', { name: 'Screen reader mode' })).toHaveAttribute('aria-pressed', 'true')
})
