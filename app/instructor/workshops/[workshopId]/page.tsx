import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, redirect } from 'next/navigation'
import QRCode from 'qrcode'
import { getDb } from '@/app/_lib/db'
import { dashboardSnapshot } from '@/app/_lib/workshops/dashboard'
import { instructorWorkshop } from '@/app/_lib/workshops/workshops'
import { currentInstructor, requestOrigin } from '../../current-instructor'
import { Dashboard } from './dashboard'

export const metadata: Metadata = { title: 'Workshop dashboard' }
export const dynamic = 'force-dynamic'

type Params = { params: Promise<{ workshopId: string }> }

export default async function WorkshopDashboardPage({ params }: Params) {
  const instructor = await currentInstructor()
  if (!instructor) redirect('/instructor')
  const db = getDb()
  const workshop = await instructorWorkshop(db, instructor.id, (await params).workshopId)
  if (!workshop) notFound()
  const joinUrl = `${await requestOrigin()}/join?code=${workshop.joinCode}`
  const qr = await QRCode.toString(joinUrl, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' })
  return (
    <section className="dashboard-page">
      <p className="muted">
        <Link href="/instructor">Your workshops</Link>
      </p>
      <div className="join-panel">
        <div>
          <h1>{workshop.title}</h1>
          <p>
            Learners join at <a href={joinUrl}>{joinUrl.replace(/\?.*$/, '')}</a> with the code
          </p>
          <p className="join-code" aria-label={`Join code ${workshop.joinCode.split('').join(' ')}`}>
            {workshop.joinCode}
          </p>
          <p className="muted">
            Or they follow <a href={joinUrl}>{joinUrl}</a> (the QR code opens it).
          </p>
        </div>
        <figure className="qr" aria-label="QR code of the join link" role="img" dangerouslySetInnerHTML={{ __html: qr }} />
      </div>
      <Dashboard initial={JSON.parse(JSON.stringify(await dashboardSnapshot(db, workshop)))} />
    </section>
  )
}
