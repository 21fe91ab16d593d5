'use client'

import Editor, { type OnMount } from '@monaco-editor/react'
import { useEffect, useRef, useState } from 'react'
import { lintManifests } from '@/simulator/index'
import './monaco-setup'

export interface YamlEditorProps {
  /** Shown to assistive technology and in the editor's accessible name. */
  label: string
  /** The text the editor starts with. Later changes to it are ignored: remount (change the key) to replace the text. */
  value: string
  onChange?: (value: string) => void
}

/** Monaco with YAML highlighting. Load it through LazyYamlEditor so Monaco stays out of the page bundle. */
export default function YamlEditor({ label, value, onChange }: YamlEditorProps) {
  const mounted = useRef<Parameters<OnMount> | null>(null)
  const [mountedAt, setMountedAt] = useState(0)
  // What the API server would say about the manifest, as squiggles on the fields at fault.
  useEffect(() => {
    const timer = setTimeout(() => {
      const [editor, monaco] = mounted.current ?? []
      const model = editor?.getModel()
      if (!model || !monaco) return
      const markers = lintManifests(model.getValue()).map((p) => ({
        startLineNumber: p.line,
        startColumn: p.column,
        endLineNumber: p.endLine,
        endColumn: p.endColumn,
        message: p.message,
        severity: p.severity === 'error' ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
        source: 'API server',
      }))
      monaco.editor.setModelMarkers(model, 'ordinal', markers)
    }, 250)
    return () => clearTimeout(timer)
  }, [value, mountedAt])
  return (
    <Editor
      onMount={(editor, monaco) => {
        mounted.current = [editor, monaco]
        setMountedAt((n) => n + 1)
      }}
      language="yaml"
      // Uncontrolled: the editor owns its text while the learner types. Feeding each keystroke back
      // as a controlled value lets a render that lags behind the keyboard overwrite newer keys.
      defaultValue={value}
      theme="vs"
      onChange={(next) => onChange?.(next ?? '')}
      options={{
        ariaLabel: label,
        minimap: { enabled: false },
        fontSize: 14,
        tabSize: 2,
        insertSpaces: true,
        scrollBeyondLastLine: false,
        automaticLayout: true,
      }}
      loading={<p className="panel-title">Loading editor…</p>}
    />
  )
}
