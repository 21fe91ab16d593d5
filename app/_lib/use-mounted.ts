'use client'

import { useSyncExternalStore } from 'react'

const noSubscription = () => () => {}

/**
 * False on the server and during hydration, true in the browser after it: for parts that depend
 * on browser-only state (localStorage, the URL hash) and so must not be server-rendered.
 */
export function useMounted(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false)
}
