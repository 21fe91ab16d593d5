import { needsMoreInput, type Cluster } from '@/simulator/index'
import type { TerminalShell } from '@/app/_components/terminal/terminal'

/** The terminal's view of a cluster; `tick()` is called by the clock after each advance. */
export function terminalShellFor(cluster: Cluster): TerminalShell & { tick(): void } {
  const idle = new Set<() => void>()
  const clears = new Set<() => void>()
  cluster.onRequest((request) => {
    if (request.type !== 'clear') return false
    clears.forEach((listener) => listener())
    return true
  })
  const subscribe = (set: Set<() => void>, listener: () => void) => {
    set.add(listener)
    return () => void set.delete(listener)
  }
  return {
    submit: (text) => cluster.submit(text),
    get busy() {
      return cluster.busy
    },
    interrupt: () => cluster.interrupt(),
    onOutput: (listener) => cluster.onOutput(listener),
    takeNotices: () => cluster.takeNotices(),
    needsMoreInput: (text) => needsMoreInput(text),
    onIdle: (listener) => subscribe(idle, listener),
    onClear: (listener) => subscribe(clears, listener),
    history: () => cluster.history(),
    complete: (line, cursor) => cluster.complete(line, cursor),
    tick: () => idle.forEach((listener) => listener()),
  }
}
