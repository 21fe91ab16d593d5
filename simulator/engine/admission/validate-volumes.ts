// Pod volume validation: names, exactly one source per volume, and the checks of the
// common sources. Mirrors ValidateVolumes and validateVolumeSource in kubernetes/kubernetes
// pkg/apis/core/validation/validation.go (1.31); sources not listed in `checks` are only counted.
import { duplicate, forbidden, invalid, notSupported, required, type FieldError } from './field-errors'
import { validateDNS1123Label, validateLocalDescendingPath } from './validate-container'
import { asArr, asNum, asObj, asStr, isSet, type Obj } from './validate-meta'

/** VolumeSource members in the order validateVolumeSource tests them. */
const sourceOrder = [
  'emptyDir', 'hostPath', 'gitRepo', 'gcePersistentDisk', 'awsElasticBlockStore', 'secret', 'nfs', 'iscsi',
  'glusterfs', 'persistentVolumeClaim', 'rbd', 'flexVolume', 'cinder', 'cephfs', 'flocker', 'downwardAPI', 'fc',
  'azureFile', 'configMap', 'vsphereVolume', 'quobyte', 'azureDisk', 'photonPersistentDisk', 'projected',
  'portworxVolume', 'scaleIO', 'storageos', 'csi', 'ephemeral',
]

const hostPathTypes = ['', 'BlockDevice', 'CharDevice', 'Directory', 'DirectoryOrCreate', 'File', 'FileOrCreate', 'Socket']
const fileModeError = 'must be a number between 0 and 0777 (octal), both inclusive'

function validateMode(source: Obj, path: string): FieldError[] {
  if (!isSet(source.defaultMode)) return []
  const mode = asNum(source.defaultMode)
  return mode > 0o777 || mode < 0 ? [invalid(`${path}.defaultMode`, mode, fileModeError)] : []
}

function validateItems(source: Obj, path: string): FieldError[] {
  return asArr(source.items)
    .map(asObj)
    .flatMap((kp, i) => {
      const p = `${path}.items[${i}]`
      const errs: FieldError[] = []
      if (!asStr(kp.key)) errs.push(required(`${p}.key`))
      if (!asStr(kp.path)) errs.push(required(`${p}.path`))
      errs.push(...validateLocalDescendingPath(asStr(kp.path), `${p}.path`))
      if (asStr(kp.path).startsWith('..')) errs.push(invalid(`${p}.path`, asStr(kp.path), "must not start with '..'"))
      if (isSet(kp.mode) && (asNum(kp.mode) > 0o777 || asNum(kp.mode) < 0)) errs.push(invalid(`${p}.mode`, asNum(kp.mode), fileModeError))
      return errs
    })
}

const checks: Record<string, (source: Obj, path: string) => FieldError[]> = {
  hostPath: (s, p) => {
    const path = asStr(s.path)
    if (!path) return [required(`${p}.path`)]
    const errs = path.split('/').includes('..') ? [invalid(`${p}.path`, path, "must not contain '..'")] : []
    if (isSet(s.type) && !hostPathTypes.includes(asStr(s.type))) errs.push(notSupported(`${p}.type`, asStr(s.type), hostPathTypes))
    return errs
  },
  secret: (s, p) => [...(asStr(s.secretName) ? [] : [required(`${p}.secretName`)]), ...validateMode(s, p), ...validateItems(s, p)],
  configMap: (s, p) => [...(asStr(s.name) ? [] : [required(`${p}.name`)]), ...validateMode(s, p), ...validateItems(s, p)],
  nfs: (s, p) => {
    const errs: FieldError[] = []
    if (!asStr(s.server)) errs.push(required(`${p}.server`))
    if (!asStr(s.path)) errs.push(required(`${p}.path`))
    if (!asStr(s.path).startsWith('/')) errs.push(invalid(`${p}.path`, asStr(s.path), 'must be an absolute path'))
    return errs
  },
  persistentVolumeClaim: (s, p) => (asStr(s.claimName) ? [] : [required(`${p}.claimName`)]),
}

function validateVolumeSource(volume: Obj, path: string): FieldError[] {
  const errs: FieldError[] = []
  let count = 0
  for (const key of sourceOrder) {
    if (!isSet(volume[key])) continue
    if (count > 0) {
      errs.push(forbidden(`${path}.${key}`, 'may not specify more than 1 volume type'))
      continue
    }
    count++
    const check = checks[key]
    if (check) errs.push(...check(asObj(volume[key]), `${path}.${key}`))
  }
  if (count === 0) errs.push(required(path, 'must specify a volume type'))
  return errs
}

/** ValidateVolumes: the errors, and the names of the volumes that passed (what mounts may name). */
export function validateVolumes(volumes: unknown, path: string): { names: Set<string>; errs: FieldError[] } {
  const names = new Set<string>()
  const errs: FieldError[] = []
  asArr(volumes).map(asObj).forEach((volume, i) => {
    const p = `${path}[${i}]`
    const name = asStr(volume.name)
    const el = validateVolumeSource(volume, p)
    if (!name) el.push(required(`${p}.name`))
    else el.push(...validateDNS1123Label(name, `${p}.name`))
    if (names.has(name)) el.push(duplicate(`${p}.name`, name))
    if (el.length === 0) names.add(name)
    else errs.push(...el)
  })
  return { names, errs }
}
