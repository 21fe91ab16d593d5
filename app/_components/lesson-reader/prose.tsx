'use client'

import type { MouseEvent } from 'react'

/**
 * Lesson prose rendered on the server (render-markdown.ts). Its code blocks' Copy and Run
 * buttons are handled here, by delegation: Run types the block into the terminal.
 */
export function Prose({ html, onRun }: { html: string; onRun(text: string): void }) {
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]')
    const code = button?.closest('.code-block')?.querySelector('code')?.textContent
    if (!button || code == null) return
    if (button.dataset.action === 'run') onRun(code)
    else if (button.dataset.action === 'copy') {
      void navigator.clipboard?.writeText(code).then(() => {
        button.textContent = 'Copied'
        setTimeout(() => (button.textContent = 'Copy'), 1500)
      })
    }
  }
  // Clicks come from real buttons inside, which keyboards reach and press.
  return <div className="prose" onClick={onClick} dangerouslySetInnerHTML={{ __html: html }} />
}
