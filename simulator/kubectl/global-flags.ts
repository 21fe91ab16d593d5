// kubectl's global flags (`kubectl options`): accepted by every command. Only --namespace changes
// what the sandbox does; the connection flags are accepted and have no effect on one cluster.

import type { FlagSpecs } from './flags'

export const globalFlags: FlagSpecs = {
  namespace: { type: 'string', short: 'n' },
  context: { type: 'string' },
  cluster: { type: 'string' },
  user: { type: 'string' },
  kubeconfig: { type: 'string' },
  server: { type: 'string', short: 's' },
  token: { type: 'string' },
  as: { type: 'string' },
  'as-group': { type: 'strings' },
  'as-uid': { type: 'string' },
  'cache-dir': { type: 'string' },
  'certificate-authority': { type: 'string' },
  'client-certificate': { type: 'string' },
  'client-key': { type: 'string' },
  'disable-compression': { type: 'bool' },
  'insecure-skip-tls-verify': { type: 'bool' },
  'log-flush-frequency': { type: 'duration' },
  'match-server-version': { type: 'bool' },
  password: { type: 'string' },
  username: { type: 'string' },
  profile: { type: 'string' },
  'profile-output': { type: 'string' },
  'request-timeout': { type: 'string' },
  'tls-server-name': { type: 'string' },
  v: { type: 'int', short: 'v' },
  vmodule: { type: 'string' },
  'warnings-as-errors': { type: 'bool' },
}
