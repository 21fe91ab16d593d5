'use client'

import { useEffect, useRef, useState } from 'react'
import type { Cluster } from '@/simulator/index'

export interface Selected {
  kind: string
  name: string
  namespace?: string
}

/** A side panel with `kubectl describe` and `-o yaml` of one object, following its changes. */
export function ObjectDetails({ cluster, selected, version, onClose }: { cluster: Cluster; selected: Selected; version: string; onClose(): void }) {
  const [tab, setTab] = useState<'describe' | 'yaml'>('describe')
  const closeButton = useRef<HTMLButtonElement>(null)
  useEffect(() => closeButton.current?.focus(), [selected])
  // `version` changes with every store write, so the text follows the object.
  const views = version ? cluster.inspect(selected.kind, selected.name, selected.namespace ?? '') : null
  return (
    <aside className="object-details" aria-label={`${selected.kind} ${selected.name}`} onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div className="details-bar">
        <h3>
          {selected.kind} {selected.name}
        </h3>
        <div role="tablist" aria-label="View">
          <button type="button" role="tab" aria-selected={tab === 'describe'} onClick={() => setTab('describe')}>
            describe
          </button>
          <button type="button" role="tab" aria-selected={tab === 'yaml'} onClick={() => setTab('yaml')}>
            YAML
          </button>
        </div>
        <button ref={closeButton} type="button" onClick={onClose} aria-label="Close details">
          ✕
        </button>
      </div>
      <pre tabIndex={0} role="tabpanel">{views ? (tab === 'describe' ? views.describe : views.yaml) : `${selected.kind} ${selected.name} no longer exists.`}</pre>
    </aside>
  )
}
