import { parseImageReference } from '@/simulator/controllers/kubelet/images/reference'
import { profileFor } from '@/simulator/controllers/kubelet/images/profiles'
import { planContainer } from '@/simulator/controllers/kubelet/images/plan'
import { containerLog } from '@/simulator/controllers/kubelet/images/container-log'
import type { ContainerPlan, ContainerSpec, PlanContext } from '@/simulator/controllers/kubelet/images/types'

/** 2025-02-01T12:00:00Z, the virtual wall time every planned container starts at. */
export const T0 = Date.UTC(2025, 1, 1, 12, 0, 0)

/** A small LCG: uniform [0,1), deterministic for a seed. */
export function seeded(seed = 7): () => number {
  let s = seed >>> 0
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

export function plan(spec: Partial<ContainerSpec> & { image: string }, ctx: Partial<PlanContext> = {}): ContainerPlan {
  const parsed = parseImageReference(spec.image)
  if (!parsed.ok) throw new Error(parsed.invalid.message)
  const profile = profileFor(parsed.ref)
  if (!profile) throw new Error(`not catalogued: ${spec.image}`)
  return planContainer(profile, { name: 'c', ...spec }, { startedAt: T0, rand: seeded(), hostname: 'web-0', ...ctx })
}

/** Every log line written within `untilMs` of the start. */
export function logs(p: ContainerPlan, untilMs = 600_000): string[] {
  return containerLog(p, T0, untilMs).map((e) => e.line)
}

export function exitOf(p: ContainerPlan) {
  const step = p.steps.find((s) => s.exit)
  return step ? { afterMs: step.afterMs, ...step.exit } : undefined
}

export function listenAt(p: ContainerPlan, port: number): number | undefined {
  return p.steps.find((s) => s.listen?.includes(port))?.afterMs
}
