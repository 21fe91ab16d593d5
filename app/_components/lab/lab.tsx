'use client'

import { useCallback, useState, type ReactNode } from 'react'
import { ClusterView } from '@/app/_components/cluster-view/cluster-view'
import { LazyYamlEditor } from '@/app/_components/editor/lazy-yaml-editor'
import { HOME, shownPath, useEditorFile } from '@/app/_components/editor/use-editor-file'
import { Terminal, type TerminalController } from '@/app/_components/terminal/terminal'
import { TimeControls } from '@/app/_components/time-controls/time-controls'
import { WatchPane } from '@/app/_components/watch-pane/watch-pane'
import { useClusterClock } from '@/app/_stores/cluster-clock'
import { usePreferences } from '@/app/_stores/preferences'
import type { Lab as LabState } from './use-lab'

export interface LabProps {
  lab: LabState
  /** The file the editor shows first (a name in the home directory). */
  initialFile?: string
  /** Called after every clock tick (once its frame is painted) and time jump (lesson checks run here). */
  onTick?: () => void
  onTerminalReady?: (controller: TerminalController | null) => void
  /** Confirms a reset; the lab resets when it returns true. */
  confirmReset?: () => boolean
  /** Extra buttons for the toolbar (share, export, import). */
  tools?: ReactNode
}

/**
 * The working area of a lesson or the sandbox: time controls, the terminal, and tabs for the
 * cluster view, a watch pane and the editor.
 */
export function Lab({ lab, initialFile, onTick, onTerminalReady, confirmReset, tools }: LabProps) {
  const { session } = lab
  const [tab, setTab] = useState<'cluster' | 'watch' | 'editor'>('cluster')
  const showEditor = useCallback(() => setTab('editor'), [])
  const editor = useEditorFile(session.cluster, initialFile ? `${HOME}/${initialFile}` : null, showEditor)
  const tick = useCallback(() => {
    session.shell.tick()
    onTick?.()
  }, [session, onTick])
  useClusterClock(session.cluster, session.shell.tick, onTick)
  const reset = () => {
    if (!confirmReset || confirmReset()) lab.reset()
  }
  const files = session.cluster.files.list(HOME) ?? []
  const screenReaderMode = usePreferences((p) => p.screenReaderMode)
  const setScreenReaderMode = usePreferences((p) => p.setScreenReaderMode)
  const allTools = (
    <>
      <button type="button" aria-pressed={screenReaderMode} onClick={() => setScreenReaderMode(!screenReaderMode)} title="Makes the terminal readable by screen readers">
        Screen reader mode
      </button>
      {tools}
    </>
  )
  return (
    <section className="lab" aria-label="Lab">
      <TimeControls cluster={session.cluster} onReset={reset} onUndo={() => lab.undo()} onJump={tick} tools={allTools} />
      <div className="lab-terminal">
        <Terminal key={session.id} label="Terminal" shell={session.shell} banner={session.banner} onReady={onTerminalReady} screenReaderMode={screenReaderMode} />
      </div>
      <div className="lab-bottom">
        <div role="tablist" aria-label="Lab views" className="tabs">
          <button type="button" role="tab" id="tab-cluster" aria-controls="panel-cluster" aria-selected={tab === 'cluster'} onClick={() => setTab('cluster')}>
            Cluster
          </button>
          <button type="button" role="tab" id="tab-watch" aria-controls="panel-watch" aria-selected={tab === 'watch'} onClick={() => setTab('watch')}>
            Watch
          </button>
          <button type="button" role="tab" id="tab-editor" aria-controls="panel-editor" aria-selected={tab === 'editor'} onClick={() => setTab('editor')}>
            Editor{editor.path ? `: ${shownPath(editor.path)}` : ''}
          </button>
        </div>
        <div role="tabpanel" id="panel-cluster" aria-labelledby="tab-cluster" hidden={tab !== 'cluster'} className="tab-panel">
          <ClusterView key={session.id} cluster={session.cluster} />
        </div>
        <div role="tabpanel" id="panel-watch" aria-labelledby="tab-watch" hidden={tab !== 'watch'} className="tab-panel">
          <WatchPane key={session.id} cluster={session.cluster} />
        </div>
        <div role="tabpanel" id="panel-editor" aria-labelledby="tab-editor" hidden={tab !== 'editor'} className="tab-panel editor-panel">
          <div className="editor-bar">
            <div className="file-list" role="group" aria-label="Files">
              {files.map((name) => (
                <button key={name} type="button" aria-pressed={editor.path === `${HOME}/${name}`} onClick={() => editor.open(`${HOME}/${name}`)}>
                  {name}
                </button>
              ))}
            </div>
            <span className="muted editor-note">Changes are saved as you type.</span>
            {editor.waiting && editor.waiting === editor.path && (
              <button type="button" className="button" onClick={editor.finish}>
                Save and return to kubectl
              </button>
            )}
          </div>
          {tab === 'editor' && editor.path && (
            <div className="editor-host" data-testid="editor">
              <LazyYamlEditor key={`${session.id}:${editor.path}:${editor.generation}`} label={shownPath(editor.path)} value={editor.content} onChange={editor.change} />
            </div>
          )}
        </div>
      </div>
    </section>
  )
}
