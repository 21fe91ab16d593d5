// Expected output: the real kubectl v1.31.9 (see reference.ts). Groups and options are what
// `kubectl get` derives: withKind when several resource types are requested, `kind` from the
// RESTMapping's GroupKind, withNamespace for -A except on cluster-scoped types (nodes).
import { describe, expect, it } from 'vitest'
import { printTableGroups, type TableGroup } from '@/simulator/kubectl/printers/table-groups'
import type { PrintOptions } from '@/simulator/kubectl/printers/table'
import { ref, tableOf } from './reference'

const kinds: Record<string, { group?: string; kind: string }> = {
  pods: { kind: 'Pod' }, services: { kind: 'Service' }, statefulsets: { group: 'apps', kind: 'StatefulSet' },
  configmaps: { kind: 'ConfigMap' }, nodes: { kind: 'Node' },
}

function groups(resources: string[], flags: { allNamespaces?: boolean; noHeaders?: boolean } = {}): TableGroup[] {
  return resources.map((r) => {
    const options: PrintOptions = {
      noHeaders: flags.noHeaders,
      withKind: resources.length > 1,
      kind: kinds[r],
      withNamespace: !!flags.allNamespaces && r !== 'nodes',
    }
    return { options, tables: [tableOf(r, flags.allNamespaces ? null : 'default')] }
  })
}

describe('printTableGroups (real kubectl output)', () => {
  it.each<[string, TableGroup[]]>([
    ['get-sts-pods-svc', groups(['statefulsets', 'pods', 'services'])],
    ['get-sts-pods-no-headers', groups(['statefulsets', 'pods'], { noHeaders: true })],
    ['get-pods-sts-A', groups(['pods', 'statefulsets'], { allNamespaces: true })],
    ['get-nodes-pods-A', groups(['nodes', 'pods'], { allNamespaces: true })],
    ['get-cm-pods', groups(['configmaps', 'pods'])],
    ['get-pods-cm-sts', groups(['pods', 'configmaps', 'statefulsets'])],
    ['get-cm-empty', groups(['configmaps'])],
    ['get-pods', groups(['pods'])],
  ])('%s', (name, g) => expect(printTableGroups(g)).toBe(ref(name).stdout))

  it('prints nothing for no groups (kubectl then reports No resources found on stderr)', () => {
    expect(printTableGroups([])).toBe('')
    expect(ref('get-cm-empty').stderr).toBe('No resources found in default namespace.\n')
  })
})
