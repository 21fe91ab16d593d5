import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { lintManifests } from '@/simulator/index'

const file = (name: string) => readFileSync(join(__dirname, '..', 'golden', 'kubectl', 'files', name), 'utf8')

describe('manifest problems for the editor', () => {
  it('puts strict decoding errors on the misplaced field', () => {
    expect(lintManifests(file('guide-web.yaml'))).toEqual([{ line: 23, column: 7, endLine: 23, endColumn: 19, message: 'unknown field "spec.template.spec.volumeMounts"', severity: 'error' }])
    expect(lintManifests(file('guide-shared.yaml'))).toEqual([{ line: 22, column: 3, endLine: 22, endColumn: 10, message: 'unknown field "spec.volumes"', severity: 'error' }])
  })

  it('puts validation errors on their fields, and finds nothing wrong in a good manifest', () => {
    const text = 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: x\nspec:\n  replicas: -1\n  selector:\n    matchLabels: {app: a}\n  template:\n    metadata:\n      labels: {app: b}\n    spec:\n      containers: [{name: c, image: nginx}]\n'
    expect(lintManifests(text).map((p) => [p.line, p.message])).toEqual([
      [6, 'spec.replicas: Invalid value: -1: must be greater than or equal to 0'],
      [11, 'spec.template.metadata.labels: Invalid value: map[string]string{"app":"b"}: `selector` does not match template `labels`'],
    ])
    expect(lintManifests(file('web.yaml'))).toEqual([])
  })

  it('reports YAML syntax errors and missing kinds', () => {
    expect(lintManifests('a: [1\n')[0]).toMatchObject({ line: 2, severity: 'error' })
    expect(lintManifests('apiVersion: v1\nmetadata: {name: x}\n')).toMatchObject([{ line: 1, message: 'kind not set' }])
  })
})
