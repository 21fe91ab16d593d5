// rollingUpdate.maxUnavailable through admission, with the MaxUnavailableStatefulSet gate on and
// off: SetDefaults_StatefulSet, dropStatefulSetDisabledFields and validateRollingUpdateStatefulSet
// (kubernetes/kubernetes pkg/apis/apps/v1/defaults.go, pkg/registry/apps/statefulset/strategy.go,
// pkg/apis/apps/validation/validation.go, 1.31), then what kubectl shows of it.
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { admitCreate, admitUpdate, type AdmitContext } from '@/simulator/engine/admission/admit'
import { resolveFeatureGates } from '@/simulator/engine/feature-gates'
import { createCluster } from '@/simulator/index'
import type { KubeObject } from '@/simulator/objects/meta'
import { guideDatabase } from './guide-manifests'

/** A parsed YAML document (yaml's parse returns untyped JSON). */
type Manifest = ReturnType<typeof parse>

const on: AdmitContext = { featureGates: resolveFeatureGates({ MaxUnavailableStatefulSet: true }) }
const off: AdmitContext = {}

function withStrategy(updateStrategy: unknown): Manifest {
  const raw = parse(guideDatabase)
  if (updateStrategy === undefined) delete raw.spec.updateStrategy
  else raw.spec.updateStrategy = updateStrategy
  return raw
}

function stored(raw: unknown, ctx: AdmitContext): KubeObject {
  const r = admitCreate(raw, ctx)
  if (!r.ok) throw new Error(r.error.message)
  return { ...r.object, metadata: { ...r.object.metadata, uid: 'uid-1', resourceVersion: '41', creationTimestamp: '2024-09-02T10:00:00Z' } }
}

function causes(raw: unknown, ctx: AdmitContext): string[] {
  const r = admitCreate(raw, ctx)
  if (r.ok) return []
  return (r.error.details?.causes ?? []).map((c) => `${c.field}: ${c.message}`)
}

describe('maxUnavailable defaults', () => {
  it.each([
    ['no updateStrategy', undefined, { type: 'RollingUpdate', rollingUpdate: { partition: 0, maxUnavailable: 1 } }],
    ['an empty rollingUpdate', { type: 'RollingUpdate', rollingUpdate: {} }, { type: 'RollingUpdate', rollingUpdate: { partition: 0, maxUnavailable: 1 } }],
    ['only type: RollingUpdate (rollingUpdate stays nil)', { type: 'RollingUpdate' }, { type: 'RollingUpdate' }],
    ['OnDelete', { type: 'OnDelete' }, { type: 'OnDelete' }],
    ['a percentage', { rollingUpdate: { maxUnavailable: '25%', partition: 1 } }, { type: 'RollingUpdate', rollingUpdate: { partition: 1, maxUnavailable: '25%' } }],
  ])('with the gate on, %s', (_, strategy, expected) => {
    expect(stored(withStrategy(strategy), on).spec.updateStrategy).toEqual(expected)
  })

  it('with the gate off, neither defaults nor keeps it', () => {
    expect(stored(withStrategy(undefined), off).spec.updateStrategy).toEqual({ type: 'RollingUpdate', rollingUpdate: { partition: 0 } })
    expect(stored(withStrategy({ rollingUpdate: { maxUnavailable: 3 } }), off).spec.updateStrategy).toEqual({ type: 'RollingUpdate', rollingUpdate: { partition: 0 } })
  })

  it('with the gate off, keeps a value already in use (maxUnavailableInUse) and drops a new one', () => {
    const inUse = stored(withStrategy({ rollingUpdate: { maxUnavailable: 2 } }), on)
    const changed = { ...inUse, spec: { ...inUse.spec, updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 0, maxUnavailable: 3 } } } }
    const kept = admitUpdate(inUse, changed, off)
    expect(kept.ok && kept.object.spec.updateStrategy.rollingUpdate).toEqual({ partition: 0, maxUnavailable: 3 })
    const notInUse = stored(withStrategy(undefined), off)
    const added = admitUpdate(notInUse, { ...notInUse, spec: { ...notInUse.spec, updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 0, maxUnavailable: 3 } } } }, off)
    expect(added.ok && added.object.spec.updateStrategy.rollingUpdate).toEqual({ partition: 0 })
  })
})

