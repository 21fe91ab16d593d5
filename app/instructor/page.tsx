import type { Metadata } from 'next'
import Link from 'next/link'
import { MIN_PASSWORD } from '@/app/_lib/auth'
import { getDb } from '@/app/_lib/db'
import { instructorWorkshops } from '@/app/_lib/workshops/workshops'
import { currentInstructor } from './current-instructor'
import { SignInForm, SignOutButton } from './sign-in-form'

export const metadata: Metadata = { title: 'Instructors' }
export const dynamic = 'force-dynamic'

export default async function InstructorPage() {
  const instructor = await currentInstructor()
  if (!instructor) {
    return (
      <section className="narrow">
        <h1>Instructors</h1>
        <p>
          Run a workshop: choose lessons and graded exercises, give learners a join code, and follow everyone&apos;s progress
          live. Learners need no account.
        </p>
        <SignInForm minPassword={MIN_PASSWORD} />
      </section>
    )
  }
  const workshops = await instructorWorkshops(getDb(), instructor.id)
  return (
    <section>
      <div className="page-head">
        <h1>Your workshops</h1>
        <span className="muted">Signed in as {instructor.name}</span>
        <SignOutButton />
      </div>
      <p>
        <Link className="button" href="/instructor/workshops/new">
          New workshop
        </Link>
      </p>
      {workshops.length === 0 ? (
        <p className="muted">No workshops yet.</p>
      ) : (
        <ul className="catalogue">
          {workshops.map((w) => (
            <li key={w.id} className="lesson-card">
              <h2>
                <Link href={`/instructor/workshops/${w.id}`}>{w.title}</Link>
              </h2>
              <p className="muted">
                Code <span className="join-code-inline">{w.joinCode}</span> · {w.members} learner{w.members === 1 ? '' : 's'} · {w.lessons.length} lesson
                {w.lessons.length === 1 ? '' : 's'} · created {w.createdAt.toISOString().slice(0, 10)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
