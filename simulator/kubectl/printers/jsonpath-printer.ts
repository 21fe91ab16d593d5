// The `-o jsonpath=<template>` / `-o jsonpath-as-json=<template>` printer and its error texts.
// mirrors kubernetes/cli-runtime@v0.32 pkg/printers/jsonpath.go (JSONPathPrinter.PrintObj) and
// pkg/genericclioptions/jsonpath_flags.go (ToPrinter: --allow-missing-template-keys defaults to true).
// Error texts are err.Error() values; kubectl's CheckErr prints them as `error: <text>` plus a
// newline when the text does not already end in one.
import { formatGoSyntax, goQuote } from './go-format'
import { JSONPath } from './jsonpath'

export interface JSONPathPrinterOptions {
  /** --allow-missing-template-keys (default true): `{.missing}` prints nothing instead of failing. */
  allowMissingKeys?: boolean
  /** jsonpath-as-json: each result set printed as an indented JSON array. */
  outputJSON?: boolean
}

export type PrintResult = { ok: true; out: string } | { ok: false; error: string }

/** Prints objects with one compiled template. Reusing it for several objects (`get -w`) keeps state, as upstream. */
export class JSONPathPrinter {
  constructor(
    private readonly rawTemplate: string,
    private readonly jsonPath: JSONPath,
  ) {}

  /** The template's output for `obj` (no trailing newline is added), or kubectl's execution error. */
  printObj(obj: unknown): PrintResult {
    const result = this.jsonPath.execute(obj ?? null)
    if (result.ok) return result
    const debug =
      `Error executing template: ${result.error}. Printing more information for debugging the template:\n` +
      `\ttemplate was:\n\t\t${this.rawTemplate}\n` +
      `\tobject given to jsonpath engine was:\n\t\t${formatGoSyntax(obj)}\n\n`
    return { ok: false, error: `error executing jsonpath ${goQuote(this.rawTemplate)}: ${debug}\n` }
  }
}

/** Compiles `template`, or returns `template format specified but no template given` / `error parsing jsonpath <t>, <err>`. */
export function newJSONPathPrinter(
  template: string,
  options: JSONPathPrinterOptions = {},
): { ok: true; printer: JSONPathPrinter } | { ok: false; error: string } {
  if (template.length === 0) return { ok: false, error: 'template format specified but no template given' }
  const jsonPath = new JSONPath('out')
  const parseError = jsonPath.parse(template)
  if (parseError !== undefined) return { ok: false, error: `error parsing jsonpath ${template}, ${parseError}` }
  jsonPath.allowMissingKeys = options.allowMissingKeys ?? true
  jsonPath.outputJSON = options.outputJSON ?? false
  return { ok: true, printer: new JSONPathPrinter(template, jsonPath) }
}

/** One-shot `kubectl get ... -o jsonpath=<template>` of `obj` (an object, or a List from toList). */
export function printJSONPath(template: string, obj: unknown, options: JSONPathPrinterOptions = {}): PrintResult {
  const compiled = newJSONPathPrinter(template, options)
  return compiled.ok ? compiled.printer.printObj(obj) : compiled
}
