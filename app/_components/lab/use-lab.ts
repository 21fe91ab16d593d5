'use client'

import { useState } from 'react'
import { terminalShellFor } from '@/app/_stores/terminal-shell'
import { createCluster, replay, replayWithoutLast, type Cluster, type ClusterOptions, type LoggedCommand } from '@/simulator/index'

/** One cluster and the terminal's view of it; a new one (new id) remounts the terminal. */
export interface LabSession {
  id: number
  cluster: Cluster
  shell: ReturnType<typeof terminalShellFor>
  banner: string
}

let sessions = 0
const labSession = (cluster: Cluster, banner: string): LabSession => ({ id: ++sessions, cluster, shell: terminalShellFor(cluster), banner })

export interface Lab {
  session: LabSession
  /** A fresh cluster from the options. */
  reset(): void
  /** The cluster rebuilt without the last command line; false when there is none. */
  undo(): boolean
  /** The cluster rebuilt by replaying `log` (a shared link, an imported file). */
  load(log: readonly LoggedCommand[], banner: string): void
}

/** The lab's cluster session, with reset, undo and load built on deterministic replay. */
export function useLab(options: ClusterOptions, banner: string, initialLog?: readonly LoggedCommand[]): Lab {
  const [session, setSession] = useState(() => labSession(initialLog ? replay(initialLog, options) : createCluster(options), banner))
  const swap = (cluster: Cluster, text: string) => {
    session.cluster.stop()
    setSession(labSession(cluster, text))
  }
  return {
    session,
    reset: () => swap(createCluster(options), banner),
    undo() {
      const undone = replayWithoutLast(session.cluster.log, options)
      if (!undone) return false
      swap(undone.cluster, `Undid: ${undone.undone}\nThe cluster was rebuilt by replaying your earlier commands; it is back at the moment before that one.\n`)
      return true
    },
    load: (log, text) => swap(replay(log, options), text),
  }
}
