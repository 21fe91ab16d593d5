// kubectl explain: the layout of upstream's plaintext template (pkg/explain/v2/templates/
// plaintext.tmpl) and of plaintext-openapiv2, how the argument names a resource and a field path,
// and kubectl's errors. Expected texts follow the template and real kubectl v1.31 (the
// descriptions are the sandbox's own).
import { describe, expect, it } from 'vitest'
import { createCluster } from '../../../simulator/index'
import { explainHelp } from '../../../simulator/kubectl/help'
import { wrapString } from '../../../simulator/kubectl/explain/word-wrap'

const cluster = createCluster({ seed: 1 })

/** stdout, stderr and exit status of `kubectl explain <args>`. */
function explain(args: string) {
  const out = cluster.run(`kubectl explain ${args} 2>/dev/null`)
  const err = cluster.run(`kubectl explain ${args} 2>&1 >/dev/null`)
  return { out: out.output, err: err.output, code: out.exitCode }
}

const STS_HEADER = 'GROUP:      apps\nKIND:       StatefulSet\nVERSION:    v1\n\n'

describe('kubectl explain layout', () => {
  it('explains a field: FIELD line, the field then its type described, FIELDS with enum values', () => {
    expect(explain('sts.spec.updateStrategy')).toEqual({
      out:
        STS_HEADER +
        'FIELD: updateStrategy <StatefulSetUpdateStrategy>\n' +
        '\n\n' +
        'DESCRIPTION:\n' +
        '    How pods are replaced when the template changes. Defaults to RollingUpdate.\n' +
        '    How the controller replaces pods when the template changes.\n' +
        '    \n' +
        'FIELDS:\n' +
        '  rollingUpdate\t<RollingUpdateStatefulSetStrategy>\n' +
        '    Parameters of RollingUpdate.\n' +
        '\n' +
        '  type\t<string>\n' +
        '  enum: OnDelete, RollingUpdate\n' +
        '    RollingUpdate (default) replaces one pod at a time, highest ordinal first,\n' +
        '    each after the previous new pod is Running and Ready. OnDelete replaces a\n' +
        '    pod only when you delete it.\n' +
        '\n' +
        '\n',
      err: '',
      code: 0,
    })
  })

  it('lists nested fields two spaces deeper under --recursive, without descriptions', () => {
    expect(explain('sts.spec.updateStrategy --recursive').out).toBe(
      STS_HEADER +
        'FIELD: updateStrategy <StatefulSetUpdateStrategy>\n\n\n' +
        'DESCRIPTION:\n' +
        '    How pods are replaced when the template changes. Defaults to RollingUpdate.\n' +
        '    How the controller replaces pods when the template changes.\n' +
        '    \n' +
        'FIELDS:\n' +
        '  rollingUpdate\t<RollingUpdateStatefulSetStrategy>\n' +
        '    maxUnavailable\t<IntOrString>\n' +
        '    partition\t<integer>\n' +
        '  type\t<string>\n' +
        '  enum: OnDelete, RollingUpdate\n' +
        '\n',
    )
  })

  it('prints a scalar field with its ENUM values, or two blank lines without', () => {
    expect(explain('sts.spec.podManagementPolicy').out).toMatch(
      /^GROUP: {6}apps\nKIND: {7}StatefulSet\nVERSION: {4}v1\n\nFIELD: podManagementPolicy <string>\nENUM:\n {4}OrderedReady\n {4}Parallel\n\nDESCRIPTION:\n {4}OrderedReady \(default\)[^]*\n {4}\n\n$/,
    )
    expect(explain('sts.spec.replicas').out).toBe(
      `${STS_HEADER}FIELD: replicas <integer>\n\n\nDESCRIPTION:\n    How many pods to run. Defaults to 1.\n    \n\n`,
    )
  })

  it('explains a kind: no GROUP line for the core group, fields in name order with their types', () => {
    const { out } = explain('pods.spec.containers')
    expect(out.startsWith('KIND:       Pod\nVERSION:    v1\n\nFIELD: containers <[]Container>\n\n\nDESCRIPTION:\n')).toBe(true)
    const fields = [...out.matchAll(/^ {2}(\w+)\t<([^>]+)>( -required-)?$/gm)].map((m) => `${m[1]} ${m[2]}${m[3] ?? ''}`)
    expect(fields.slice(0, 4)).toEqual(['args []string', 'command []string', 'env []EnvVar', 'envFrom []EnvFromSource'])
    expect(fields).toContain('name string -required-')
    expect(fields).toContain('resources ResourceRequirements')
    expect(fields).toEqual([...fields].sort())
    expect(explain('pods.spec.containers.resources').out).toContain('  limits\t<map[string]Quantity>\n')
    expect(explain('pods.spec.containers.livenessProbe.httpGet').out).toContain('  port\t<IntOrString> -required-\n')
    expect(explain('pods.metadata').out).toContain('  creationTimestamp\t<string>\n')
    expect(explain('pods.metadata').out).toContain('  labels\t<map[string]string>\n')
  })

  it('prints <no description> and <empty> where the schema describes nothing', () => {
    expect(explain('pods.spec').out).toContain('  activeDeadlineSeconds\t<integer>\n    <no description>\n\n')
    expect(explain('pods.spec.activeDeadlineSeconds').out).toBe(
      'KIND:       Pod\nVERSION:    v1\n\nFIELD: activeDeadlineSeconds <integer>\n\n\nDESCRIPTION:\n    <empty>\n\n',
    )
  })

  it('shows at most four enum values in a field list', () => {
    expect(explain('pods.spec.volumes.hostPath').out).toContain('  type\t<string>\n  enum: "", BlockDevice, CharDevice, Directory, ....\n')
  })

  it('prints the openapiv2 layout with --output=plaintext-openapiv2', () => {
    expect(explain('sts.spec.updateStrategy --output=plaintext-openapiv2').out).toBe(
      'KIND:     StatefulSet\nVERSION:  apps/v1\n\n' +
        'RESOURCE: updateStrategy <Object>\n\n' +
        'DESCRIPTION:\n' +
        '     How pods are replaced when the template changes. Defaults to RollingUpdate.\n' +
        '\n' +
        '     How the controller replaces pods when the template changes.\n' +
        '\n' +
        'FIELDS:\n' +
        '   rollingUpdate\t<Object>\n' +
        '     Parameters of RollingUpdate.\n' +
        '\n' +
        '   type\t<string>\n' +
        '     RollingUpdate (default) replaces one pod at a time, highest ordinal first,\n' +
        '     each after the previous new pod is Running and Ready. OnDelete replaces a\n' +
        '     pod only when you delete it.\n' +
        '\n',
    )
    expect(explain('sts.spec.replicas -o plaintext-openapiv2').out).toBe(
      'KIND:     StatefulSet\nVERSION:  apps/v1\n\nFIELD:    replicas <integer>\n\nDESCRIPTION:\n     How many pods to run. Defaults to 1.\n',
    )
  })

  it('prints the help text', () => {
    expect(explain('--help')).toEqual({ out: explainHelp, err: '', code: 0 })
    expect(explainHelp.startsWith('Describe fields and structure of various resources.\n')).toBe(true)
  })
})

