import { describe, expect, it } from 'vitest'
import { parse, parseAllDocuments } from 'yaml'
import { admitCreate, admitUpdate } from '@/simulator/engine/admission/admit'
import type { KubeObject } from '@/simulator/objects/meta'
import { guideClaim, guideDatabase, guidePersistentVolume, tutorialDatabase, tutorialQuorum } from './guide-manifests'

/** mulberry32: a small seeded generator, so every run mutates the same way. */
function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pool: unknown[] = [
  null, undefined, -1, 0, 1, 1.5, 3e9, 1e21, -0, Number.NaN, Number.POSITIVE_INFINITY, '', 'x', 'None', 'Always',
  'ReadWriteOnce', '1Gi', '1 gig', '-5Gi', '0.5', '2006-01-02T15:04:05Z', 'bad time', 'a'.repeat(300), 'web-0',
  true, false, [], {}, [1, 'a', null], { a: { b: [1] } }, [{}], { name: 'x' }, 'Web', 'app=nginx', '%', '120%',
]

const bases: unknown[] = [
  guideDatabase, guidePersistentVolume, guideClaim,
  ...parseAllDocuments(tutorialDatabase).map((d) => d.toJS()),
  ...parseAllDocuments(tutorialQuorum).map((d) => d.toJS()),
  { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { containers: [{ name: 'c', image: 'nginx', ports: [{ containerPort: 80 }] }] } },
  { apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name: 'fast' }, provisioner: 'x.io/y', parameters: { a: 'b' } },
  { apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, stringData: { a: 'b' }, data: { c: 'ZA==' } },
].map((b) => (typeof b === 'string' ? parse(b) : b))

/** Every container (object or array) inside `value`, with the key path to reach it. */
function containers(value: unknown, out: Array<Record<string, unknown> | unknown[]> = []): Array<Record<string, unknown> | unknown[]> {
  if (typeof value !== 'object' || value === null) return out
  out.push(value as Record<string, unknown>)
  for (const v of Object.values(value)) containers(v, out)
  return out
}

function mutate(doc: unknown, random: () => number): unknown {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]
  if (random() < 0.02) return pick(pool)
  const targets = containers(doc)
  if (targets.length === 0) return pick(pool)
  const target = pick(targets)
  const keys = Object.keys(target)
  const key = keys.length > 0 && random() < 0.85 ? pick(keys) : random() < 0.5 ? 'unknownField' : '0'
  const action = random()
  const record = target as Record<string, unknown>
  if (action < 0.2) delete record[key]
  else if (action < 0.75) record[key] = structuredClone(pick(pool))
  else if (action < 0.9) record[key] = structuredClone(pick(targets))
  else record[key] = [record[key], record[key]]
  return doc
}

function wellFormed(r: ReturnType<typeof admitCreate>): boolean {
  if (r.ok) return typeof r.object.kind === 'string' && typeof r.object.metadata === 'object'
  return typeof r.error.message === 'string' && r.error.message.length > 0 && r.error.code !== 500
}

describe('admission never throws', () => {
  const seed = 20240902
  it(`survives 2,000 random mutations of valid manifests (seed ${seed})`, () => {
    const random = rng(seed)
    const stored = bases.map((b) => admitCreate(structuredClone(b))).filter((r) => r.ok).map((r) => (r as { object: KubeObject }).object)
    expect(stored.length).toBe(bases.length)
    for (let i = 0; i < 2000; i++) {
      const index = Math.floor(random() * bases.length)
      let doc: unknown = structuredClone(bases[index])
      const rounds = 1 + Math.floor(random() * 3)
      for (let n = 0; n < rounds; n++) doc = mutate(doc, random)
      const snapshot = JSON.stringify(doc)
      const created = admitCreate(doc, { randomSuffix: () => 'abcde', allocateClusterIP: () => '10.96.0.9' })
      expect(wellFormed(created), `create #${i}: ${snapshot}`).toBe(true)
      const old = { ...stored[index], metadata: { ...stored[index].metadata, uid: 'u', resourceVersion: '3', creationTimestamp: '2024-09-02T10:00:00Z' } }
      const updated = admitUpdate(old, doc)
      expect(wellFormed(updated), `update #${i}: ${snapshot}`).toBe(true)
      expect(JSON.stringify(doc), 'admission must not modify its input').toBe(snapshot)
    }
  })
})
