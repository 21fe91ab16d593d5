'use client'

import { useEffect, useState } from 'react'
import type { Cluster } from '@/simulator/index'

export const HOME = '/home/learner'

/** A path as the learner reads it: relative to the home directory when inside it. */
export const shownPath = (path: string) => (path.startsWith(`${HOME}/`) ? path.slice(HOME.length + 1) : path)

export interface EditorFile {
  /** Absolute path of the file in the editor, or null when none is open. */
  path: string | null
  content: string
  /** Counts the times the content was replaced from outside the editor (opened, reopened, handed back). */
  generation: number
  /** The path `kubectl edit` waits on, if the editor holds its object. */
  waiting: string | null
  open(path: string): void
  change(text: string): void
  /** Saves and hands the file back to `kubectl edit`. */
  finish(): void
}

/**
 * The file the editor shows, kept in the cluster's virtual filesystem: `vi FILE` and
 * `kubectl edit` requests open it (calling `onOpen`), every change is written straight back.
 */
export function useEditorFile(cluster: Cluster, initial: string | null, onOpen?: () => void): EditorFile {
  const read = (path: string) => {
    const result = cluster.files.readFile(path, '/')
    return result.ok ? result.content : ''
  }
  const [path, setPath] = useState<string | null>(initial)
  const [content, setContent] = useState(() => (initial ? read(initial) : ''))
  const [waiting, setWaiting] = useState<string | null>(null)
  const [generation, setGeneration] = useState(0)
  const load = (next: string | null) => {
    setPath(next)
    setContent(next ? read(next) : '')
    setGeneration((n) => n + 1)
  }
  useEffect(
    () =>
      cluster.onRequest((request) => {
        if (request.type !== 'edit') return false
        load(request.path)
        setWaiting(request.editor === 'kubectl' ? request.path : null)
        onOpen?.()
        return true
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [cluster, onOpen],
  )
  return {
    path,
    content,
    generation,
    waiting,
    open: load,
    change(text) {
      setContent(text)
      if (path) cluster.writeFile(path, text)
    },
    finish() {
      if (!waiting) return
      cluster.finishEdit(waiting)
      setWaiting(null)
      load(initial)
    },
  }
}
