'use client'

import { useCallback, useMemo, useRef, useState } from 'react'
import { ClusterView } from '@/app/_components/cluster-view/cluster-view'
import { LazyYamlEditor } from '@/app/_components/editor/lazy-yaml-editor'
import { HOME, shownPath, useEditorFile } from '@/app/_components/editor/use-editor-file'
import { LessonReader, type LessonPageData } from '@/app/_components/lesson-reader/lesson-reader'
import { Terminal, type TerminalController } from '@/app/_components/terminal/terminal'
import { TimeControls } from '@/app/_components/time-controls/time-controls'
import { WatchPane } from '@/app/_components/watch-pane/watch-pane'
import { useClusterClock } from '@/app/_stores/cluster-clock'
import { createLessonProgress } from '@/app/_stores/lesson-progress'
import { terminalShellFor } from '@/app/_stores/terminal-shell'
import { createCluster, evaluate, lessonClusterOptions, replayWithoutLast, type Cluster } from '@/simulator/index'

interface LabSession {
  id: number
  cluster: Cluster
  shell: ReturnType<typeof terminalShellFor>
  banner: string
}

let sessions = 0
const labSession = (cluster: Cluster, banner: string): LabSession => ({ id: ++sessions, cluster, shell: terminalShellFor(cluster), banner })

/** The lesson page: the reader beside a lab of time controls, terminal, cluster view and editor. */
export function LessonWorkbench({ data }: { data: LessonPageData }) {
  const { lesson } = data
  const options = useMemo(() => lessonClusterOptions(lesson, true), [lesson])
  const startBanner = `${lesson.title}: a simulated kind cluster (Kubernetes v1.31). Type kubectl commands here.\n`
  const [lab, setLab] = useState(() => labSession(createCluster(options), startBanner))
  const [progress, setProgress] = useState(() => createLessonProgress(lesson))
  const [tab, setTab] = useState<'cluster' | 'watch' | 'editor'>('cluster')
  const terminal = useRef<TerminalController | null>(null)
  const onReady = useCallback((controller: TerminalController | null) => void (terminal.current = controller), [])
  const showEditor = useCallback(() => setTab('editor'), [])
  const firstFile = Object.keys(lesson.cluster.files)[0]
  const editor = useEditorFile(lab.cluster, firstFile ? `${HOME}/${firstFile}` : null, showEditor)
  const evaluated = useRef('')

  const evaluateStep = useCallback(() => {
    const { current, setResults, complete } = progress.getState()
    const step = lesson.steps[current]
    if (!step || step.exercise) return
    const key = `${lab.id}:${current}:${lab.cluster.version()}:${lab.cluster.log.length}`
    if (key === evaluated.current) return
    evaluated.current = key
    const results = step.checks.map((check) => evaluate(check, lab.cluster))
    setResults(results)
    if (results.every((r) => r.pass)) complete(step.id)
  }, [lab, lesson, progress])

  const tick = useCallback(() => {
    lab.shell.tick()
    evaluateStep()
  }, [lab, evaluateStep])
  useClusterClock(lab.cluster, tick)

  const run = useCallback((text: string) => terminal.current?.run(text), [])
  const submit = (stepId: string) => {
    const step = lesson.steps.find((s) => s.id === stepId)
    if (!step) return
    const results = step.checks.map((check) => evaluate(check, lab.cluster))
    progress.getState().submit(stepId, results)
    if (results.every((r) => r.pass)) progress.getState().complete(stepId)
  }
  const reset = () => {
    if (!window.confirm('Start this lesson over? The cluster and your progress on this page are reset.')) return
    lab.cluster.stop()
    setLab(labSession(createCluster(options), startBanner))
    setProgress(createLessonProgress(lesson))
  }
  const undo = () => {
    const undone = replayWithoutLast(lab.cluster.log, options)
    if (!undone) return
    lab.cluster.stop()
    setLab(labSession(undone.cluster, `Undid: ${undone.undone}\nThe cluster was rebuilt by replaying your earlier commands; it is back at the moment before that one.\n`))
  }
  const files = lab.cluster.files.list(HOME) ?? []

  return (
    <div className="lesson-page">
      <aside className="lesson-column" aria-label="Lesson">
        <LessonReader data={data} progress={progress} onRun={run} onSubmit={submit} />
      </aside>
      <section className="lab" aria-label="Lab">
        <TimeControls cluster={lab.cluster} onReset={reset} onUndo={undo} onJump={tick} />
        <div className="lab-terminal">
          <Terminal key={lab.id} label="Terminal" shell={lab.shell} banner={lab.banner} onReady={onReady} />
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
            <ClusterView key={lab.id} cluster={lab.cluster} />
          </div>
          <div role="tabpanel" id="panel-watch" aria-labelledby="tab-watch" hidden={tab !== 'watch'} className="tab-panel">
            <WatchPane key={lab.id} cluster={lab.cluster} />
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
              {editor.waiting && editor.waiting === editor.path && (
                <button type="button" className="button" onClick={editor.finish}>
                  Save and return to kubectl
                </button>
              )}
            </div>
            {tab === 'editor' && editor.path && (
              <div className="editor-host" data-testid="editor">
                <LazyYamlEditor key={`${lab.id}:${editor.path}`} label={shownPath(editor.path)} value={editor.content} onChange={editor.change} />
              </div>
            )}
          </div>
        </div>
      </section>
    </div>
  )
}
