// Image reference parsing as the kubelet and containerd do it.
// mirrors distribution/reference normalize.go (ParseNormalizedNamed, splitDockerDomain),
// reference.go (Parse) and regexp.go; opencontainers/go-digest (Digest.Validate);
// kubernetes/kubernetes pkg/util/parsers/parsers.go (ParseImageName) and
// pkg/kubelet/images/image_manager.go (applyDefaultImageTag, the InspectFailed event).
import { goQuote } from '../../../engine/admission/go-format'

/** A parsed, normalised image reference. */
export interface ImageReference {
  /** The string from the Pod spec. */
  original: string
  /** Registry host (`docker.io`, `registry.k8s.io`, `localhost:5000`). */
  domain: string
  /** Repository path on that host (`library/nginx`). */
  path: string
  /** `domain/path`, e.g. `docker.io/library/nginx`. */
  name: string
  tag?: string
  digest?: string
  /** What the kubelet hands the runtime: the original plus `:latest` when it has no tag or digest. */
  kubeletImage: string
  /** containerd's form: `name@digest` when digested, else `name:tag` (`docker.io/library/nginx:latest`). */
  canonical: string
}

/** The kubelet's InvalidImageName outcome: container waiting state plus the events it records. */
export interface InvalidImageName {
  reason: 'InvalidImageName'
  message: string
  events: readonly { type: 'Warning'; reason: 'InspectFailed' | 'Failed'; message: string }[]
}

export type ParseResult = { ok: true; ref: ImageReference } | { ok: false; invalid: InvalidImageName }

const ALNUM = '[a-z0-9]+'
const SEPARATOR = '(?:[._]|__|[-]+)'
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])'
const HOST = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[(?:[a-fA-F0-9:]+)\\])`
const DOMAIN_AND_PORT = `${HOST}(?::[0-9]+)?`
const TAG = '[\\w][\\w.-]{0,127}'
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9A-Fa-f]{32,}'
const PATH_COMPONENT = `${ALNUM}(?:${SEPARATOR}${ALNUM})*`
const REMOTE_NAME = `${PATH_COMPONENT}(?:/${PATH_COMPONENT})*`
const NAME = `(?:${DOMAIN_AND_PORT}/)?${REMOTE_NAME}`
const REFERENCE_RE = new RegExp(`^(${NAME})(?::(${TAG}))?(?:@(${DIGEST}))?$`)
const ANCHORED_NAME_RE = new RegExp(`^(?:(${DOMAIN_AND_PORT})/)?(${REMOTE_NAME})$`)
const IDENTIFIER_RE = /^[a-f0-9]{64}$/
const DIGEST_ANCHORED_RE = new RegExp(`^${DIGEST}$`)
/** Hash sizes in bytes of the algorithms the kubelet links in (crypto/sha256, crypto/sha512). */
const DIGEST_BYTES: Record<string, number> = { sha256: 32, sha384: 48, sha512: 64 }
const NAME_MAX = 255

/** Splits a familiar name into registry host and path, adding `docker.io` and `library/`. */
export function splitDockerDomain(name: string): { domain: string; remainder: string } {
  const slash = name.indexOf('/')
  if (slash < 0) return { domain: 'docker.io', remainder: `library/${name}` }
  const first = name.slice(0, slash)
  const rest = name.slice(slash + 1)
  let domain = 'docker.io'
  let remainder = name
  if (first === 'index.docker.io') {
    remainder = rest
  } else if (first === 'localhost' || /[.:]/.test(first) || first.toLowerCase() !== first) {
    domain = first
    remainder = rest
  }
  if (domain === 'docker.io' && !remainder.includes('/')) remainder = `library/${remainder}`
  return { domain, remainder }
}

/** go-digest Digest.Validate: null when valid, else its error text. */
function validateDigest(digest: string): string | null {
  const colon = digest.indexOf(':')
  if (colon <= 0 || colon + 1 === digest.length) return 'invalid checksum digest format'
  const bytes = DIGEST_BYTES[digest.slice(0, colon)]
  if (bytes === undefined) {
    return DIGEST_ANCHORED_RE.test(digest) ? 'unsupported digest algorithm' : 'invalid checksum digest format'
  }
  const encoded = digest.slice(colon + 1)
  if (encoded.length !== bytes * 2) return 'invalid checksum digest length'
  return /^[a-f0-9]+$/.test(encoded) ? null : 'invalid checksum digest format'
}

type Parsed = { domain: string; path: string; tag?: string; digest?: string }

/** reference.Parse on an already domain-qualified string; returns the error text on failure. */
function parseQualified(s: string): Parsed | string {
  const m = REFERENCE_RE.exec(s)
  if (!m) {
    const lower = s.toLowerCase()
    if (lower !== s && REFERENCE_RE.test(lower)) return 'repository name must be lowercase'
    return 'invalid reference format'
  }
  const name = ANCHORED_NAME_RE.exec(m[1])
  const domain = name?.[1] ?? ''
  const path = name?.[2] ?? m[1]
  if (path.length > NAME_MAX) return `repository name must not be more than ${NAME_MAX} characters`
  if (m[3] !== undefined) {
    const problem = validateDigest(m[3])
    if (problem) return problem
  }
  return { domain, path, tag: m[2], digest: m[3] }
}

/** distribution/reference ParseNormalizedNamed: the parsed parts, or the library's error text. */
export function parseNormalizedNamed(s: string): Parsed | string {
  if (IDENTIFIER_RE.test(s)) {
    return `invalid repository name (${s}), cannot specify 64-byte hexadecimal strings`
  }
  const { domain, remainder } = splitDockerDomain(s)
  const colon = remainder.indexOf(':')
  const remote = colon < 0 ? remainder : remainder.slice(0, colon)
  if (remote.toLowerCase() !== remote) {
    return `invalid reference format: repository name (${remote}) must be lowercase`
  }
  return parseQualified(`${domain}/${remainder}`)
}

/** The kubelet's message for an image it cannot parse (image_manager.go EnsureImageExists). */
export function invalidImageName(image: string, parseError: string): InvalidImageName {
  const message = `Failed to apply default image tag ${goQuote(image)}: couldn't parse image name ${goQuote(image)}: ${parseError}`
  return {
    reason: 'InvalidImageName',
    message,
    events: [
      { type: 'Warning', reason: 'InspectFailed', message },
      { type: 'Warning', reason: 'Failed', message: 'Error: InvalidImageName' },
    ],
  }
}

/**
 * Parses the `image` of a container the way the kubelet does before asking containerd to pull it.
 * An unparsable reference yields the kubelet's InvalidImageName state and events; the container
 * then stays Waiting with that reason and no pull is attempted.
 */
export function parseImageReference(image: string): ParseResult {
  const parsed = parseNormalizedNamed(image)
  if (typeof parsed === 'string') return { ok: false, invalid: invalidImageName(image, parsed) }
  const { domain, path, tag, digest } = parsed
  const name = `${domain}/${path}`
  const defaultTag = tag ?? (digest ? undefined : 'latest')
  const needsTag = !digest && defaultTag !== undefined && !image.endsWith(`:${defaultTag}`)
  return {
    ok: true,
    ref: {
      original: image,
      domain,
      path,
      name,
      tag,
      digest,
      kubeletImage: needsTag ? `${image}:${defaultTag}` : image,
      canonical: digest ? `${name}@${digest}` : `${name}:${tag ?? 'latest'}`,
    },
  }
}
