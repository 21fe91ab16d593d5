import { describe, expect, it } from 'vitest'
import { createCluster, decodeCommandLog, encodeCommandLog, LOG_LIMITS, parseCommandLog, replay } from '@/simulator/index'

describe('command logs from outside', () => {
  it('round-trips through a link and replays to the same cluster', () => {
    const cluster = createCluster({ seed: 5 })
    cluster.submit('kubectl create namespace shared')
    cluster.advance(2_000)
    cluster.writeFile('/home/learner/notes.txt', 'ünïcode ✓\n')
    const decoded = decodeCommandLog(encodeCommandLog(cluster.log))
    expect(decoded).toEqual({ ok: true, log: cluster.log })
    if (!decoded.ok) return
    const again = replay(decoded.log, { seed: 5 })
    expect(again.run('kubectl get ns shared -o name').output).toBe('namespace/shared\n')
    expect(again.run('cat notes.txt').output).toBe('ünïcode ✓\n')
  })

  it.each([
    [{}, 'a command log is a JSON array'],
    [[{ at: 1 }], 'entry 1: needs exactly one of line, interrupt, write, edited'],
    [[{ at: -1, line: 'x' }], 'entry 1: at must be whole virtual milliseconds within a day'],
    [[{ at: 5, line: 'a' }, { at: 4, line: 'b' }], 'entry 2: entries must be in time order'],
    [[{ at: 0, line: 'a', extra: 1 }], 'entry 1: unknown field extra'],
    [[{ at: 0, write: { path: 'rel', content: '' } }], 'entry 1: write needs an absolute path and text content'],
    [Array.from({ length: LOG_LIMITS.entries + 1 }, () => ({ at: 0, line: 'x' })), `a command log holds at most ${LOG_LIMITS.entries} entries`],
    [Array.from({ length: 3 }, () => ({ at: 0, line: 'x'.repeat(LOG_LIMITS.totalText / 2.5) })), `a command log holds at most ${LOG_LIMITS.totalText} characters of commands and saved files`],
  ])('refuses %j', (value, error) => {
    expect(parseCommandLog(value)).toEqual({ ok: false, error })
  })

  it('refuses a link that is not a log', () => {
    expect(decodeCommandLog('not base64 at all!')).toEqual({ ok: false, error: 'the link does not hold a command log' })
  })
})
