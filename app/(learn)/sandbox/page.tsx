import type { Metadata } from 'next'
import { Workbench } from './workbench'

export const metadata: Metadata = { title: 'Sandbox' }

export default function SandboxPage() {
  return (
    <>
      <h1>Sandbox</h1>
      <p>Free play: a terminal and a YAML editor side by side.</p>
      <Workbench />
    </>
  )
}
