// The image catalogue: which repositories and tags exist, and how each tag behaves.
import { busyboxRepository } from './busybox'
import { googleSampleRepositories } from './google-samples'
import { httpdRepository } from './httpd'
import { mysqlRepository } from './mysql'
import { nginxRepository } from './nginx'
import { postgresRepository } from './postgres'
import type { ImageReference } from './reference'
import { redisRepository } from './redis'
import { lookupRegistry } from './registries'
import { e2eRepositories, nginxSlimRepository, pauseRepository, zookeeperRepository } from './registry-k8s'
import { syntheticDigest } from './synthetic-digest'
import type { ImageRuntime, RepositoryDef } from './types'

/** One pullable image: a catalogued tag (or digest) of a repository, with its runtime model. */
export interface ImageProfile {
  reference: ImageReference
  /** Catalogue repository name (after registry redirects), e.g. `docker.io/library/nginx`. */
  repository: string
  /** The catalogue tag the reference resolved to (aliases followed). */
  tag: string
  /** Software version inside (what logs print). */
  version: string
  /** Compressed size in bytes (the kubelet's Pulled event "Image size"). */
  size: number
  /** Manifest digest, `sha256:...`. */
  digest: string
  /** What container status `imageID` shows: `<name as pulled>@<digest>`. */
  imageID: string
  runtime: ImageRuntime
}

export const CATALOGUE: readonly RepositoryDef[] = [
  nginxRepository,
  mysqlRepository,
  postgresRepository,
  redisRepository,
  busyboxRepository,
  httpdRepository,
  nginxSlimRepository,
  pauseRepository,
  zookeeperRepository,
  ...e2eRepositories,
  ...googleSampleRepositories,
]

const BY_NAME = new Map(CATALOGUE.flatMap((repo) => repo.names.map((name) => [name, repo] as const)))

export type CatalogueLookup =
  | { kind: 'found'; profile: ImageProfile }
  | { kind: 'unknown-tag'; repository: string }
  | { kind: 'unknown-repository' }

function digestOf(repository: string, tag: string, repo: RepositoryDef): string {
  return repo.tags[tag].digest ?? syntheticDigest(`${repository}:${tag}`)
}

/** Finds the catalogue tag a reference names: by tag (following aliases) or by digest. */
function resolveTag(repository: string, repo: RepositoryDef, ref: ImageReference): string | undefined {
  if (ref.digest) return Object.keys(repo.tags).find((tag) => digestOf(repository, tag, repo) === ref.digest)
  const tag = ref.tag ?? 'latest'
  const target = repo.aliases?.[tag] ?? tag
  return repo.tags[target] ? target : undefined
}

/** Looks a parsed reference up in the catalogue, following registry redirects (k8s.gcr.io). */
export function lookupImage(ref: ImageReference): CatalogueLookup {
  const registry = lookupRegistry(ref.domain)
  const domain = registry.kind === 'registry' ? registry.domain : ref.domain
  const repository = `${domain}/${ref.path}`
  const repo = BY_NAME.get(repository)
  if (!repo) return { kind: 'unknown-repository' }
  const tag = resolveTag(repository, repo, ref)
  if (tag === undefined) return { kind: 'unknown-tag', repository }
  const { version, size, runtime } = repo.tags[tag]
  const digest = digestOf(repository, tag, repo)
  const profile = { reference: ref, repository, tag, version, size, digest, imageID: `${ref.name}@${digest}`, runtime }
  return { kind: 'found', profile }
}

/** The profile of a catalogued image, or undefined for an image that does not exist. */
export function profileFor(ref: ImageReference): ImageProfile | undefined {
  const found = lookupImage(ref)
  return found.kind === 'found' ? found.profile : undefined
}
