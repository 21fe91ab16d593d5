import { describe, expect, it } from 'vitest'
import { formatGoDuration } from '@/simulator/controllers/kubelet/images/go-duration'
import { pullError, pullImage, pulledMessage } from '@/simulator/controllers/kubelet/images/pull'
import { parseImageReference } from '@/simulator/controllers/kubelet/images/reference'
import { seeded } from './helpers'

function errorFor(image: string): string | undefined {
  const r = parseImageReference(image)
  if (!r.ok) throw new Error(r.invalid.message)
  return pullError(r.ref)
}

describe('pull errors (containerd 2.x text as the kubelet reports it)', () => {
  it('unknown tag of a known repository: NotFound keeps its gRPC prefix', () => {
    expect(errorFor('nginx:nope')).toBe(
      'rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/library/nginx:nope": ' +
        'failed to resolve reference "docker.io/library/nginx:nope": docker.io/library/nginx:nope: not found',
    )
  })

  it('unknown repository on Docker Hub: pull access denied, without the Unknown-code prefix', () => {
    expect(errorFor('foo')).toBe(
      'failed to pull and unpack image "docker.io/library/foo:latest": failed to resolve reference "docker.io/library/foo:latest": ' +
        'pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
    )
  })

  it('registry.k8s.io and gcr.io answer not found for repositories and tags alike', () => {
    expect(errorFor('registry.k8s.io/nginx-slim:0.99')).toMatch(/^rpc error: code = NotFound desc = .*registry\.k8s\.io\/nginx-slim:0\.99: not found$/)
    expect(errorFor('registry.k8s.io/kube-contro1ler-manager:v1.26.0')).toMatch(/: not found$/)
    expect(errorFor('gcr.io/google_samples/gb-frontend:v4')).toMatch(/gcr\.io\/google_samples\/gb-frontend:v4: not found$/)
  })

  it('an unresolvable registry host fails in DNS', () => {
    expect(errorFor('nfs-server.example.com/tools/app:1.0')).toBe(
      'failed to pull and unpack image "nfs-server.example.com/tools/app:1.0": failed to resolve reference "nfs-server.example.com/tools/app:1.0": ' +
        'failed to do request: Head "https://nfs-server.example.com/v2/tools/app/manifests/1.0": dial tcp: lookup nfs-server.example.com on 172.18.0.1:53: no such host',
    )
  })

  it('ghcr.io refuses the anonymous token for a repository it does not have', () => {
    expect(errorFor('ghcr.io/acme/api:v2')).toMatch(
      /failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https:\/\/ghcr\.io\/token\?scope=repository%3Aacme%2Fapi%3Apull&service=ghcr\.io: 401 Unauthorized$/,
    )
  })

  it('a local registry that is not running refuses the connection', () => {
    expect(errorFor('localhost:5000/app')).toMatch(/Head "http:\/\/localhost:5000\/v2\/app\/manifests\/latest": dial tcp 127\.0\.0\.1:5000: connect: connection refused$/)
  })

  it('k8s.gcr.io redirects to registry.k8s.io, so the old tutorial image still pulls', () => {
    expect(errorFor('k8s.gcr.io/nginx-slim:0.8')).toBeUndefined()
    expect(errorFor('gcr.io/google_containers/nginx-slim:0.8')).toMatch(/: not found$/)
  })

  it('digests pull only when catalogued', () => {
    expect(errorFor('nginx@sha256:f7988fb6c02e0ce69257d9bd9cf37ae20a60f1df7563c3a2a6abe24160306b8d')).toBeUndefined()
    expect(errorFor(`nginx@sha256:${'0'.repeat(64)}`)).toMatch(/docker\.io\/library\/nginx@sha256:0{64}: not found$/)
  })
})

describe('pullImage', () => {
  it('reports the Failed event text for a missing tag', () => {
    const out = pullImage('nginx:nope', { rand: seeded() })
    expect(out.kind).toBe('failed')
    if (out.kind === 'failed') expect(out.message).toBe(`Failed to pull image "nginx:nope": ${out.error}`)
  })

  it('returns InvalidImageName without contacting the runtime', () => {
    expect(pullImage('Nginx', { rand: seeded() }).kind).toBe('invalid')
  })

  it('takes longer for bigger images and is deterministic for a seed', () => {
    const small = pullImage('busybox:1.28', { rand: seeded(3) })
    const big = pullImage('mysql:8.0', { rand: seeded(3) })
    if (small.kind !== 'pulled' || big.kind !== 'pulled') throw new Error('expected pulls')
    expect(small.pullMs).toBeLessThan(2000)
    expect(big.pullMs).toBeGreaterThan(5000)
    expect(pullImage('mysql:8.0', { rand: seeded(3) })).toEqual(big)
    expect(big.message).toMatch(/^Successfully pulled image "mysql:8\.0" in \d+(\.\d+)?s \(\d+(\.\d+)?s including waiting\)\. Image size: 166083542 bytes\.$/)
  })

  it('adds queueing to the "including waiting" duration', () => {
    const out = pullImage('nginx:1.14.2', { rand: seeded(), waitedMs: 2500 })
    if (out.kind !== 'pulled') throw new Error('expected a pull')
    expect(out.totalMs).toBe(out.pullMs + 2500)
    expect(out.profile.imageID).toBe('docker.io/library/nginx@sha256:f7988fb6c02e0ce69257d9bd9cf37ae20a60f1df7563c3a2a6abe24160306b8d')
  })

  it('formats the Pulled event like kubelet 1.31', () => {
    expect(pulledMessage('registry.k8s.io/nginx-slim:0.24', 3412, 3412, 9011243)).toBe(
      'Successfully pulled image "registry.k8s.io/nginx-slim:0.24" in 3.412s (3.412s including waiting). Image size: 9011243 bytes.',
    )
  })
})

describe('formatGoDuration (time.Duration.String, truncated to ms)', () => {
  it.each([
    [0, '0s'],
    [812, '812ms'],
    [1000, '1s'],
    [3412, '3.412s'],
    [3410, '3.41s'],
    [62500, '1m2.5s'],
    [120000, '2m0s'],
    [3600000, '1h0m0s'],
    [4_016_162.9, '1h6m56.162s'],
  ])('%d ms → %s', (ms, text) => {
    expect(formatGoDuration(ms)).toBe(text)
  })
})
