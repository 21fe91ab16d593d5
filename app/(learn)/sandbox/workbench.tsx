'use client'

import { useCallback, useEffect, useState } from 'react'
import { LazyYamlEditor } from '@/app/_components/editor/lazy-yaml-editor'
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

const HOME = '/home/learner'

/** A path as the learner reads it: relative to the home directory when inside it. */
const shown = (path: string) => (path.startsWith(`${HOME}/`) ? path.slice(HOME.length + 1) : path)

export function Workbench() {
  const [cluster] = useState(() => createCluster({ seed: 1, interactive: true, files: { [MANIFEST]: STARTER } }))
  const [shell] = useState(() => terminalShellFor(cluster))
  const [file, setFile] = useState(`${HOME}/${MANIFEST}`)
  const [content, setContent] = useState(STARTER)
  const [waiting, setWaiting] = useState<string | null>(null)
  const tick = useCallback(() => shell.tick(), [shell])
  useClusterClock(cluster, tick)
  useEffect(
    () =>
      cluster.onRequest((request) => {
        if (request.type !== 'edit') return false
        const read = cluster.files.readFile(request.path, '/')
        setFile(request.path)
        setContent(read.ok ? read.content : '')
        if (request.editor === 'kubectl') setWaiting(request.path)
        return true
      }),
    [cluster],
  )
  const onChange = (text: string) => {
    setContent(text)
    cluster.files.writeFile(file, '/', text)
  }
  const finish = () => {
    if (!waiting) return
    cluster.finishEdit(waiting)
    setWaiting(null)
    const read = cluster.files.readFile(MANIFEST)
    setFile(`${HOME}/${MANIFEST}`)
    setContent(read.ok ? read.content : '')
  }
  return (
    <div className="workbench">
      <div className="workbench-pane">
        <h2 id="terminal-title" className="panel-title">Terminal</h2>
        <Terminal label="Terminal" shell={shell} banner={BANNER} />
      </div>
      <div className="workbench-pane">
        <div className="editor-bar">
          <h2 id="editor-title" className="panel-title">{shown(file)}</h2>
          {waiting === file && (
            <button type="button" className="button" onClick={finish}>
              Save and return to kubectl
            </button>
          )}
        </div>
        <div className="editor-host" data-testid="editor">
          <LazyYamlEditor key={file} label={shown(file)} value={content} onChange={onChange} />
        </div>
      </div>
    </div>
  )
}
