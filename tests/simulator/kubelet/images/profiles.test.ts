import { describe, expect, it } from 'vitest'
import { CATALOGUE, lookupImage, profileFor } from '@/simulator/controllers/kubelet/images/profiles'
import { parseImageReference } from '@/simulator/controllers/kubelet/images/reference'
import { plan } from './helpers'

function ref(image: string) {
  const r = parseImageReference(image)
  if (!r.ok) throw new Error(r.invalid.message)
  return r.ref
}

describe('catalogue', () => {
  it('covers the images of the guide and the upstream tutorials', () => {
    const images = [
      'nginx:1.14.2', 'nginx', 'mysql:5.7', 'mysql:8', 'mysql:8.0', 'postgres:16', 'postgres:17', 'redis:7', 'httpd:2.4',
      'busybox', 'busybox:1.28', 'registry.k8s.io/nginx-slim:0.21', 'registry.k8s.io/nginx-slim:0.24',
      'registry.k8s.io/nginx-slim:0.8', 'k8s.gcr.io/nginx-slim:0.8', 'registry.k8s.io/kubernetes-zookeeper:1.0-3.4.10',
      'gcr.io/google-samples/xtrabackup:1.0', 'registry.k8s.io/e2e-test-images/httpd:2.4.39-4', 'registry.k8s.io/pause:3.10',
    ]
    for (const image of images) expect(profileFor(ref(image)), image).toBeDefined()
  })

  it('follows tag aliases and keeps the pulled name in the image ID', () => {
    const p = profileFor(ref('k8s.gcr.io/nginx-slim:0.8'))!
    expect(p.repository).toBe('registry.k8s.io/nginx-slim')
    expect(p.imageID).toMatch(/^k8s\.gcr\.io\/nginx-slim@sha256:[0-9a-f]{64}$/)
    expect(profileFor(ref('mysql:8'))).toMatchObject({ tag: '8.4.4', version: '8.4.4' })
    expect(profileFor(ref('nginx:latest'))?.tag).toBe('1.27.4')
  })

  it('tells an unknown tag from an unknown repository', () => {
    expect(lookupImage(ref('nginx:nope'))).toEqual({ kind: 'unknown-tag', repository: 'docker.io/library/nginx' })
    expect(lookupImage(ref('nginxx'))).toEqual({ kind: 'unknown-repository' })
  })

  it('every tag has a size, a sha256 digest and a plan that starts', () => {
    for (const repo of CATALOGUE) {
      for (const tag of [...Object.keys(repo.tags), ...Object.keys(repo.aliases ?? {})]) {
        const image = `${repo.names[0]}:${tag}`
        const profile = profileFor(ref(image))!
        expect(profile.size, image).toBeGreaterThan(100_000)
        expect(profile.digest, image).toMatch(/^sha256:[0-9a-f]{64}$/)
        expect(plan({ image }).startError, image).toBeUndefined()
      }
    }
  })

  it('plans are deterministic for a seed', () => {
    const spec = { image: 'mysql:8', env: [{ name: 'MYSQL_ROOT_PASSWORD', value: 'x' }] }
    expect(plan(spec)).toEqual(plan(spec))
  })
})
