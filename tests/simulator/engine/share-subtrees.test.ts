import { describe, expect, it } from 'vitest'
import { createClusterRuntime } from '@/simulator/engine/cluster-runtime'
import { defaultClusterObjects } from '@/simulator/engine/default-cluster'

const pod = (name: string, image = 'nginx') => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, labels: { app: 'web' } },
  spec: { containers: [{ name: 'c', image, ports: [{ containerPort: 80 }] }] },
})

describe('stored objects share equal parts', () => {
  const rt = createClusterRuntime({ seed: 1, objects: defaultClusterObjects(), freeze: true })
  const [a, b, c] = [pod('a'), pod('b'), pod('c', 'redis')].map((p) => {
    const created = rt.api.create(p)
    if (!created.ok) throw new Error(created.error.message)
    return created.object
  })

  it('holds one copy of what pods made alike have in common', () => {
    // A part is shared from its second sighting on; a list of parts once its items are shared.
    expect(b.metadata.labels).toBe(a.metadata.labels)
    expect(b.spec.tolerations[0]).toBe(a.spec.tolerations[0])
    expect(c.spec.tolerations).toBe(b.spec.tolerations)
    expect(c.spec.containers[0].ports).toBe(b.spec.containers[0].ports)
  })

  it('keeps what differs apart, and every object reads as if it had its own copy', () => {
    expect(c.spec.containers[0]).not.toBe(a.spec.containers[0])
    expect(c.spec.containers[0].image).toBe('redis')
    expect(a.spec.containers[0].image).toBe('nginx')
    expect(JSON.parse(JSON.stringify(b.spec.tolerations))).toEqual([
      { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
      { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
    ])
    expect(Object.isFrozen(a.spec.tolerations)).toBe(true)
  })
})
