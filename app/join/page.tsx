import type { Metadata } from 'next'
import { JoinForm } from './join-form'

export const metadata: Metadata = { title: 'Join a workshop' }

type Props = { searchParams: Promise<{ code?: string | string[] }> }

export default async function JoinPage({ searchParams }: Props) {
  const { code } = await searchParams
  return (
    <section className="narrow">
      <h1>Join a workshop</h1>
      <p>Type the code your instructor shows and the name they will see you under. No account needed.</p>
      <JoinForm code={typeof code === 'string' ? code.slice(0, 20) : ''} />
    </section>
  )
}
