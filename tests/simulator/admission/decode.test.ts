import { describe, expect, it } from 'vitest'
import { parse, parseAllDocuments } from 'yaml'
import { admitCreate, admitUpdate } from '@/simulator/engine/admission/admit'
import { decodeObject } from '@/simulator/engine/admission/decode'
import { structOf } from '@/simulator/engine/admission/schema'
import { kubectlInvalidText, kubectlMappingText } from '@/simulator/engine/admission/status-errors'
import {
  guideClaim,
  guideDatabase,
  guidePersistentVolume,
  guideSharedStorage,
  guideStatefulSet,
  tutorialDatabase,
  tutorialQuorum,
} from './guide-manifests'

/** A parsed YAML document (yaml's parse returns untyped JSON). */
type Manifest = ReturnType<typeof parse>

const sts = () => parse(guideDatabase)
const handled = (message: string) => `StatefulSet in version "v1" cannot be handled as a StatefulSet: ${message}`

function errorOf(raw: unknown): { reason: string; code: number; message: string } {
  const r = admitCreate(raw)
  if (r.ok) throw new Error('expected a rejection')
  return r.error
}

describe('the guide manifests, as written', () => {
  it('rejects the first StatefulSet: volumeMounts sits under the pod spec', () => {
    expect(errorOf(parse(guideStatefulSet))).toEqual({
      reason: 'BadRequest',
      code: 400,
      message: handled('strict decoding error: unknown field "spec.template.spec.volumeMounts"'),
    })
  })

  it('rejects the shared-storage StatefulSet: volumes sits under spec', () => {
    expect(errorOf(parse(guideSharedStorage)).message).toBe(handled('strict decoding error: unknown field "spec.volumes"'))
  })

  it.each([
    ['db-statefulset', guideDatabase],
    ['shared-nfs', guidePersistentVolume],
    ['shared-nfs-claim', guideClaim],
  ])('accepts %s', (name, manifest) => {
    const r = admitCreate(parse(manifest))
    expect(r.ok && r.object.metadata.name).toBe(name)
  })

  it.each([
    ['database tutorial', tutorialDatabase],
    ['quorum tutorial', tutorialQuorum],
  ])('accepts every document of the %s', (_, text) => {
    for (const doc of parseAllDocuments(text)) {
      const r = admitCreate(doc.toJS())
      expect(r.ok ? 'ok' : r.error.message).toBe('ok')
    }
  })
})

describe('strict decoding errors', () => {
  it('lists several unknown fields in sorted-key order, with list indices', () => {
    const raw = sts()
    raw.spec.zeta = 1
    raw.spec.alpha = 2
    raw.spec.template.spec.containers[0].volumeMount = []
    expect(errorOf(raw).message).toBe(
      handled(
        'strict decoding error: unknown field "spec.alpha", unknown field "spec.template.spec.containers[0].volumeMount", unknown field "spec.zeta"',
      ),
    )
  })

  it('is case-sensitive about field names', () => {
    const raw = sts()
    raw.spec.Replicas = 3
    expect(errorOf(raw).message).toBe(handled('strict decoding error: unknown field "spec.Replicas"'))
  })

  it.each([
    [(r: Manifest) => (r.spec.replicas = '3'), 'json: cannot unmarshal string into Go struct field StatefulSetSpec.spec.replicas of type int32'],
    [(r: Manifest) => (r.spec.replicas = 1.5), 'json: cannot unmarshal number 1.5 into Go struct field StatefulSetSpec.spec.replicas of type int32'],
    [(r: Manifest) => (r.spec.replicas = 3000000000), 'json: cannot unmarshal number 3000000000 into Go struct field StatefulSetSpec.spec.replicas of type int32'],
    [(r: Manifest) => (r.spec = 'x'), 'json: cannot unmarshal string into Go struct field StatefulSet.spec of type v1.StatefulSetSpec'],
    [(r: Manifest) => (r.spec.template.spec.containers = {}), 'json: cannot unmarshal object into Go struct field PodSpec.spec.template.spec.containers of type []v1.Container'],
    [(r: Manifest) => (r.spec.template.spec.containers[0].image = 5), 'json: cannot unmarshal number into Go struct field Container.spec.template.spec.containers.image of type string'],
    [(r: Manifest) => (r.spec.template.spec.containers[0].ports[0].containerPort = '3306'), 'json: cannot unmarshal string into Go struct field ContainerPort.spec.template.spec.containers.ports.containerPort of type int32'],
    [(r: Manifest) => (r.metadata.labels = { app: 1 }), 'json: cannot unmarshal number into Go struct field ObjectMeta.metadata.labels of type string'],
    [(r: Manifest) => (r.spec.podManagementPolicy = true), 'json: cannot unmarshal bool into Go struct field StatefulSetSpec.spec.podManagementPolicy of type v1.PodManagementPolicyType'],
    [(r: Manifest) => (r.spec.volumeClaimTemplates[0].spec.accessModes = 'ReadWriteOnce'), 'json: cannot unmarshal string into Go struct field PersistentVolumeClaimSpec.spec.volumeClaimTemplates.spec.accessModes of type []v1.PersistentVolumeAccessMode'],
    [(r: Manifest) => (r.spec.selector = []), 'json: cannot unmarshal array into Go struct field StatefulSetSpec.spec.selector of type v1.LabelSelector'],
  ])('reports a wrong JSON type with the Go struct field path (%#)', (mutate, message) => {
    const raw = sts()
    mutate(raw)
    expect(errorOf(raw).message).toBe(handled(message))
  })

  it('reports the first type error and drops unknown fields when one occurs', () => {
    const raw = sts()
    raw.spec.bogus = 1
    raw.spec.replicas = 'three'
    raw.spec.template.spec.containers[0].image = false
    expect(errorOf(raw).message).toBe(
      handled('json: cannot unmarshal string into Go struct field StatefulSetSpec.spec.replicas of type int32'),
    )
  })

  it('reports an invalid quantity without a field path', () => {
    const raw = sts()
    raw.spec.volumeClaimTemplates[0].spec.resources.requests.storage = '1 gig'
    expect(errorOf(raw).message).toBe(
      handled("quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"),
    )
  })

  it('reports an IntOrString that is neither, with the path of the int32 it tried', () => {
    const raw = parse('apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  ports: [{port: 80, targetPort: true}]')
    expect(errorOf(raw).message).toBe(
      'Service in version "v1" cannot be handled as a Service: json: cannot unmarshal bool into Go struct field ServicePort.spec.ports.targetPort of type int32',
    )
  })

  it('checks RFC 3339 times', () => {
    const raw = sts()
    raw.metadata.creationTimestamp = 'yesterday'
    expect(errorOf(raw).message).toBe(
      handled('parsing time "yesterday" as "2006-01-02T15:04:05Z07:00": cannot parse "yesterday" as "2006"'),
    )
  })

  it('reports bad base64 in Secret data', () => {
    const raw = { apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, data: { a: 'not*base64' } }
    expect(errorOf(raw).message).toBe('Secret in version "v1" cannot be handled as a Secret: illegal base64 data at input byte 3')
  })

  it('accepts null wherever Go would (creationTimestamp: null, replicas: null)', () => {
    const raw = sts()
    raw.metadata.creationTimestamp = null
    raw.spec.replicas = null
    const r = admitCreate(raw)
    expect(r.ok && r.object.spec.replicas).toBe(1)
  })
})

