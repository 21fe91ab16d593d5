'use client'

import Link from 'next/link'
import { useEffect, useRef, useState } from 'react'
import { useStore } from 'zustand'
import type { LessonProgressStore } from '@/app/_stores/lesson-progress'
import type { CheckResult, Lesson } from '@/simulator/index'
import { Prose } from './prose'

/** A lesson as the page receives it: the parsed lesson plus its markdown rendered to HTML. */
export interface LessonPageData {
  lesson: Lesson
  /** The lesson after this one in the catalogue, if any. */
  /** The lesson to go on with; `href` when it is not the plain lesson page (a workshop's). */
  next?: { slug: string; title: string; href?: string }
  introHtml: string
  steps: { bodyHtml: string; hintsHtml: string[] }[]
}

export interface LessonReaderProps {
  data: LessonPageData
  progress: LessonProgressStore
  onRun(text: string): void
  /** Evaluates an exercise's checks now (on submit). */
  /** Grades an exercise; the Submit button stays disabled until the returned promise settles. */
  onSubmit(stepId: string): void | Promise<void>
}

/** The lesson column: steps, the current step's prose, checklist, hints, solution and prompts. */
export function LessonReader({ data, progress, onRun, onSubmit }: LessonReaderProps) {
  const { lesson } = data
  const state = useStore(progress)
  const finished = state.current >= lesson.steps.length
  const index = state.viewing
  const step = lesson.steps[index]
  const isCurrent = index === state.current
  const heading = useRef<HTMLHeadingElement>(null)
  const first = useRef(true)
  useEffect(() => {
    // A new step (reached or picked) comes into view; not on first load.
    if (first.current) first.current = false
    else heading.current?.scrollIntoView({ block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' })
  }, [index])
  return (
    <div className="lesson-reader">
      <header className="lesson-head">
        <h1>{lesson.title}</h1>
        <nav aria-label="Steps">
          <ol className="step-list">
            {lesson.steps.map((s, i) => {
              const done = state.completed[s.id]
              const reachable = i <= state.current
              return (
                <li key={s.id}>
                  <button type="button" disabled={!reachable} aria-current={i === index ? 'step' : undefined} onClick={() => state.view(i)}>
                    <span className={`step-mark ${done ? 'done' : i === state.current ? 'now' : ''}`} aria-hidden="true">
                      {done ? '✓' : i + 1}
                    </span>
                    <span className="step-title">{s.title}</span>
                    <span className="visually-hidden">{done ? (done === 'assisted' ? ' (done with the solution shown)' : ' (done)') : i === state.current ? ' (current)' : reachable ? '' : ' (locked)'}</span>
                  </button>
                </li>
              )
            })}
          </ol>
        </nav>
      </header>
      <div aria-live="polite" className="visually-hidden">
        {finished ? 'Lesson complete.' : state.current > 0 ? `Step ${state.current} done. Now: ${lesson.steps[state.current].title}.` : ''}
      </div>
      {finished && (
        <section className="lesson-done" aria-label="Lesson complete">
          <h2>Lesson complete</h2>
          <p>
            {Object.values(state.completed).filter((c) => c === 'assisted').length === 0
              ? 'You completed every step on your own.'
              : `You completed every step; ${Object.values(state.completed).filter((c) => c === 'assisted').length} with the solution shown.`}{' '}
            {data.next ? (
              <>
                Next: <Link href={data.next.href ?? `/lessons/${data.next.slug}`}>{data.next.title}</Link>
              </>
            ) : (
              <Link href="/">Back to the lessons</Link>
            )}
          </p>
        </section>
      )}
      {index > 0 && isCurrent && state.completed[lesson.steps[index - 1].id] && <JustDone step={lesson.steps[index - 1]} progress={progress} />}
      <article className="step" aria-labelledby="step-title">
        {index === 0 && <Prose html={data.introHtml} onRun={onRun} />}
        <h2 id="step-title" ref={heading}>
          <span className="step-count">
            Step {index + 1} of {lesson.steps.length}
            {step.exercise && ' · graded exercise'}
          </span>
          {step.title}
        </h2>
        {step.predict && <Predict stepId={step.id} predict={step.predict} progress={progress} />}
        <Prose html={data.steps[index].bodyHtml} onRun={onRun} />
        {step.exercise ? (
          <Exercise stepId={step.id} results={state.submissions[step.id]} done={!!state.completed[step.id]} onSubmit={() => onSubmit(step.id)} />
        ) : (
          <Checklist results={isCurrent ? state.results : null} checks={step.checks} done={!!state.completed[step.id]} />
        )}
        {!step.exercise && !state.completed[step.id] && (
          <Help stepId={step.id} hintsHtml={data.steps[index].hintsHtml} solution={step.solution} progress={progress} onRun={onRun} />
        )}
      </article>
    </div>
  )
}

function Checklist({ results, checks, done }: { results: CheckResult[] | null; checks: Lesson['steps'][number]['checks']; done: boolean }) {
  return (
    <section className="checklist" aria-label="Checks">
      <h3>{done ? 'Done' : 'To do'}</h3>
      <ul>
        {checks.map((check) => {
          const result = results?.find((r) => r.id === check.id)
          const pass = done || result?.pass
          return (
            <li key={check.id} className={pass ? 'pass' : 'fail'} data-check={check.id}>
              <span className="check-mark" aria-hidden="true">
                {pass ? '✓' : '○'}
              </span>
              <span>
                {check.title}
                <span className="visually-hidden">{pass ? ': passed' : ': not yet'}</span>
                {!pass && result && <span className="check-detail">{result.detail}</span>}
              </span>
            </li>
          )
        })}
      </ul>
    </section>
  )
}

function Exercise({ results, done, onSubmit }: { stepId: string; results?: CheckResult[]; done: boolean; onSubmit(): void | Promise<void> }) {
  // One submission at a time: a double click must not grade (and count) twice.
  const [grading, setGrading] = useState(false)
  const submit = async () => {
    setGrading(true)
    try {
      await onSubmit()
    } finally {
      setGrading(false)
    }
  }
  return (
    <section className="checklist" aria-label="Exercise checks">
      <h3>{done ? 'Exercise passed' : 'Checks are hidden until you submit'}</h3>
      {results && (
        <ul>
          {results.map((r) => (
            <li key={r.id} className={r.pass ? 'pass' : 'fail'}>
              <span className="check-mark" aria-hidden="true">
                {r.pass ? '✓' : '✗'}
              </span>
              <span>
                {r.title}
                {!r.pass && <span className="check-detail">{r.detail}</span>}
              </span>
            </li>
          ))}
        </ul>
      )}
      {!done && (
        <button type="button" className="button" onClick={submit} disabled={grading} aria-busy={grading}>
          {grading ? 'Grading…' : 'Submit'}
        </button>
      )}
    </section>
  )
}

function Predict({ stepId, predict, progress }: { stepId: string; predict: NonNullable<Lesson['steps'][number]['predict']>; progress: LessonProgressStore }) {
  const answer = useStore(progress, (s) => s.predictions[stepId])
  const predictFor = useStore(progress, (s) => s.predict)
  const [choice, setChoice] = useState<number | null>(null)
  return (
    <section className="predict" aria-label="Predict before you run">
      <h3>Predict first</h3>
      <fieldset disabled={answer !== undefined}>
        <legend>{predict.question}</legend>
        {predict.choices.map((text, i) => (
          <label key={text} className={answer !== undefined && i === predict.answer ? 'right-answer' : undefined}>
            <input type="radio" name={`predict-${stepId}`} checked={(answer ?? choice) === i} onChange={() => setChoice(i)} /> {text}
          </label>
        ))}
      </fieldset>
      {answer === undefined ? (
        <button type="button" className="button" disabled={choice === null} onClick={() => choice !== null && predictFor(stepId, choice)}>
          Lock in my answer
        </button>
      ) : (
        <p role="status" className={answer === predict.answer ? 'predict-right' : 'predict-wrong'}>
          {answer === predict.answer ? 'Right. ' : `Not quite: the answer is “${predict.choices[predict.answer]}”. `}
          {predict.explanation} Now run it and see.
        </p>
      )}
    </section>
  )
}

function Help({ stepId, hintsHtml, solution, progress, onRun }: { stepId: string; hintsHtml: string[]; solution: string; progress: LessonProgressStore; onRun(text: string): void }) {
  const shown = useStore(progress, (s) => s.hintsShown[stepId] ?? 0)
  const solutionShown = useStore(progress, (s) => !!s.solutionShown[stepId])
  const { showHint, showSolution } = progress.getState()
  return (
    <section className="help" aria-label="Help">
      {hintsHtml.slice(0, shown).map((html, i) => (
        <div key={i} className="hint">
          <strong>Hint {i + 1}</strong>
          <Prose html={html} onRun={onRun} />
        </div>
      ))}
      <div className="help-actions">
        {shown < hintsHtml.length && (
          <button type="button" onClick={() => showHint(stepId)}>
            {shown === 0 ? 'Show a hint' : 'Another hint'} ({shown + 1} of {hintsHtml.length})
          </button>
        )}
        {!solutionShown && (
          <button type="button" onClick={() => showSolution(stepId)} title="The step will count as done with help">
            Show solution
          </button>
        )}
      </div>
      {solutionShown && (
        <div className="solution">
          <strong>Solution</strong> <span className="muted">(this step now counts as assisted)</span>
          <div className="code-block">
            <pre>
              <code>{solution}</code>
            </pre>
            <div className="code-actions">
              <button type="button" className="code-action" onClick={() => onRun(solution)}>
                Run
              </button>
            </div>
          </div>
        </div>
      )}
    </section>
  )
}

/** The step just finished, with what was learned from its prediction, above the next one. */
function JustDone({ step, progress }: { step: Lesson['steps'][number]; progress: LessonProgressStore }) {
  const answer = useStore(progress, (s) => s.predictions[step.id])
  const predict = step.predict
  return (
    <p className="just-done">
      ✓ Done: {step.title}.
      {predict && answer !== undefined && (answer === predict.answer ? ' Your prediction was right.' : ` You predicted “${predict.choices[answer]}”; it was “${predict.choices[predict.answer]}”.`)}
      {predict && answer === undefined && ` ${predict.explanation}`}
    </p>
  )
}
