// How the registries a learner is likely to name answer containerd, and how fast they serve.
// Unknown hosts do not resolve; `k8s.gcr.io` redirects to registry.k8s.io (Kubernetes blog,
// "k8s.gcr.io Redirect to registry.k8s.io", March 2023).

/** What a registry answers for a repository or tag it does not have. */
export type MissingAnswer = 'not-found' | 'docker-hub-denied' | 'anonymous-token-401'

export interface Registry {
  missing: MissingAnswer
  /** Transfer rate range (bytes per second) a kind node on a laptop sees. */
  bytesPerSecond: readonly [number, number]
}

const REGISTRIES: Readonly<Record<string, Registry>> = {
  'docker.io': { missing: 'docker-hub-denied', bytesPerSecond: [8e6, 30e6] },
  'registry.k8s.io': { missing: 'not-found', bytesPerSecond: [12e6, 40e6] },
  'gcr.io': { missing: 'not-found', bytesPerSecond: [12e6, 40e6] },
  'quay.io': { missing: 'not-found', bytesPerSecond: [8e6, 30e6] },
  'ghcr.io': { missing: 'anonymous-token-401', bytesPerSecond: [8e6, 30e6] },
}

/** Hosts served by another registry's content (the catalogue is keyed by the target). */
const REDIRECTS: Readonly<Record<string, string>> = { 'k8s.gcr.io': 'registry.k8s.io' }

export type RegistryLookup =
  | { kind: 'registry'; domain: string; registry: Registry }
  | { kind: 'refused'; address: string; scheme: 'http' | 'https' }
  | { kind: 'unresolvable'; hostname: string }

/**
 * Classifies the registry host of a reference: a known registry (after redirects), a local
 * address nothing listens on (connection refused), or a name DNS cannot resolve.
 */
export function lookupRegistry(domain: string): RegistryLookup {
  const target = REDIRECTS[domain] ?? domain
  const registry = REGISTRIES[target]
  if (registry) return { kind: 'registry', domain: target, registry }
  const [host, port] = domain.startsWith('[') ? [domain.slice(0, domain.indexOf(']') + 1), domain.split(']:')[1]] : domain.split(':')
  const local = host === 'localhost' || host === '127.0.0.1' || host === '[::1]'
  if (local || /^\d+\.\d+\.\d+\.\d+$/.test(host) || host.startsWith('[')) {
    const ip = host === 'localhost' ? '127.0.0.1' : host
    return { kind: 'refused', address: `${ip}:${port ?? (local ? '80' : '443')}`, scheme: local ? 'http' : 'https' }
  }
  return { kind: 'unresolvable', hostname: host }
}
