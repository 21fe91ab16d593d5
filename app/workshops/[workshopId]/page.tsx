import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { learnerFromCookies } from '@/app/_lib/current-learner'
import { getDb } from '@/app/_lib/db'
import { learnerWorkshopState } from '@/app/_lib/workshops/learner-view'
import { learnerWorkshop } from '@/app/_lib/workshops/workshops'
import { WorkshopHome } from './workshop-home'

export const metadata: Metadata = { title: 'Workshop' }
export const dynamic = 'force-dynamic'

type Params = { params: Promise<{ workshopId: string }> }

/** A learner's page for a workshop they joined: its lessons, which are open, the instructor's message. */
export default async function WorkshopPage({ params }: Params) {
  const { workshopId } = await params
  const db = getDb()
  const learnerId = await learnerFromCookies(db)
  const member = learnerId ? await learnerWorkshop(db, learnerId, workshopId) : null
  if (!learnerId || !member) redirect('/join')
  return <WorkshopHome initial={await learnerWorkshopState(db, member.workshop, learnerId, member.displayName)} />
}
