import 'server-only'
import { EventEmitter } from 'node:events'
import type { PrismaClient } from '../db'

// Live updates. A change made through this instance wakes its listeners at once; changes made
// through another instance sharing the database are seen by polling a cheap fingerprint.

const emitter = new EventEmitter()
emitter.setMaxListeners(0)

/** Says that something in the workshop changed (progress saved, member joined, message sent, …). */
export function workshopChanged(workshopId: string): void {
  emitter.emit(workshopId)
}

/** Says that a learner's progress changed: every workshop they are in changed. */
export async function learnerChanged(db: PrismaClient, learnerId: string): Promise<void> {
  if (emitter.eventNames().length === 0) return
  const rows = await db.workshopMember.findMany({ where: { learnerId }, select: { workshopId: true } })
  for (const row of rows) emitter.emit(row.workshopId)
}

export function onWorkshopChange(workshopId: string, listener: () => void): () => void {
  emitter.on(workshopId, listener)
  return () => void emitter.off(workshopId, listener)
}

/** A value that changes whenever anything the dashboard shows changes. */
export async function workshopFingerprint(db: PrismaClient, workshopId: string): Promise<string> {
  const members = await db.workshopMember.findMany({ where: { workshopId }, select: { learnerId: true, displayName: true } })
  const learnerIds = members.map((m) => m.learnerId)
  const [workshop, progress, submissions] = await Promise.all([
    db.workshop.findUnique({ where: { id: workshopId }, select: { updatedAt: true } }),
    db.lessonProgress.aggregate({ where: { learnerId: { in: learnerIds } }, _max: { updatedAt: true }, _count: { _all: true }, _sum: { entryCount: true, stepCount: true } }),
    db.submission.count({ where: { workshopId } }),
  ])
  return JSON.stringify([workshop?.updatedAt.getTime() ?? 0, members.length, members.map((m) => m.displayName).join('\u0000').length, progress._max.updatedAt?.getTime() ?? 0, progress._count._all, progress._sum.entryCount, progress._sum.stepCount, submissions])
}
