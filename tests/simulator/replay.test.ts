import { describe, expect, it } from 'vitest'
import { createCluster, replay, replayWithoutLast } from '@/simulator/index'

const manifest = `apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data:
  mode: fast
`

describe('replay', () => {
  it('replays editor writes and edits so the cluster ends the same', () => {
    const cluster = createCluster({ seed: 9, interactive: true })
    cluster.writeFile('/home/learner/cm.yaml', manifest.replace('fast', 'f'))
    cluster.writeFile('/home/learner/cm.yaml', manifest)
    cluster.submit('kubectl apply -f cm.yaml')
    cluster.advance(2_000)
    let editing = ''
    cluster.onRequest((request) => (request.type === 'edit' ? ((editing = request.path), true) : false))
    cluster.submit('kubectl edit configmap settings')
    cluster.advance(1_000)
    const read = cluster.files.readFile(editing, '/')
    cluster.writeFile(editing, (read.ok ? read.content : '').replace('mode: fast', 'mode: slow'))
    cluster.finishEdit(editing)
    cluster.advance(1_000)
    expect(cluster.log.filter((e) => e.write?.path === '/home/learner/cm.yaml')).toHaveLength(1)
    const again = replay(cluster.log, { seed: 9, interactive: true })
    again.advance(cluster.now() - again.now())
    expect(JSON.stringify(again.snapshot())).toBe(JSON.stringify(cluster.snapshot()))
    expect(again.run('kubectl get cm settings -o jsonpath={.data.mode}').output).toBe('slow')
  })

  it('undoes the last command by replaying the log without it', () => {
    const cluster = createCluster({ seed: 9 })
    cluster.submit('kubectl create namespace a')
    cluster.advance(3_000)
    cluster.submit('kubectl create namespace b')
    cluster.advance(3_000)
    const undone = replayWithoutLast(cluster.log, { seed: 9 })
    expect(undone?.undone).toBe('kubectl create namespace b')
    expect(undone?.cluster.now()).toBe(cluster.log[1].at)
    expect(undone?.cluster.run('kubectl get ns a b -o name').output).toBe('namespace/a\nError from server (NotFound): namespaces "b" not found\n')
    expect(replayWithoutLast([], {})).toBeNull()
  })
})

describe('the watch pane', () => {
  const web = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
  serviceName: web
  replicas: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: nginx
        image: nginx:1.27
`
  function session(withPane: boolean) {
    const cluster = createCluster({ seed: 4, interactive: true, files: { 'web.yaml': web } })
    let main = ''
    let pane = ''
    cluster.onOutput((text) => (main += text))
    if (withPane) {
      const opened = cluster.openPane('kubectl get pods -w', (text) => (pane += text))
      expect(opened.ok).toBe(true)
    }
    cluster.submit('kubectl apply -f web.yaml')
    cluster.advance(1_000)
    cluster.submit('sleep 5 &')
    cluster.advance(40_000)
    cluster.submit('echo $? $!')
    cluster.advance(1_000)
    return { main, pane, snapshot: JSON.stringify(cluster.snapshot()) }
  }

  it('shows ordered creation without changing what the terminal prints or the cluster', () => {
    const plain = session(false)
    const watched = session(true)
    expect(watched.main).toBe(plain.main)
    expect(watched.snapshot).toBe(plain.snapshot)
    const rows = watched.pane.split('\n')
    const running0 = rows.findIndex((r) => /^web-0\s+1\/1\s+Running/.test(r))
    const pending1 = rows.findIndex((r) => /^web-1\s+0\/1\s+Pending/.test(r))
    expect(rows[0]).toBe('NAME    READY   STATUS    RESTARTS   AGE')
    expect(running0).toBeGreaterThan(0)
    expect(pending1).toBeGreaterThan(running0)
  })

  it('refuses commands that could change the cluster', () => {
    const cluster = createCluster({ seed: 4 })
    expect(cluster.openPane('kubectl delete pods --all', () => {})).toEqual({ ok: false, error: 'The watch pane runs one read-only command: kubectl get, describe or logs.' })
    expect(cluster.openPane('kubectl get pods; kubectl delete pods --all', () => {}).ok).toBe(false)
  })
})