describe('field validation modes', () => {
  const withUnknown = () => {
    const raw = sts()
    raw.spec.volumes = []
    return raw
  }

  it('Warn keeps the object and returns the unknown fields as warnings', () => {
    const r = admitCreate(withUnknown(), { fieldValidation: 'Warn' })
    expect(r.ok && r.warnings).toEqual(['unknown field "spec.volumes"'])
  })

  it('Ignore drops unknown fields silently', () => {
    const r = admitCreate(withUnknown(), { fieldValidation: 'Ignore' })
    expect(r.ok && [r.warnings, 'volumes' in r.object.spec]).toEqual([[], false])
  })

  it('decodeObject alone returns the known fields in Go struct order', () => {
    const r = decodeObject(structOf('core.ContainerPort'), { protocol: 'TCP', name: 'web', containerPort: 80 })
    expect(r.ok && Object.keys(r.object)).toEqual(['name', 'containerPort', 'protocol'])
  })
})

describe('kind lookup (kubectl, before anything is sent)', () => {
  it('reports an unknown apiVersion as a mapping error', () => {
    const raw = sts()
    raw.apiVersion = 'apps/v1beta1'
    raw.metadata.name = 'web'
    const error = errorOf(raw)
    expect(error.reason).toBe('NoKindMatch')
    expect(kubectlMappingText(error as never, 'web.yaml')).toBe(
      'error: resource mapping not found for name: "web" namespace: "" from "web.yaml": no matches for kind "StatefulSet" in version "apps/v1beta1"\nensure CRDs are installed first\n',
    )
  })

  it('reports a missing kind as kubectl does', () => {
    expect(errorOf({ apiVersion: 'v1', metadata: { name: 'x' } }).message).toBe(
      `Object 'Kind' is missing in '{"apiVersion":"v1","metadata":{"name":"x"}}'`,
    )
  })

  it.each([[[]], ['text'], [null], [7]])('rejects a document that is not an object: %j', (raw) => {
    expect(errorOf(raw).reason).toBe('DecodeFailed')
  })
})

describe('strict decoding of a patched object (apply to an existing object, A15)', () => {
  it('quotes the patch as Go prints it', () => {
    const created = admitCreate(sts())
    if (!created.ok) throw new Error(created.error.message)
    const old = { ...created.object, metadata: { ...created.object.metadata, uid: 'u', resourceVersion: '2', creationTimestamp: '2024-09-02T10:00:00Z' } }
    const patch = { spec: { volumeMounts: [{ name: 'www', mountPath: '/usr/share/nginx/html' }] } }
    const patched = { ...sts(), spec: { ...sts().spec, ...patch.spec } }
    const r = admitUpdate(old, patched, { patch })
    expect(!r.ok && kubectlInvalidText(r.error)).toBe(
      'The request is invalid: patch: Invalid value: "map[spec:map[volumeMounts:[map[mountPath:/usr/share/nginx/html name:www]]]]": strict decoding error: unknown field "spec.volumeMounts"\n',
    )
  })
})