describe('maxUnavailable validation', () => {
  const field = 'spec.updateStrategy.rollingUpdate.maxUnavailable'
  const percentError =
    "a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')"

  it.each([
    [0, [`${field}: Invalid value: intstr.IntOrString{Type:0, IntVal:0, StrVal:""}: cannot be 0`]],
    [-1, [`${field}: Invalid value: -1: must be greater than or equal to 0`]],
    ['0%', [`${field}: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:"0%"}: cannot be 0`]],
    ['101%', [`${field}: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:"101%"}: must not be greater than 100%`]],
    ['2', [`${field}: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:"2"}: ${percentError}`]],
    [
      'half',
      [
        `${field}: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:"half"}: ${percentError}`,
        `${field}: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:"half"}: cannot be 0`,
      ],
    ],
  ])('rejects %j with the gate on', (value, expected) => {
    expect(causes(withStrategy({ type: 'RollingUpdate', rollingUpdate: { maxUnavailable: value } }), on)).toEqual(expected)
  })

  it.each([1, 7, '1%', '100%'])('accepts %j', (value) => {
    expect(causes(withStrategy({ type: 'RollingUpdate', rollingUpdate: { maxUnavailable: value } }), on)).toEqual([])
  })

  it('never sees the field with the gate off: it is dropped before validation', () => {
    expect(causes(withStrategy({ type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0 } }), off)).toEqual([])
  })
})

describe('maxUnavailable as kubectl shows it', () => {
  const manifest = (maxUnavailable: string) =>
    `apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: web}\nspec:\n  serviceName: nginx\n  replicas: 1\n  updateStrategy:\n    rollingUpdate: {maxUnavailable: ${maxUnavailable}}\n  selector: {matchLabels: {app: nginx}}\n  template:\n    metadata: {labels: {app: nginx}}\n    spec:\n      containers: [{name: nginx, image: registry.k8s.io/nginx-slim:0.24}]\n`
  const updateStrategyYaml = (gate: boolean, maxUnavailable: string) => {
    const cluster = createCluster({ seed: 4, files: { 'web.yaml': manifest(maxUnavailable) }, featureGates: { MaxUnavailableStatefulSet: gate } })
    expect(cluster.run('kubectl apply -f web.yaml').output).toBe('statefulset.apps/web created\n')
    const yaml = cluster.run('kubectl get sts web -o yaml').output
    return yaml.slice(yaml.indexOf('  updateStrategy:'), yaml.indexOf('status:'))
  }

  it('prints it under rollingUpdate with the gate on, and not at all with it off', () => {
    expect(updateStrategyYaml(true, '"50%"')).toBe('  updateStrategy:\n    rollingUpdate:\n      maxUnavailable: 50%\n      partition: 0\n    type: RollingUpdate\n')
    expect(updateStrategyYaml(false, '"50%"')).toBe('  updateStrategy:\n    rollingUpdate:\n      partition: 0\n    type: RollingUpdate\n')
  })

  it('rejects maxUnavailable: 0 with the server text', () => {
    const cluster = createCluster({ seed: 4, files: { 'web.yaml': manifest('0') }, featureGates: { MaxUnavailableStatefulSet: true } })
    expect(cluster.run('kubectl apply -f web.yaml')).toEqual({
      output: 'The StatefulSet "web" is invalid: spec.updateStrategy.rollingUpdate.maxUnavailable: Invalid value: intstr.IntOrString{Type:0, IntVal:0, StrVal:""}: cannot be 0\n',
      exitCode: 1,
    })
  })
})
