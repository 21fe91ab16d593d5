import { describe, expect, it } from 'vitest'
import { applyKey, emptyLine, remember, type LineState } from '@/app/_components/terminal/line-editor'

function type(keys: string[], start: LineState = emptyLine()): LineState {
  return keys.reduce((s, k) => applyKey(s, k).state, start)
}

describe('line editor', () => {
  it('inserts at the cursor and moves with arrows, Home and End', () => {
    expect(type(['a', 'c', '\x1b[D', 'b']).buffer).toBe('abc')
    expect(type(['b', 'c', '\x01', 'a', '\x05', 'd']).buffer).toBe('abcd')
    expect(type(['x', '\x1b[H', 'y', '\x1b[F', 'z']).buffer).toBe('yxz')
  })

  it('deletes with Backspace, Delete, Ctrl-U, Ctrl-K and Ctrl-W', () => {
    expect(type(['a', 'b', '\x7f']).buffer).toBe('a')
    expect(type(['a', 'b', '\x01', '\x1b[3~']).buffer).toBe('b')
    expect(type([...'get pods', '\x1b[D', '\x1b[D', '\x15']).buffer).toBe('ds')
    expect(type([...'get pods', '\x01', '\x1b[C', '\x1b[C', '\x1b[C', '\x0b']).buffer).toBe('get')
    expect(type([...'kubectl get  ', '\x17']).buffer).toBe('kubectl ')
  })

  it('submits the line and remembers it, skipping blanks and repeats', () => {
    const action = applyKey(type([...'ls']), '\r')
    expect(action).toMatchObject({ type: 'submit', line: 'ls' })
    expect(action.state.history).toEqual(['ls'])
    expect(remember(['ls'], 'ls')).toEqual(['ls'])
    expect(remember(['ls'], '   ')).toEqual(['ls'])
    expect(remember(['a', 'b', 'c'], 'd', 3)).toEqual(['b', 'c', 'd'])
  })

  it('browses history with up and down and restores the draft', () => {
    const s = type([...'dra'], emptyLine(['one', 'two']))
    const up1 = applyKey(s, '\x1b[A').state
    expect(up1.buffer).toBe('two')
    const up2 = applyKey(up1, '\x1b[A').state
    expect(up2.buffer).toBe('one')
    expect(applyKey(up2, '\x1b[A').type).toBe('none')
    const down = applyKey(applyKey(up2, '\x1b[B').state, '\x1b[B').state
    expect(down.buffer).toBe('dra')
  })

  it('reports Ctrl-C, Ctrl-L and Tab as actions', () => {
    expect(applyKey(type(['x']), '\x03')).toMatchObject({ type: 'interrupt', state: { buffer: '' } })
    expect(applyKey(emptyLine(), '\x0c').type).toBe('clear-screen')
    expect(applyKey(emptyLine(), '\t').type).toBe('complete')
  })

  it('ignores unknown escape sequences and control bytes', () => {
    expect(applyKey(emptyLine(), '\x1b[15~').type).toBe('none')
    expect(applyKey(emptyLine(), '\x07').type).toBe('none')
  })
})
