'use client'

import dynamic from 'next/dynamic'

/** The YAML editor, loaded on the client only and split out of the page's JavaScript. */
export const LazyYamlEditor = dynamic(() => import('./yaml-editor'), {
  ssr: false,
  loading: () => <p className="panel-title">Loading editor…</p>,
})
