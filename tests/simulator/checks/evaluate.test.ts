import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checksSchema } from '@/simulator/checks/schema'
import { createCluster, evaluate, type Cluster } from '@/simulator/index'

const web = readFileSync(join(__dirname, '..', '..', 'golden', 'kubectl', 'files', 'web.yaml'), 'utf8')

function check(yaml: object) {
  return checksSchema.parse([{ id: 'c', title: 'a check', ...yaml }])[0]
}

function withWeb(): Cluster {
  const cluster = createCluster({ seed: 3, files: { 'web.yaml': web } })
  cluster.run('kubectl apply -f web.yaml')
  cluster.advance(60_000)
  return cluster
}

describe('lesson checks', () => {
  it('says an object is missing, then which field differs, then passes', () => {
    const cluster = createCluster({ seed: 3, files: { 'web.yaml': web } })
    const ready = check({ object: { kind: 'sts', name: 'web' }, expect: { path: '.status.readyReplicas', equals: 2 } })
    expect(evaluate(ready, cluster)).toMatchObject({ pass: false, detail: 'StatefulSet web does not exist' })
    cluster.run('kubectl apply -f web.yaml')
    cluster.advance(3_000)
    expect(evaluate(ready, cluster).detail).toMatch(/^StatefulSet web: \.status\.readyReplicas is (unset|0|1) \(want 2\)$/)
    cluster.advance(60_000)
    expect(evaluate(ready, cluster)).toMatchObject({ pass: true, detail: 'StatefulSet web: .status.readyReplicas is 2 (want 2)' })
  })

  it('counts objects by selector and field, naming them', () => {
    const cluster = withWeb()
    const running = check({ count: { kind: 'Pod', selector: 'app=nginx', where: { path: '.status.phase', equals: 'Running' } }, expect: { equals: 3 } })
    expect(evaluate(running, cluster)).toMatchObject({ pass: false, detail: '2 pods with app=nginx where .status.phase Running (web-0, web-1); want 3' })
    cluster.run('kubectl scale sts web --replicas=3')
    cluster.advance(30_000)
    expect(evaluate(running, cluster).pass).toBe(true)
  })

  it('checks the order of events and negates with not', () => {
    const cluster = withWeb()
    const ordered = check({ events: { reason: 'SuccessfulCreate', object: 'StatefulSet/web' }, expect: { inOrder: ['Pod web-0 in', 'Pod web-1 in'] } })
    expect(evaluate(ordered, cluster).pass).toBe(true)
    const reversed = check({ events: { reason: 'SuccessfulCreate', object: 'sts/web' }, expect: { inOrder: ['Pod web-1 in', 'Pod web-0 in'] } })
    expect(evaluate(reversed, cluster)).toMatchObject({ pass: false, detail: 'no SuccessfulCreate StatefulSet/web event "Pod web-0 in" after "Pod web-1 in"' })
    const gone = check({ not: { object: { kind: 'Pod', name: 'web-1' } } })
    expect(evaluate(gone, cluster).pass).toBe(false)
    cluster.run('kubectl scale sts web --replicas=1')
    cluster.advance(60_000)
    expect(evaluate(gone, cluster)).toMatchObject({ pass: true, detail: 'Pod web-1 does not exist' })
  })

  it('knows the commands run and the files written, and uses the lesson failure text', () => {
    const cluster = createCluster({ seed: 3 })
    const ran = check({ command: { matches: 'kubectl get pods? .*-w' }, failure: 'Watch the pods with kubectl get pods -w' })
    expect(evaluate(ran, cluster)).toMatchObject({ pass: false, detail: 'Watch the pods with kubectl get pods -w' })
    cluster.run('timeout 1 kubectl get pods -w')
    expect(evaluate(ran, cluster)).toMatchObject({ pass: true, detail: 'you ran: timeout 1 kubectl get pods -w' })
    const file = check({ file: { path: 'notes.txt', contains: 'web-0' } })
    expect(evaluate(file, cluster).detail).toBe('notes.txt does not exist')
    cluster.run('echo web-0 > notes.txt')
    expect(evaluate(file, cluster).pass).toBe(true)
  })

  it('rejects malformed checks with the predicate’s own error', () => {
    const bad = (yaml: object) => checksSchema.safeParse([{ id: 'c', title: 't', ...yaml }]).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
    expect(bad({ object: { kind: 'Pod' } })).toEqual(['0.object.name: Invalid input: expected string, received undefined'])
    expect(bad({ object: { kind: 'Pod', name: 'a' }, count: { kind: 'Pod' } })).toEqual(['0: needs exactly one of object, count, events, command, file, volumeFile, all, any, not'])
    expect(bad({ object: { kind: 'Pod', name: 'a' }, expect: { path: 'status', equals: 1 } })).toEqual(['0.expect.path: must start with a dot, as in .status.readyReplicas'])
    expect(bad({ command: { matches: '(' } })).toEqual(['0.command.matches: is not a valid regular expression'])
  })
})
