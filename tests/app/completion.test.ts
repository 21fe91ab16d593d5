// Tab in the terminal: complete, extend to the common prefix, list on a second Tab.
import { describe, expect, it } from 'vitest'
import { applyCompletion } from '../../app/_components/terminal/completion'
import { emptyLine, insertText } from '../../app/_components/terminal/line-editor'

const typed = (text: string) => insertText(emptyLine(), text)

describe('applyCompletion', () => {
  it('completes a single candidate with a trailing space, none after a directory', () => {
    expect(applyCompletion(typed('kubectl ro'), { start: 8, candidates: ['rollout'] }, false).state.buffer).toBe('kubectl rollout ')
    expect(applyCompletion(typed('cat ma'), { start: 4, candidates: ['manifests/'] }, false).state.buffer).toBe('cat manifests/')
  })

  it('extends to the common prefix, then lists on a repeated Tab', () => {
    const line = typed('kubectl get nodes kind-w')
    const candidates = { start: 18, candidates: ['kind-worker', 'kind-worker2'] }
    const first = applyCompletion(line, candidates, false)
    expect(first.state.buffer).toBe('kubectl get nodes kind-worker')
    const second = applyCompletion(first.state, candidates, true)
    expect(second.listing).toBe('kind-worker  kind-worker2\r\n')
  })
})
