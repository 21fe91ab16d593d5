import 'server-only'
import { Marked } from 'marked'

const RUNNABLE = new Set(['bash', 'sh', 'shell', 'console'])

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/**
 * Lesson markdown to HTML. Code blocks get a Copy button, and shell blocks a Run button that
 * types the block into the terminal; the buttons act through the reader's click handler.
 * Lesson text is reviewed like code, so inline HTML (<kbd>) is allowed.
 */
const marked = new Marked({
  gfm: true,
  renderer: {
    code({ text, lang }) {
      const language = (lang ?? '').split(/\s/)[0]
      const runnable = RUNNABLE.has(language)
      const buttons = [
        '<button type="button" class="code-action" data-action="copy">Copy</button>',
        runnable ? '<button type="button" class="code-action" data-action="run">Run</button>' : '',
      ].join('')
      return `<div class="code-block"${runnable ? ' data-runnable' : ''}><pre><code class="language-${escapeHtml(language || 'text')}">${escapeHtml(text)}</code></pre><div class="code-actions">${buttons}</div></div>\n`
    },
    link({ href, tokens }) {
      const text = this.parser.parseInline(tokens)
      const external = /^https?:/.test(href)
      return `<a href="${escapeHtml(href)}"${external ? ' target="_blank" rel="noreferrer"' : ''}>${text}</a>`
    },
  },
})

export function renderMarkdown(markdown: string): string {
  return marked.parse(markdown, { async: false }) as string
}