describe('kubectl explain resource names', () => {
  const statefulSet = explain('statefulsets').out

  it('accepts plural, singular, short and kind names, and plural.group', () => {
    expect(statefulSet.startsWith(`${STS_HEADER}DESCRIPTION:\n`)).toBe(true)
    for (const name of ['sts', 'statefulset', 'StatefulSet', 'STATEFULSETS', 'statefulsets.apps', 'statefulsets.apps.']) {
      expect(explain(name).out, name).toBe(statefulSet)
    }
    expect(explain('statefulsets.apps.spec.replicas').out).toBe(explain('sts.spec.replicas').out)
    expect(explain('pvc').out.startsWith('KIND:       PersistentVolumeClaim\n')).toBe(true)
    expect(explain('sc').out.startsWith('GROUP:      storage.k8s.io\nKIND:       StorageClass\n')).toBe(true)
  })

  it('reads any other dotted form as a field path, as kubectl does', () => {
    expect(explain('statefulset.apps')).toEqual({ out: STS_HEADER, err: 'error: field "apps" does not exist\n', code: 1 })
    expect(explain('sts.apps').err).toBe('error: field "apps" does not exist\n')
  })

  it('matches short names exactly', () => {
    expect(explain('STS')).toEqual({ out: '', err: 'the server doesn\'t have a resource type "STS"\n', code: 1 })
  })

  it('completes resource types for explain', () => {
    expect(cluster.complete('kubectl explain statefulse').candidates).toEqual(['statefulsets'])
  })
})

describe('kubectl explain errors', () => {
  it('needs exactly one argument', () => {
    expect(explain('')).toEqual({
      out: '',
      err: 'error: You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.\n',
      code: 1,
    })
    expect(explain('pods svc').err).toBe('error: We accept only this format: explain RESOURCE\n')
  })

  it('names an unknown resource without the error: prefix', () => {
    expect(explain('foo')).toEqual({ out: '', err: 'the server doesn\'t have a resource type "foo"\n', code: 1 })
  })

  it('prints the header, then names the last element of an unknown field path', () => {
    expect(explain('sts.spec.foo')).toEqual({ out: STS_HEADER, err: 'error: field "foo" does not exist\n', code: 1 })
    expect(explain('sts.spec.foo.bar').err).toBe('error: field "bar" does not exist\n')
    expect(explain('sts.spec.replicas.foo').err).toBe('error: field "foo" does not exist\n')
    expect(explain('sts.spec.foo --output=plaintext-openapiv2')).toEqual({ out: '', err: 'error: field "foo" does not exist\n', code: 1 })
  })

  it('checks --api-version and --output', () => {
    expect(explain('sts --api-version=apps/v1').out).toBe(explain('sts').out)
    expect(explain('sts --api-version=apps/v2').err).toBe('error: couldn\'t find resource for "apps/v2, Resource=statefulsets"\n')
    expect(explain('pods --api-version=apps/v1').err).toBe('error: GVR (apps/v1, Resource=pods) not found in OpenAPI schema\n')
    expect(explain('pods --api-version=a/b/c').err).toBe('error: unexpected GroupVersion string: a/b/c\n')
    expect(explain('pods --output=yaml').err).toBe('error: unrecognized format: yaml\n')
  })

  it('rejects what is not a JSONPath of fields', () => {
    expect(explain('pods,svc').err).toBe("error: unrecognized character in action: U+002C ','\n")
    expect(explain('.pods').err).toBe('error: invalid jsonpath syntax, first node must be field node\n')
  })
})

describe('wrapString (go-wordwrap)', () => {
  it.each([
    ['aaa bbb ccc', 7, 'aaa bbb\nccc'],
    ['ab abcdefghij', 4, 'ab\nabcdefghij'],
    ['one\n\ntwo three\n', 5, 'one\n\ntwo\nthree\n'],
    ['a  b', 80, 'a  b'],
  ])('%j at %i', (text, limit, wrapped) => {
    expect(wrapString(text, limit)).toBe(wrapped)
  })
})
