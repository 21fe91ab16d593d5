import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { lessonOutlines } from '@/app/_lib/workshops/lesson-outline'
import { currentInstructor } from '../../current-instructor'
import { NewWorkshopForm } from './new-workshop-form'

export const metadata: Metadata = { title: 'New workshop' }
export const dynamic = 'force-dynamic'

export default async function NewWorkshopPage() {
  if (!(await currentInstructor())) redirect('/instructor')
  const lessons = await lessonOutlines()
  return (
    <section className="narrow">
      <h1>New workshop</h1>
      <NewWorkshopForm lessons={lessons.map((l) => ({ id: l.id, title: l.title, exercises: l.steps.filter((s) => s.exercise).map((s) => ({ id: s.id, title: s.title })) }))} />
    </section>
  )
}
