'use client'

import { useEffect } from 'react'
import { create } from 'zustand'
import type { Cluster } from '@/simulator/index'

/** How fast virtual time runs relative to the wall clock; 0 is paused. */
export type Speed = 0 | 1 | 4 | 16

interface ClockState {
  speed: Speed
  setSpeed(speed: Speed): void
}

/** UI state for the clock controls (not the cluster itself). */
export const useClockStore = create<ClockState>((set) => ({
  speed: 1,
  setSpeed: (speed) => set({ speed }),
}))

/**
 * Advances `cluster` in step with the wall clock (scaled by the current speed) on every animation
 * frame, then calls `onTick` so views and the terminal prompt can follow.
 */
export function useClusterClock(cluster: Cluster, onTick: () => void): void {
  useEffect(() => {
    let last = performance.now()
    let frame = 0
    const tick = (now: number) => {
      const speed = useClockStore.getState().speed
      const elapsed = Math.min(now - last, 250)
      last = now
      if (speed > 0) cluster.advance(Math.round(elapsed * speed))
      onTick()
      frame = requestAnimationFrame(tick)
    }
    frame = requestAnimationFrame(tick)
    return () => cancelAnimationFrame(frame)
  }, [cluster, onTick])
}
