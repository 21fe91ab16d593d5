'use client'

import { useState } from 'react'
import { LazyYamlEditor } from '@/app/_components/editor/lazy-yaml-editor'
import { Terminal } from '@/app/_components/terminal/terminal'

const STARTER = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
  serviceName: nginx
  replicas: 3
  selector:
    matchLabels:
      app: nginx
  template:
    metadata:
      labels:
        app: nginx
    spec:
      containers:
      - name: nginx
        image: registry.k8s.io/nginx-slim:0.24
`

// TODO(#5): run lines through the simulated cluster once simulator/index.ts exposes createCluster.
function echo(line: string): string {
  if (line.trim() === '') return ''
  const [command] = line.trim().split(/\s+/)
  return `bash: ${command}: command not found`
}

export function Workbench() {
  const [manifest, setManifest] = useState(STARTER)
  return (
    <div className="workbench">
      <div className="workbench-pane">
        <h2 id="terminal-title" className="panel-title">Terminal</h2>
        <Terminal label="Terminal" onLine={echo} />
      </div>
      <div className="workbench-pane">
        <h2 id="editor-title" className="panel-title">web.yaml</h2>
        <div className="editor-host" data-testid="editor">
          <LazyYamlEditor label="web.yaml" value={manifest} onChange={setManifest} />
        </div>
      </div>
    </div>
  )
}
