// kubectl edit TYPE NAME: the object's YAML in the terminal's editor; on save, the changes are
// sent as an update. mirrors kubernetes/kubectl pkg/cmd/util/editor/editoptions.go
// (EditOptions.Run: the header comment, `Edit cancelled, no changes made.`, `edited`).

import { parse as parseYaml } from 'yaml'
import { deepEqual } from '../../engine/deep-equal'
import type { Proc } from '../../shell/run/process'
import { formatApiError, type KubectlCommand, type KubectlContext } from '../context'
import { printYAML } from '../printers/yaml'
import { parseTargets, qualifiedName } from '../targets'

const HEADER =
  "# Please edit the object below. Lines beginning with a '#' will be ignored,\n" +
  '# and an empty file will abort the edit. If an error occurs while saving this file will be\n' +
  '# reopened with the relevant failures.\n#\n'


export const edit: KubectlCommand = {
  name: 'edit',
  path: 'edit',
  flags: {
    output: { type: 'string', short: 'o' },
    filename: { type: 'strings', short: 'f' },
    'output-patch': { type: 'bool' },
    'save-config': { type: 'bool' },
    subresource: { type: 'string' },
    validate: { type: 'string', default: 'strict', noOptDefault: 'strict' },
    'windows-line-endings': { type: 'bool' },
    'field-manager': { type: 'string' },
    recursive: { type: 'bool', short: 'R' },
  },
  run: runEdit,
}

function* runEdit(ctx: KubectlContext): Proc {
  if (ctx.args.length === 0) {
    return ctx.fail("You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'")
  }
  const targets = parseTargets(ctx.args)
  if (!targets.ok) return ctx.fail(targets.error)
  const target = targets.groups[0]
  const name = target.names?.[0]
  if (!name) return ctx.fail('edit requires a name')
  const object = ctx.store.get({ kind: target.info.kind, namespace: target.info.namespaced ? ctx.namespace : '', name })
  if (!object) {
    ctx.err(`Error from server (NotFound): ${target.info.groupResource} "${name}" not found\n`)
    return 1
  }
  const printed = printYAML(object)
  if (!printed.ok) return ctx.fail(printed.error)
  // Numbered from what /tmp holds, never from module state, so a replay picks the same name.
  let n = 1
  while (ctx.io.fs.readFile(editPath(n), '/').ok) n++
  const path = editPath(n)
  const original = HEADER + printed.out
  ctx.io.fs.writeFile(path, '/', original)
  if (!ctx.io.openEditor?.(path)) return ctx.fail('there was a problem with the editor "vi"')
  if (ctx.io.editing?.(path)) yield { ready: () => !ctx.io.editing?.(path) }
  const read = ctx.io.fs.readFile(path, '/')
  const text = read.ok ? read.content : ''
  const body = text.split('\n').filter((line) => !line.startsWith('#')).join('\n')
  if (text === original || body.trim() === '') {
    ctx.out('Edit cancelled, no changes made.\n')
    return 0
  }
  let edited: unknown
  try {
    edited = parseYaml(body, { version: '1.1' })
  } catch (e) {
    return ctx.fail(`error parsing ${path}: ${(e as Error).message.split('\n')[0]}`)
  }
  if (deepEqual(edited, parseYaml(printed.out, { version: '1.1' }))) {
    ctx.out('Edit cancelled, no changes made.\n')
    return 0
  }
  const result = ctx.api.update(edited)
  if (!result.ok) {
    ctx.err(formatApiError(result.error))
    ctx.err(`error: A copy of your changes has been stored to "${path}"\n`)
    return 1
  }
  ctx.out(`${qualifiedName(object)} edited\n`)
  return 0
}

const editPath = (n: number) => `/tmp/kubectl-edit-${String(n).padStart(4, '0')}.yaml`
