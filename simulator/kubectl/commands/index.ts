// The kubectl command table, and every command's name in the order kubectl registers them
// (cobra's suggestions for a mistyped command follow this order).

import type { KubectlCommand } from '../context'
import { apiResources } from './api-resources'
import { apply } from './apply'
import { config } from './config'
import { create } from './create'
import { deleteCommand } from './delete'
import { describe } from './describe'
import { edit } from './edit'
import { exec } from './exec'
import { explain } from './explain'
import { get } from './get'
import { annotate, label } from './label'
import { logs } from './logs'
import { cordon, drain, uncordon } from './node-maintenance'
import { patch } from './patch'
import { rollout } from './rollout'
import { run } from './run'
import { scale } from './scale'
import { set } from './set'
import { version } from './version'
import { wait } from './wait'

export const KUBECTL_COMMAND_ORDER = [
  'create', 'expose', 'run', 'set', 'explain', 'get', 'edit', 'delete', 'rollout', 'scale', 'autoscale',
  'certificate', 'cluster-info', 'top', 'cordon', 'uncordon', 'drain', 'taint', 'describe', 'logs', 'attach',
  'exec', 'port-forward', 'proxy', 'cp', 'auth', 'debug', 'events', 'diff', 'apply', 'patch', 'replace', 'wait',
  'kustomize', 'label', 'annotate', 'completion', 'api-resources', 'api-versions', 'config', 'plugin', 'version',
  'options',
]

const commands: KubectlCommand[] = [
  create, run, set, explain, get, deleteCommand, rollout, scale, cordon, uncordon, drain, describe, logs, exec, apply,
  patch, wait, label, annotate, apiResources, config, version, edit,
]

export const commandTable: ReadonlyMap<string, KubectlCommand> = new Map(commands.map((c) => [c.name, c]))
