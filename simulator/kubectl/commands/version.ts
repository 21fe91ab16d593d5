// kubectl version: the client and the kind node's server version.

import type { KubectlCommand } from '../context'
import { printGeneric } from '../output'

export const CLIENT_VERSION = 'v1.31.0'
export const SERVER_VERSION = 'v1.31.0'

const versionInfo = (gitVersion: string) => ({
  major: '1',
  minor: '31',
  gitVersion,
  gitCommit: '9edcffcde5595e8a5b1a35f88c421764e575afce',
  gitTreeState: 'clean',
  buildDate: '2024-08-13T07:28:49Z',
  goVersion: 'go1.22.5',
  compiler: 'gc',
  platform: 'linux/amd64',
})

export const version: KubectlCommand = {
  name: 'version',
  path: 'version',
  flags: { client: { type: 'bool' }, output: { type: 'string', short: 'o' } },
   
  *run(ctx) {
    const client = ctx.flag<boolean>('client')
    const format = ctx.flag<string>('output')
    if (format === 'yaml' || format === 'json') {
      const doc = { clientVersion: versionInfo(CLIENT_VERSION), kustomizeVersion: 'v5.4.2', ...(client ? {} : { serverVersion: versionInfo(SERVER_VERSION) }) }
      const printed = printGeneric([doc as never], format, true)
      if (printed.ok) ctx.out(printed.out)
      return 0
    }
    if (format) return ctx.fail('--output must be \'yaml\' or \'json\'')
    ctx.out(`Client Version: ${CLIENT_VERSION}\nKustomize Version: v5.4.2\n`)
    if (!client) ctx.out(`Server Version: ${SERVER_VERSION}\n`)
    return 0
  },
}
