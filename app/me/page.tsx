import type { Metadata } from 'next'
import { learnerFromCookies } from '@/app/_lib/current-learner'
import { getDb } from '@/app/_lib/db'
import { MyDataPanel } from './my-data-panel'

export const metadata: Metadata = { title: 'My progress' }
export const dynamic = 'force-dynamic'

export default async function MyDataPage() {
  const db = getDb()
  const id = await learnerFromCookies(db)
  const learner = id ? await db.learner.findUnique({ where: { id }, select: { displayName: true, createdAt: true } }) : null
  return (
    <>
      <h1>My progress</h1>
      <p>
        Ordinal remembers you by a cookie in this browser, without an account. Your progress (the commands you ran and the
        steps you completed) is saved as you work. Take it to another browser by exporting it here and importing it there.
      </p>
      <MyDataPanel displayName={learner?.displayName ?? ''} since={learner ? learner.createdAt.toISOString().slice(0, 10) : null} />
    </>
  )
}
