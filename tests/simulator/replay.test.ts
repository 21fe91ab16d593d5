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
