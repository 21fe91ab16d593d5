'use client'

import { useEffect, useState } from 'react'
import type { LearnerWorkshopState } from '@/app/_lib/workshops/learner-view'

/** The learner's view of their workshop, kept live over server-sent events. */
export function useWorkshopState<T extends LearnerWorkshopState | undefined>(initial: T): T {
  const [state, setState] = useState(initial)
  const id = initial?.id
  useEffect(() => {
    if (!id) return
    const source = new EventSource(`/api/workshops/${encodeURIComponent(id)}/events`)
    source.addEventListener('update', (event) => {
      const data = JSON.parse((event as MessageEvent<string>).data) as LearnerWorkshopState | { gone: true }
      if ('lessons' in data) setState(data as T)
      else source.close() // the workshop is gone: do not reconnect
    })
    return () => source.close()
  }, [id])
  return state
}
