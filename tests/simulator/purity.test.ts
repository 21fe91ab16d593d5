// simulator/ must run identically in Node and in a browser bundle: no wall clock, no
// unseeded randomness, no timers, no React/Next/Node imports. This scans the syntax tree of
// every .ts/.tsx file under simulator/, so comments and string contents never count.
import { readdirSync, readFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../..', import.meta.url))
const simulatorDir = join(root, 'simulator')

const forbiddenMembers: Record<string, string[]> = { Date: ['now'], Math: ['random'], performance: ['now'] }
const forbiddenGlobals = new Set(['setTimeout', 'setInterval', 'setImmediate'])
const nodeBuiltins = new Set(builtinModules)

function forbiddenModule(specifier: string): string | undefined {
  const base = specifier.split('/')[0]
  if (specifier.startsWith('node:') || nodeBuiltins.has(specifier) || nodeBuiltins.has(base)) return 'a Node module'
  if (['react', 'react-dom', 'next'].includes(base)) return base
  if (/(^|\/)app(\/|$)/.test(specifier) && (specifier.startsWith('@/app') || specifier.startsWith('.'))) return 'app/'
  return undefined
}

/** Violations in one source text, as `line: message`. */
function findViolations(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX)
  const found: string[] = []
  const report = (node: ts.Node, message: string) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source))
    found.push(`${line + 1}: ${message}`)
  }
  const checkSpecifier = (node: ts.Node, specifier: ts.Expression | undefined) => {
    if (specifier === undefined || !ts.isStringLiteralLike(specifier)) return
    const what = forbiddenModule(specifier.text)
    if (what !== undefined) report(node, `imports ${what} ('${specifier.text}')`)
  }
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) checkSpecifier(node, node.moduleSpecifier)
    if (ts.isCallExpression(node) && (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require'))) {
      checkSpecifier(node, node.arguments[0])
    }
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression)) {
      if (forbiddenMembers[node.expression.text]?.includes(node.name.text)) report(node, `uses ${node.expression.text}.${node.name.text}`)
    }
    if (ts.isIdentifier(node) && forbiddenGlobals.has(node.text) && !isMemberName(node)) report(node, `uses ${node.text}`)
    if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'Date') {
      if ((node.arguments?.length ?? 0) === 0) report(node, `uses ${ts.isNewExpression(node) ? 'new ' : ''}Date() without an argument`)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

function isMemberName(node: ts.Identifier): boolean {
  const parent = node.parent
  return (ts.isPropertyAccessExpression(parent) && parent.name === node) || (ts.isPropertyAssignment(parent) && parent.name === node)
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(entry.name) ? [path] : []
  })
}

describe('simulator purity', () => {
  it.each([
    ['const t = Date.now()', ['1: uses Date.now']],
    ['const r = Math.random()', ['1: uses Math.random']],
    ['setTimeout(() => {}, 1)', ['1: uses setTimeout']],
    ['const id = setInterval(tick, 5)', ['1: uses setInterval']],
    ['const d = new Date()', ['1: uses new Date() without an argument']],
    ['const d = new Date', ['1: uses new Date() without an argument']],
    ['const s = Date()', ['1: uses Date() without an argument']],
    ["import { useState } from 'react'", ["1: imports react ('react')"]],
    ["import type { FC } from 'react'", ["1: imports react ('react')"]],
    ["import Link from 'next/link'", ["1: imports next ('next/link')"]],
    ["import { readFileSync } from 'node:fs'", ["1: imports a Node module ('node:fs')"]],
    ["import { join } from 'path'", ["1: imports a Node module ('path')"]],
    ["export * from 'react-dom'", ["1: imports react-dom ('react-dom')"]],
    ["const m = await import('node:crypto')", ["1: imports a Node module ('node:crypto')"]],
    ["import { db } from '@/app/_lib/db'", ["1: imports app/ ('@/app/_lib/db')"]],
    ['// Date.now() and Math.random() in a comment\n/* setTimeout(new Date()) */', []],
    ["const text = 'Date.now() setTimeout new Date()'", []],
    ['const d = new Date(ms).toISOString()', []],
    ['queue.setTimeout(1); const o = { setInterval: 1 }', []],
    ["import { x } from './application'", []],
  ])('flags %j as %j', (text, expected) => {
    expect(findViolations('fixture.ts', text)).toEqual(expected)
  })

  it('finds no wall clock, unseeded randomness, timers or forbidden imports under simulator/', () => {
    const files = sourceFiles(simulatorDir)
    expect(files.length).toBeGreaterThan(0)
    const violations = files.flatMap((file) =>
      findViolations(file, readFileSync(file, 'utf8')).map((v) => `${relative(root, file)}:${v}`),
    )
    expect(violations).toEqual([])
  })
})
