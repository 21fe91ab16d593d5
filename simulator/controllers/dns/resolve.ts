// Cluster DNS as CoreDNS's kubernetes plugin answers it: Service names resolve to the cluster
// IP, or for headless Services to each ready endpoint; `<hostname>.<service>` names resolve to
// one ready pod of a headless Service. Readiness comes from the Endpoints object, so a name
// exists only while the Service exists and the pod is ready. Pure reads of the store.
import { CLUSTER_DNS_IP } from '../../engine/default-cluster'
import type { Store } from '../../engine/store'

export const CLUSTER_DOMAIN = 'cluster.local'

export interface DnsAnswer {
  /** The fully qualified name that answered. */
  fqdn: string
  addresses: { ip: string; name?: string }[]
}

/** The search list a pod in `namespace` gets (ClusterFirst DNS policy). */
export const searchPath = (namespace: string) => [`${namespace}.svc.${CLUSTER_DOMAIN}`, `svc.${CLUSTER_DOMAIN}`, CLUSTER_DOMAIN]

/** Resolves `name` as a pod in `namespace` would (search path, ndots 5); undefined is NXDOMAIN. */
export function resolve(store: Store, name: string, namespace: string): DnsAnswer | undefined {
  const bare = name.endsWith('.') ? name.slice(0, -1) : name
  const candidates = name.endsWith('.') || bare.split('.').length > 5 ? [bare] : [...searchPath(namespace).map((s) => `${bare}.${s}`), bare]
  for (const fqdn of candidates) {
    const answer = lookup(store, fqdn)
    if (answer) return answer
  }
  return undefined
}

function lookup(store: Store, fqdn: string): DnsAnswer | undefined {
  const suffix = `.svc.${CLUSTER_DOMAIN}`
  if (!fqdn.endsWith(suffix)) return undefined
  const labels = fqdn.slice(0, -suffix.length).split('.')
  if (labels.length === 2) return serviceAnswer(store, fqdn, labels[0], labels[1])
  if (labels.length === 3) return hostAnswer(store, fqdn, labels[0], labels[1], labels[2])
  return undefined
}

function readyAddresses(store: Store, service: string, namespace: string): { ip: string; hostname?: string }[] {
  const endpoints = store.get({ kind: 'Endpoints', namespace, name: service })
  return (endpoints?.subsets ?? []).flatMap((s: { addresses?: { ip: string; hostname?: string }[] }) => s.addresses ?? [])
}

function serviceAnswer(store: Store, fqdn: string, name: string, namespace: string): DnsAnswer | undefined {
  const service = store.get({ kind: 'Service', namespace, name })
  if (!service) return undefined
  if (service.spec?.clusterIP && service.spec.clusterIP !== 'None') return { fqdn, addresses: [{ ip: service.spec.clusterIP, name: fqdn }] }
  const addresses = readyAddresses(store, name, namespace).map((a) => ({
    ip: a.ip,
    name: `${a.hostname ?? a.ip.replaceAll('.', '-')}.${name}.${namespace}.svc.${CLUSTER_DOMAIN}`,
  }))
  return addresses.length > 0 ? { fqdn, addresses } : undefined
}

function hostAnswer(store: Store, fqdn: string, host: string, name: string, namespace: string): DnsAnswer | undefined {
  const service = store.get({ kind: 'Service', namespace, name })
  if (!service || service.spec?.clusterIP !== 'None') return undefined
  const match = readyAddresses(store, name, namespace).filter((a) => a.hostname === host)
  return match.length > 0 ? { fqdn, addresses: match.map((a) => ({ ip: a.ip })) } : undefined
}

const pad = (label: string) => label.padEnd(11)

/**
 * busybox 1.28's `nslookup NAME` output (the upstream StatefulSet tutorial's image), and its
 * exit code: the server block, then the answer or `nslookup: can't resolve 'NAME'`.
 */
export function nslookupBusybox128(store: Store, name: string, namespace: string): { stdout: string; stderr: string; exitCode: number } {
  const server = `${pad('Server:')}${CLUSTER_DNS_IP}\nAddress 1: ${CLUSTER_DNS_IP} kube-dns.kube-system.svc.${CLUSTER_DOMAIN}\n\n`
  const answer = resolve(store, name, namespace)
  if (!answer) return { stdout: server, stderr: `nslookup: can't resolve '${name}'\n`, exitCode: 1 }
  const lines = answer.addresses.map((a, i) => `Address ${i + 1}: ${a.ip}${a.name ? ` ${a.name}` : ''}`)
  return { stdout: `${server}${pad('Name:')}${name}\n${lines.join('\n')}\n`, stderr: '', exitCode: 0 }
}
