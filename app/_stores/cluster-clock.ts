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
 * frame, then calls `onTick` so views and the terminal prompt can follow. `afterPaint` (lesson
 * checks, saving) runs once the frame is painted, so it never delays what the terminal shows.
 */
export function useClusterClock(cluster: Cluster, onTick: () => void, afterPaint?: () => void): void {
  useEffect(() => {
    let last = performance.now()
    let frame = 0
    let later: ReturnType<typeof setTimeout> | undefined
    const painted = () => {
      later = undefined
      afterPaint?.()
    }
    const tick = (now: number) => {
      const speed = useClockStore.getState().speed
      const elapsed = Math.min(now - last, 250)
      last = now
      if (speed > 0) cluster.advance(Math.round(elapsed * speed))
      onTick()
      // A task queued in the frame runs after that frame's paint.
      if (afterPaint && later === undefined) later = setTimeout(painted)
      frame = requestAnimationFrame(tick)
    }
    frame = requestAnimationFrame(tick)
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(later)
    }
  }, [cluster, onTick, afterPaint])
}
