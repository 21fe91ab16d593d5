import { describe, expect, it } from 'vitest'
import { completeManifestKeys } from '@/simulator/index'

const text = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
  serviceName: nginx
  
  template:
    spec:
      containers:
      - name: nginx
        image: nginx
        
  volumeClaimTemplates:
  - metadata:
      name: www
    
`
const names = (line: number, column: number) => completeManifestKeys(text, line, column).map((s) => s.name)

describe('field-name completion from the schema', () => {
  it('offers the fields that may go at the cursor, without those already written', () => {
    expect(names(7, 3)).toEqual(['replicas', 'selector', 'podManagementPolicy', 'updateStrategy', 'revisionHistoryLimit', 'minReadySeconds', 'persistentVolumeClaimRetentionPolicy', 'ordinals'])
    expect(names(13, 9)).toContain('volumeMounts')
    expect(names(13, 9)).not.toContain('image')
    expect(names(17, 5)).toEqual(['kind', 'apiVersion', 'spec', 'status'])
    expect(completeManifestKeys(text, 7, 3)[0]).toEqual({ name: 'replicas', type: 'integer', block: false })
    expect(completeManifestKeys(text, 13, 9).find((s) => s.name === 'volumeMounts')).toEqual({ name: 'volumeMounts', type: '[]VolumeMount', block: true })
  })

  it('knows the top of a document before its kind is written', () => {
    expect(completeManifestKeys('', 1, 1).map((s) => s.name)).toEqual(['apiVersion', 'kind', 'metadata', 'spec'])
  })
})
