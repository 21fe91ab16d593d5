// `-o` for get and the mutating commands: yaml, json, name, jsonpath, custom-columns (tables
// and `wide` are get's own). mirrors kubernetes/cli-runtime pkg/genericclioptions
// (PrintFlags.ToPrinter, JSONYamlPrintFlags, NamePrintFlags, JSONPathPrintFlags, CustomColumnsPrintFlags).

import type { KubeObject } from '../objects/meta'
import { CustomColumnsPrinter, parseCustomColumnsSpec } from './printers/custom-columns'
import { printJSON } from './printers/json'
import { newJSONPathPrinter } from './printers/jsonpath-printer'
import { toList } from './printers/list'
import { newTabWriter } from './printers/tabwriter'
import { printYAML } from './printers/yaml'
import { qualifiedName } from './targets'

export type Printed = { ok: true; out: string } | { ok: false; error: string }

export const GET_FORMATS =
  'custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml'

/** True when `format` (the -o value) is one this module prints. */
export function isGenericFormat(format: string): boolean {
  const kind = format.split('=')[0]
  return ['yaml', 'json', 'name', 'jsonpath', 'jsonpath-as-json', 'custom-columns'].includes(kind)
}

/** The kubectl error for an -o value no printer matches, listing `allowed`. */
export function unknownFormat(format: string, allowed = GET_FORMATS): string {
  return `unable to match a printer suitable for the output format "${format}", allowed formats are: ${allowed}`
}

/**
 * Prints `objects` in a generic format. `single` is true when exactly one object was named:
 * it prints bare; otherwise the objects are wrapped in a List (as `kubectl get` does).
 */
export function printGeneric(objects: readonly KubeObject[], format: string, single: boolean, noHeaders = false): Printed {
  const eq = format.indexOf('=')
  const kind = eq < 0 ? format : format.slice(0, eq)
  const arg = eq < 0 ? '' : format.slice(eq + 1)
  const subject: unknown = single && objects.length === 1 ? objects[0] : toList(objects)
  switch (kind) {
    case 'yaml': {
      const result = printYAML(subject)
      return result.ok ? { ok: true, out: result.out } : { ok: false, error: result.error }
    }
    case 'json':
      return { ok: true, out: printJSON(subject) }
    case 'name':
      return { ok: true, out: objects.map((o) => `${qualifiedName(o)}\n`).join('') }
    case 'jsonpath':
    case 'jsonpath-as-json': {
      const compiled = newJSONPathPrinter(arg, { outputJSON: kind === 'jsonpath-as-json' })
      return compiled.ok ? compiled.printer.printObj(subject) : { ok: false, error: compiled.error }
    }
    case 'custom-columns':
      return printCustomColumns(subject, arg, noHeaders)
    default:
      return { ok: false, error: unknownFormat(format) }
  }
}

function printCustomColumns(subject: unknown, spec: string, noHeaders: boolean): Printed {
  if (!spec) return { ok: false, error: 'custom-columns format specified but no custom columns given' }
  const columns = parseCustomColumnsSpec(spec)
  if (!columns.ok) return { ok: false, error: columns.error }
  let out = ''
  const w = newTabWriter((text) => (out += text))
  const error = new CustomColumnsPrinter(columns.value, noHeaders).printObj(subject, w)
  w.flush()
  return error === undefined ? { ok: true, out } : { ok: false, error }
}
