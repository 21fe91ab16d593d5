// Container resource requirements: resource names, quantities, requests against limits.
// Mirrors ValidateResourceRequirements, validateContainerResourceName and
// ValidateResourceQuantityValue in kubernetes/kubernetes pkg/apis/core/validation/validation.go,
// and the resource-name helpers of pkg/apis/core/helper/helpers.go (1.31).
import { invalid, required, type FieldError } from './field-errors'
import { compareGoStrings } from './go-format'
import { isQualifiedName } from './name-rules'
import { compareQuantities, parseQuantity, quantityToString, scaledValue, type Quantity } from './quantity'
import { asObj, asStr } from './validate-meta'

const standardResources = new Set([
  'cpu', 'memory', 'ephemeral-storage', 'requests.cpu', 'requests.memory', 'requests.ephemeral-storage',
  'limits.cpu', 'limits.memory', 'limits.ephemeral-storage', 'pods', 'resourcequotas', 'services',
  'replicationcontrollers', 'secrets', 'configmaps', 'persistentvolumeclaims', 'storage', 'requests.storage',
  'services.nodeports', 'services.loadbalancers',
])
const integerResources = new Set([
  'pods', 'resourcequotas', 'services', 'replicationcontrollers', 'secrets', 'configmaps',
  'persistentvolumeclaims', 'services.nodeports', 'services.loadbalancers',
])

const isHugePages = (name: string) => name.startsWith('hugepages-')
export const isNativeResource = (name: string) => !name.includes('/') || name.includes('kubernetes.io/')
const isExtended = (name: string) =>
  !isNativeResource(name) && !name.startsWith('requests.') && isQualifiedName(`requests.${name}`).length === 0
const isOvercommitAllowed = (name: string) => isNativeResource(name) && !isHugePages(name)
const isIntegerResource = (name: string) => integerResources.has(name) || isExtended(name)

function validateContainerResourceName(name: string, path: string): FieldError[] {
  const errs = isQualifiedName(name).map((m) => invalid(path, name, m))
  if (errs.length > 0) return errs
  if (!name.includes('/')) {
    if (!standardResources.has(name) && !isHugePages(name) && !name.startsWith('requests.hugepages-')) {
      return [invalid(path, name, 'must be a standard resource type or fully qualified')]
    }
    if (!['cpu', 'memory', 'ephemeral-storage'].includes(name) && !isHugePages(name)) {
      return [invalid(path, name, 'must be a standard resource for containers')]
    }
  } else if (!isNativeResource(name) && !isExtended(name)) {
    return [invalid(path, name, "doesn't follow extended resource name standard")]
  }
  return []
}

function parsed(value: unknown): Quantity {
  const r = parseQuantity(asStr(value) || '0')
  return r.ok ? r.quantity : { unscaled: 0n, exp: 0, format: 'DecimalSI' }
}

/** ValidateResourceQuantityValue: not negative; whole numbers for integer resources. */
export function validateResourceQuantityValue(name: string, q: Quantity, path: string): FieldError[] {
  const errs: FieldError[] = []
  if (q.unscaled < 0n) errs.push(invalid(path, quantityToString(q), 'must be greater than or equal to 0'))
  if (isIntegerResource(name) && scaledValue(q, -3) % 1000n !== 0n) errs.push(invalid(path, quantityToString(q), 'must be an integer'))
  return errs
}

/** ValidateResourceRequirements for a container's `resources` at `path`. */
export function validateResourceRequirements(resources: unknown, path: string): FieldError[] {
  const errs: FieldError[] = []
  const limits = asObj(asObj(resources).limits)
  const requests = asObj(asObj(resources).requests)
  let limitsCpuOrMemory = false
  let requestsCpuOrMemory = false
  let hugePages = false
  for (const name of Object.keys(limits).sort(compareGoStrings)) {
    errs.push(...validateContainerResourceName(name, `${path}.limits[${name}]`))
    errs.push(...validateResourceQuantityValue(name, parsed(limits[name]), `${path}.limits[${name}]`))
    hugePages ||= isHugePages(name)
    limitsCpuOrMemory ||= name === 'cpu' || name === 'memory'
  }
  for (const name of Object.keys(requests).sort(compareGoStrings)) {
    const q = parsed(requests[name])
    errs.push(...validateContainerResourceName(name, `${path}.requests[${name}]`))
    errs.push(...validateResourceQuantityValue(name, q, `${path}.requests[${name}]`))
    if (name in limits) {
      const limit = parsed(limits[name])
      const cmp = compareQuantities(q, limit)
      if (cmp !== 0 && !isOvercommitAllowed(name)) {
        errs.push(invalid(`${path}.requests`, quantityToString(q), `must be equal to ${name} limit of ${quantityToString(limit)}`))
      } else if (cmp > 0) {
        errs.push(invalid(`${path}.requests`, quantityToString(q), `must be less than or equal to ${name} limit of ${quantityToString(limit)}`))
      }
    } else if (!isOvercommitAllowed(name)) {
      errs.push(required(`${path}.limits`, 'Limit must be set for non overcommitable resources'))
    }
    hugePages ||= isHugePages(name)
    requestsCpuOrMemory ||= name === 'cpu' || name === 'memory'
  }
  if (!limitsCpuOrMemory && !requestsCpuOrMemory && hugePages) {
    errs.push({ type: 'FieldValueForbidden', field: path, badValue: '', detail: 'HugePages require cpu or memory' })
  }
  return errs
}
