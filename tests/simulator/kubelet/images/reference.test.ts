import { describe, expect, it } from 'vitest'
import { parseImageReference } from '@/simulator/controllers/kubelet/images/reference'

const HEX64 = 'f7988fb6c02e0ce69257d9bd9cf37ae20a60f1df7563c3a2a6abe24160306b8d'

describe('parseImageReference: valid references (distribution/reference normalisation)', () => {
  it.each([
    ['nginx', 'docker.io', 'library/nginx', undefined, 'nginx:latest', 'docker.io/library/nginx:latest'],
    ['nginx:1.14.2', 'docker.io', 'library/nginx', '1.14.2', 'nginx:1.14.2', 'docker.io/library/nginx:1.14.2'],
    ['registry.k8s.io/nginx-slim:0.24', 'registry.k8s.io', 'nginx-slim', '0.24', 'registry.k8s.io/nginx-slim:0.24', 'registry.k8s.io/nginx-slim:0.24'],
    ['bitnami/redis:7.2', 'docker.io', 'bitnami/redis', '7.2', 'bitnami/redis:7.2', 'docker.io/bitnami/redis:7.2'],
    ['docker.io/nginx', 'docker.io', 'library/nginx', undefined, 'docker.io/nginx:latest', 'docker.io/library/nginx:latest'],
    ['index.docker.io/library/mysql:5.7', 'docker.io', 'library/mysql', '5.7', 'index.docker.io/library/mysql:5.7', 'docker.io/library/mysql:5.7'],
    ['localhost:5000/app', 'localhost:5000', 'app', undefined, 'localhost:5000/app:latest', 'localhost:5000/app:latest'],
    ['localhost/app:v1', 'localhost', 'app', 'v1', 'localhost/app:v1', 'localhost/app:v1'],
    ['gcr.io/google-samples/xtrabackup:1.0', 'gcr.io', 'google-samples/xtrabackup', '1.0', 'gcr.io/google-samples/xtrabackup:1.0', 'gcr.io/google-samples/xtrabackup:1.0'],
    ['myregistry:5000/team/app:v1', 'myregistry:5000', 'team/app', 'v1', 'myregistry:5000/team/app:v1', 'myregistry:5000/team/app:v1'],
    ['MyOrg/app', 'MyOrg', 'app', undefined, 'MyOrg/app:latest', 'MyOrg/app:latest'],
    ['ubuntu:Latest_1.0', 'docker.io', 'library/ubuntu', 'Latest_1.0', 'ubuntu:Latest_1.0', 'docker.io/library/ubuntu:Latest_1.0'],
  ])('%s', (image, domain, path, tag, kubeletImage, canonical) => {
    const r = parseImageReference(image)
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.ref).toMatchObject({ domain, path, name: `${domain}/${path}`, kubeletImage, canonical })
    expect(r.ref.tag).toBe(tag)
  })

  it('keeps a digest, drops the tag from the canonical form and adds no default tag', () => {
    const r = parseImageReference(`nginx:1.14.2@sha256:${HEX64}`)
    expect(r.ok && r.ref).toMatchObject({
      tag: '1.14.2',
      digest: `sha256:${HEX64}`,
      kubeletImage: `nginx:1.14.2@sha256:${HEX64}`,
      canonical: `docker.io/library/nginx@sha256:${HEX64}`,
    })
  })
})

describe('parseImageReference: the kubelet InvalidImageName outcome', () => {
  const lowercase = 'invalid reference format: repository name (library/Nginx) must be lowercase'
  it.each([
    ['Nginx', lowercase],
    ['nginx:', 'invalid reference format'],
    ['nginx 1.14', 'invalid reference format'],
    ['', 'invalid reference format'],
    ['nginx:-1', 'invalid reference format'],
    ['nginx@sha256:abc', 'invalid reference format'],
    [`nginx@sha256:${HEX64.slice(0, 40)}`, 'invalid checksum digest length'],
    [`nginx@md5:${HEX64.slice(0, 32)}`, 'unsupported digest algorithm'],
    [`nginx@sha256:${HEX64.toUpperCase()}`, 'invalid checksum digest format'],
    [HEX64, `invalid repository name (${HEX64}), cannot specify 64-byte hexadecimal strings`],
    ['THIS IS NOT A VALID IMAGE REFERENCE!!', 'invalid reference format: repository name (library/THIS IS NOT A VALID IMAGE REFERENCE!!) must be lowercase'],
    ['ghcr.io/Org/App:v1', 'invalid reference format: repository name (Org/App) must be lowercase'],
  ])('%j', (image, cause) => {
    const r = parseImageReference(image)
    expect(r.ok).toBe(false)
    if (r.ok) return
    const message = `Failed to apply default image tag ${JSON.stringify(image)}: couldn't parse image name ${JSON.stringify(image)}: ${cause}`
    expect(r.invalid).toEqual({
      reason: 'InvalidImageName',
      message,
      events: [
        { type: 'Warning', reason: 'InspectFailed', message },
        { type: 'Warning', reason: 'Failed', message: 'Error: InvalidImageName' },
      ],
    })
  })
})
