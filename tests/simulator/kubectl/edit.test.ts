// kubectl edit: the object opens in the terminal's editor and the saved text becomes an update.
import { describe, expect, it } from 'vitest'
import { createCluster, type HostRequest } from '../../../simulator/index'

function clusterWithEditor() {
  const cluster = createCluster({ seed: 2 })
  const opened: string[] = []
  cluster.onRequest((request: HostRequest) => {
    if (request.type !== 'edit') return false
    opened.push(request.path)
    return true
  })
  let output = ''
  cluster.onOutput((text) => (output += text))
  cluster.run('kubectl create configmap settings --from-literal=mode=demo')
  return { cluster, opened, output: () => output }
}

describe('kubectl edit', () => {
  it('applies the saved text as an update', () => {
    const { cluster, opened, output } = clusterWithEditor()
    cluster.submit('kubectl edit cm settings')
    expect(cluster.busy).toBe(true)
    const path = opened[0]
    const text = cluster.files.readFile(path, '/')
    expect(text.ok && text.content.startsWith("# Please edit the object below. Lines beginning with a '#' will be ignored,\n")).toBe(true)
    cluster.files.writeFile(path, '/', (text as { content: string }).content.replace('mode: demo', 'mode: live'))
    cluster.finishEdit(path)
    cluster.advance(10)
    expect(cluster.busy).toBe(false)
    expect(output()).toContain('configmap/settings edited\n')
    expect(cluster.run("kubectl get cm settings -o jsonpath='{.data.mode}'").output).toBe('live')
  })

  it('cancels when nothing changed', () => {
    const { cluster, opened, output } = clusterWithEditor()
    cluster.submit('kubectl edit cm settings')
    cluster.finishEdit(opened[0])
    cluster.advance(10)
    expect(output()).toContain('Edit cancelled, no changes made.\n')
  })

  it('fails without an editor, as a script has none', () => {
    expect(createCluster({ seed: 2 }).run('kubectl create cm a && kubectl edit cm a').output).toBe(
      'configmap/a created\nerror: there was a problem with the editor "vi"\n',
    )
  })
})
