'use client'

import { useEffect, useState, type ReactNode } from 'react'
import { useClockStore, type Speed } from '@/app/_stores/cluster-clock'
import type { Cluster } from '@/simulator/index'

const SPEEDS: { speed: Speed; label: string }[] = [
  { speed: 0, label: 'Pause' },
  { speed: 1, label: '1×' },
  { speed: 4, label: '4×' },
  { speed: 16, label: '16×' },
]

export interface TimeControlsProps {
  cluster: Cluster
  /** Advance by one step of virtual time (ms). */
  stepMs?: number
  onReset(): void
  /** Undo the last command (offered once a command was entered). */
  onUndo(): void
  /** Called after time jumps (step, skip), so checks and views update at once. */
  onJump(): void
  /** Extra buttons at the end of the bar. */
  tools?: ReactNode
}

const clockText = (ms: number) => {
  const s = Math.floor(ms / 1000)
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}

/** Pause, 1×, 4×, 16×, step, skip until settled, the virtual clock, reset and undo. */
export function TimeControls({ cluster, stepMs = 1000, onReset, onUndo, onJump, tools }: TimeControlsProps) {
  const speed = useClockStore((s) => s.speed)
  const setSpeed = useClockStore((s) => s.setSpeed)
  const [now, setNow] = useState(() => cluster.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(cluster.now()), 250)
    return () => clearInterval(timer)
  }, [cluster])
  const jump = (move: () => void) => {
    move()
    setNow(cluster.now())
    onJump()
  }
  return (
    <div className="time-controls" role="toolbar" aria-label="Time controls">
      <span className="clock" aria-label="Cluster time" title="Virtual time since the lesson started">
        <span className="muted">time</span> {clockText(now)}
      </span>
      <div className="segmented" role="group" aria-label="Speed">
        {SPEEDS.map(({ speed: s, label }) => (
          <button key={s} type="button" aria-pressed={speed === s} onClick={() => setSpeed(s)}>
            {label}
          </button>
        ))}
      </div>
      <button type="button" onClick={() => jump(() => cluster.advance(stepMs))} title={`Advance ${stepMs / 1000} s of cluster time`}>
        Step +{stepMs / 1000}s
      </button>
      <button type="button" onClick={() => jump(() => cluster.settle())} title="Run the cluster until nothing is left to happen">
        Skip until settled
      </button>
      <span className="spacer" />
      <button type="button" onClick={onUndo} disabled={!cluster.log.some((entry) => entry.line !== undefined)} title="Rebuild the cluster without your last command">
        Undo last command
      </button>
      <button type="button" onClick={onReset} title="Start over from the first cluster">
        Reset
      </button>
      {tools}
    </div>
  )
}
