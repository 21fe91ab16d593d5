'use client'

import Editor from '@monaco-editor/react'
import './monaco-setup'

export interface YamlEditorProps {
  /** Shown to assistive technology and in the editor's accessible name. */
  label: string
  value: string
  onChange?: (value: string) => void
}

/** Monaco with YAML highlighting. Load it through LazyYamlEditor so Monaco stays out of the page bundle. */
export default function YamlEditor({ label, value, onChange }: YamlEditorProps) {
  return (
    <Editor
      language="yaml"
      value={value}
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
