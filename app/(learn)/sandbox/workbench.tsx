'use client'

import { useCallback, useState } from 'react'
import { LazyYamlEditor } from '@/app/_components/editor/lazy-yaml-editor'
import { HOME, shownPath, useEditorFile } from '@/app/_components/editor/use-editor-file'
import { Terminal } from '@/app/_components/terminal/terminal'
import { useClusterClock } from '@/app/_stores/cluster-clock'
import { terminalShellFor } from '@/app/_stores/terminal-shell'
import { createCluster } from '@/simulator/index'

const MANIFEST = 'web.yaml'

const STARTER = `apiVersion: v1
kind: Service
metadata:
  name: nginx
  labels:
    app: nginx
spec:
  ports:
  - port: 80
    name: web
  clusterIP: None
  selector:
    app: nginx
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
  serviceName: nginx
  replicas: 2
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
        ports:
        - containerPort: 80
          name: web
        volumeMounts:
        - name: www
          mountPath: /usr/share/nginx/html
  volumeClaimTemplates:
  - metadata:
      name: www
    spec:
      accessModes: [ "ReadWriteOnce" ]
      resources:
        requests:
          storage: 1Gi
`

const BANNER = `Ordinal sandbox: a simulated kind cluster (Kubernetes v1.31).
The editor's ${MANIFEST} is in your home directory: try  kubectl apply -f ${MANIFEST}
`

export function Workbench() {
  const [cluster] = useState(() => createCluster({ seed: 1, interactive: true, files: { [MANIFEST]: STARTER } }))
  const [shell] = useState(() => terminalShellFor(cluster))
  const editor = useEditorFile(cluster, `${HOME}/${MANIFEST}`)
  const tick = useCallback(() => shell.tick(), [shell])
  useClusterClock(cluster, tick)
  return (
    <div className="workbench">
      <div className="workbench-pane">
        <h2 id="terminal-title" className="panel-title">Terminal</h2>
        <Terminal label="Terminal" shell={shell} banner={BANNER} />
      </div>
      <div className="workbench-pane">
        <div className="editor-bar">
          <h2 id="editor-title" className="panel-title">{editor.path && shownPath(editor.path)}</h2>
          {editor.waiting && editor.waiting === editor.path && (
            <button type="button" className="button" onClick={editor.finish}>
              Save and return to kubectl
            </button>
          )}
        </div>
        <div className="editor-host" data-testid="editor">
          {editor.path && <LazyYamlEditor key={editor.path} label={shownPath(editor.path)} value={editor.content} onChange={editor.change} />}
        </div>
      </div>
    </div>
  )
}
