// kubectl api-resources: what the simulated API server serves, as discovery reports it.
// mirrors kubernetes/kubectl pkg/cmd/apiresources/apiresources.go (sorted by group, then name).

import { resources } from '../../engine/resources'
import type { KubectlCommand } from '../context'
import { newTabWriter } from '../printers/tabwriter'

export const apiResources: KubectlCommand = {
  name: 'api-resources',
  path: 'api-resources',
  flags: {
    namespaced: { type: 'bool', default: true },
    'no-headers': { type: 'bool' },
    output: { type: 'string', short: 'o' },
    'api-group': { type: 'string' },
    'sort-by': { type: 'string' },
    verbs: { type: 'strings' },
    categories: { type: 'strings' },
    cached: { type: 'bool' },
  },
   
  *run(ctx) {
    const output = ctx.flag<string>('output')
    if (output && output !== 'wide' && output !== 'name') return ctx.fail(`--output ${output} is not available`)
    let rows = [...resources].sort((a, b) => (a.group === b.group ? (a.plural < b.plural ? -1 : 1) : a.group < b.group ? -1 : 1))
    if (ctx.changed('namespaced')) rows = rows.filter((r) => r.namespaced === ctx.flag<boolean>('namespaced'))
    if (ctx.changed('api-group')) rows = rows.filter((r) => r.group === ctx.flag<string>('api-group'))
    if (output === 'name') {
      for (const r of rows) ctx.out(`${r.group ? `${r.plural}.${r.group}` : r.plural}\n`)
      return 0
    }
    let out = ''
    const w = newTabWriter((t) => (out += t))
    if (!ctx.flag<boolean>('no-headers')) w.write('NAME\tSHORTNAMES\tAPIVERSION\tNAMESPACED\tKIND\n')
    for (const r of rows) w.write(`${r.plural}\t${r.shortNames.join(',')}\t${r.apiVersion}\t${r.namespaced}\t${r.kind}\n`)
    w.flush()
    ctx.out(out)
    return 0
  },
}
