import type { Metadata, Viewport } from 'next'
import Link from 'next/link'
import './globals.css'

export const metadata: Metadata = {
  title: { default: 'Ordinal — learn Kubernetes StatefulSets by doing', template: '%s · Ordinal' },
  description: 'A browser sandbox with a simulated cluster and a kubectl terminal for learning StatefulSets.',
}

export const viewport: Viewport = { themeColor: '#0f172a' }

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <Link href="/" className="brand">
            Ordinal
          </Link>
          <nav aria-label="Main">
            <Link href="/">Lessons</Link>
            <Link href="/sandbox">Sandbox</Link>
            <Link href="/me">My progress</Link>
            <Link href="/join">Join a workshop</Link>
            <Link href="/instructor">Instructors</Link>
          </nav>
        </header>
        <main id="main">{children}</main>
      </body>
    </html>
  )
}
