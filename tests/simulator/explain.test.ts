import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createCluster, explainStatefulSet, type Cluster } from '@/simulator/index'

const web = readFileSync(join(__dirname, '..', 'golden', 'kubectl', 'files', 'web.yaml'), 'utf8')

const why = (cluster: Cluster) => {
  const set = cluster.objects('StatefulSet').find((s) => s.metadata.name === 'web')
  return set ? explainStatefulSet(set, cluster.objects('Pod')) : 'no set'
}

describe('why a StatefulSet is where it is', () => {
  it('names the OrderedReady rule while pods are created, and nothing once settled', () => {
    const cluster = createCluster({ seed: 2, files: { 'web.yaml': web } })
    cluster.run('kubectl apply -f web.yaml')
    cluster.advance(1_500)
    expect(why(cluster)).toBe('waiting for web-0 to be Running and Ready before going on (OrderedReady)')
    cluster.advance(60_000)
    expect(why(cluster)).toBeNull()
  })

  it('explains scale-down order and rolling updates', () => {
    const cluster = createCluster({ seed: 2, files: { 'web.yaml': web } })
    cluster.run('kubectl apply -f web.yaml')
    cluster.advance(60_000)
    cluster.run('kubectl scale sts web --replicas=1')
    cluster.advance(100)
    expect(why(cluster)).toMatch(/^scaling down: web-1 is (terminating|removed first)/)
    cluster.advance(60_000)
    cluster.run('kubectl set image sts/web nginx=registry.k8s.io/nginx-slim:0.99')
    cluster.advance(30_000)
    expect(why(cluster)).toBe('waiting for web-0 to be Running and Ready before going on (OrderedReady)')
  })
})
