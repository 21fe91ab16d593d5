import type { Metadata } from 'next'
import { Workbench } from './workbench'

export const metadata: Metadata = { title: 'Sandbox' }

export default function SandboxPage() {
  return (
    <div className="sandbox-page">
      <div className="sandbox-head">
        <h1>Sandbox</h1>
        <p>Free play on a simulated kind cluster. Share your command log as a link, or export and import it.</p>
      </div>
      <Workbench />
    </div>
  )
}
