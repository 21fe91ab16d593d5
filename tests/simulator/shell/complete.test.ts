// Tab completion candidates for the terminal.
import { describe, expect, it } from 'vitest'
import { createCluster } from '../../../simulator/index'

describe('complete', () => {
  const cluster = createCluster({ seed: 1, files: { 'web.yaml': 'x', 'manifests/a.yaml': 'y' } })
  cluster.run('kubectl create configmap settings')

  it('completes commands, kubectl verbs and subcommands', () => {
    expect(cluster.complete('kub').candidates).toEqual(['kubectl'])
    expect(cluster.complete('kubectl ro').candidates).toEqual(['rollout'])
    expect(cluster.complete('kubectl rollout st').candidates).toEqual(['status'])
  })

  it('completes resource types, object names and flags', () => {
    expect(cluster.complete('kubectl get statefulse').candidates).toEqual(['statefulsets'])
    expect(cluster.complete('kubectl get cm se').candidates).toEqual(['settings'])
    expect(cluster.complete('kubectl get nodes kind-w').candidates).toEqual(['kind-worker', 'kind-worker2'])
    expect(cluster.complete('kubectl get pods --show-l').candidates).toEqual(['--show-labels'])
    expect(cluster.complete('kubectl scale sts web --repl').candidates).toEqual(['--replicas='])
  })

  it('completes a type for explain, and nothing after it (explain takes no object names)', () => {
    expect(cluster.complete('kubectl explain statefulse').candidates).toEqual(['statefulsets'])
    expect(cluster.complete('kubectl explain cm se').candidates).toEqual([])
    expect(cluster.complete('kubectl explain cm/se').candidates).toEqual([])
  })

  it('completes file names after -f and for other commands', () => {
    expect(cluster.complete('kubectl apply -f w')).toEqual({ start: 17, candidates: ['web.yaml'] })
    expect(cluster.complete('cat man').candidates).toEqual(['manifests/'])
    expect(cluster.complete('cat manifests/').candidates).toEqual(['manifests/a.yaml'])
  })
})
