// Judges lesson checks against a cluster: its store (objects and events), the command log and
// the learner's files. Every result carries a sentence saying what is there now, so a failing
// check tells the learner what is still wrong.
import type { Store } from '../engine/store'
import { parseSelector } from '../engine/label-parser'
import type { KubeObject } from '../objects/meta'
import type { Event } from '../objects/event'
import type { VirtualFs } from '../shell/fs/virtual-fs'
import type { Check, CountPredicate, EventsPredicate, FieldCondition, ObjectPredicate, Predicate, VolumeFilePredicate } from './schema'
import { describeCondition, testCondition } from './conditions'
import { kindInfo } from './kinds'

export interface CheckContext {
  store: Store
  /** Command lines entered so far, oldest first. */
  commands: readonly string[]
  files: VirtualFs
  /** Files written on a PersistentVolume, by PV name (null when none). */
  volumeFiles(pvName: string): Record<string, string> | null
}

export interface PredicateResult {
  pass: boolean
  /** What is the case now, in a sentence: "StatefulSet web: .status.readyReplicas is 2 (want 3)". */
  detail: string
}

export interface CheckResult extends PredicateResult {
  id: string
  title: string
}

/** Evaluates `check`; a failing check's detail is its `failure` text when the lesson gives one. */
export function evaluateCheck(check: Check, context: CheckContext): CheckResult {
  const result = evaluatePredicate(check.predicate, context)
  const detail = !result.pass && check.failure ? check.failure : result.detail
  return { id: check.id, title: check.title, pass: result.pass, detail }
}

export function evaluatePredicate(predicate: Predicate, context: CheckContext): PredicateResult {
  if ('all' in predicate) {
    const results = predicate.all.map((p) => evaluatePredicate(p, context))
    const failed = results.find((r) => !r.pass)
    return failed ?? { pass: true, detail: results.map((r) => r.detail).join('; ') }
  }
  if ('any' in predicate) {
    const results = predicate.any.map((p) => evaluatePredicate(p, context))
    const passed = results.find((r) => r.pass)
    return passed ?? { pass: false, detail: results.map((r) => r.detail).join('; or ') }
  }
  if ('not' in predicate) {
    const inner = evaluatePredicate(predicate.not, context)
    return { pass: !inner.pass, detail: inner.detail }
  }
  if ('object' in predicate) return evaluateObject(predicate, context)
  if ('count' in predicate) return evaluateCount(predicate, context)
  if ('events' in predicate) return evaluateEvents(predicate, context)
  if ('command' in predicate) {
    const pattern = new RegExp(predicate.command.matches)
    const line = context.commands.find((c) => pattern.test(c))
    return line !== undefined ? { pass: true, detail: `you ran: ${line}` } : { pass: false, detail: 'you have not run that command yet' }
  }
  if ('volumeFile' in predicate) return evaluateVolumeFile(predicate, context)
  const { path, contains, matches } = predicate.file
  const read = context.files.readFile(path)
  if (!read.ok) return { pass: false, detail: `${path} does not exist` }
  if (contains !== undefined && !read.content.includes(contains)) return { pass: false, detail: `${path} does not contain ${JSON.stringify(contains)}` }
  if (matches !== undefined && !new RegExp(matches, 'm').test(read.content)) return { pass: false, detail: `${path} does not match /${matches}/` }
  return { pass: true, detail: `${path} is as expected` }
}

const asList = (c: FieldCondition | FieldCondition[] | undefined): FieldCondition[] => (c === undefined ? [] : Array.isArray(c) ? c : [c])

function evaluateObject({ object: ref, expect }: ObjectPredicate, { store }: CheckContext): PredicateResult {
  const info = kindInfo(ref.kind)
  const namespace = info.namespaced ? (ref.namespace ?? 'default') : undefined
  const label = `${info.kind} ${ref.name}`
  const object = store.get({ kind: info.kind, namespace: namespace ?? '', name: ref.name })
  if (!object) return { pass: false, detail: `${label} does not exist` }
  for (const condition of asList(expect)) {
    if (!testCondition(object, condition)) return { pass: false, detail: `${label}: ${describeCondition(object, condition)}` }
  }
  const summary = asList(expect).map((c) => describeCondition(object, c)).join(', ')
  return { pass: true, detail: summary ? `${label}: ${summary}` : `${label} exists` }
}

function evaluateCount({ count, expect }: CountPredicate, { store }: CheckContext): PredicateResult {
  const info = kindInfo(count.kind)
  const selector = count.selector ? parseSelector(count.selector) : undefined
  if (selector && !selector.ok) return { pass: false, detail: `invalid selector ${count.selector}: ${selector.error}` }
  const namespace = info.namespaced ? (count.namespace ?? 'default') : undefined
  const conditions = asList(count.where)
  const matching = store
    .list(info.kind, { namespace, labelSelector: selector?.selector })
    .filter((o: KubeObject) => conditions.every((c) => testCondition(o, c)))
  const n = matching.length
  const pass = (expect.equals === undefined || n === expect.equals) && (expect.atLeast === undefined || n >= expect.atLeast) && (expect.atMost === undefined || n <= expect.atMost)
  const what = [count.selector ? `with ${count.selector}` : '', ...conditions.map((c) => `where ${c.path} ${wantText(c)}`)].filter(Boolean).join(' ')
  const want = expect.equals !== undefined ? `${expect.equals}` : [expect.atLeast !== undefined ? `at least ${expect.atLeast}` : '', expect.atMost !== undefined ? `at most ${expect.atMost}` : ''].filter(Boolean).join(' and ')
  const names = matching.slice(0, 6).map((o) => o.metadata.name).join(', ')
  return { pass, detail: `${n} ${n === 1 ? info.kind : info.plural}${what ? ` ${what}` : ''}${n ? ` (${names}${n > 6 ? ', …' : ''})` : ''}; want ${want}` }
}

function wantText(c: FieldCondition): string {
  return describeCondition(undefined, c).replace(/^is undefined /, '').replace(/^\(want (.*)\)$/, '$1')
}

function evaluateEvents({ events: filter, expect }: EventsPredicate, { store }: CheckContext): PredicateResult {
  const [kind, name] = filter.object ? filter.object.split('/') : []
  const events = (store.list('Event', { namespace: filter.namespace }) as Event[])
    .filter((e) => (filter.reason === undefined || e.reason === filter.reason) && (kind === undefined || (e.involvedObject.kind === kindInfo(kind).kind && e.involvedObject.name === name)))
    .filter((e) => filter.message === undefined || (e.message ?? '').includes(filter.message))
    .sort((a, b) => compareRecorded(a, b))
  const what = [filter.reason, kind && `${kindInfo(kind).kind}/${name}`, filter.message && `"${filter.message}"`].filter(Boolean).join(' ')
  if (expect?.inOrder) {
    let from = 0
    for (const text of expect.inOrder) {
      const index = events.findIndex((e, i) => i >= from && (e.message ?? '').includes(text))
      if (index < 0) return { pass: false, detail: `no ${what} event "${text}"${from > 0 ? ` after "${expect.inOrder[expect.inOrder.indexOf(text) - 1]}"` : ''}` }
      from = index + 1
    }
    return { pass: true, detail: `${what} events in order: ${expect.inOrder.join(', ')}` }
  }
  const atLeast = expect?.atLeast ?? 1
  return { pass: events.length >= atLeast, detail: `${events.length} ${what} event${events.length === 1 ? '' : 's'}; want at least ${atLeast}` }
}

/** Recording order: event names end in the hex nanoseconds of their first occurrence. */
function compareRecorded(a: Event, b: Event): number {
  const na = a.metadata.name.slice(a.metadata.name.lastIndexOf('.') + 1)
  const nb = b.metadata.name.slice(b.metadata.name.lastIndexOf('.') + 1)
  return na.length - nb.length || (na < nb ? -1 : na > nb ? 1 : 0)
}

/** A file on the volume bound to a claim: data written through `kubectl exec` into a mount. */
function evaluateVolumeFile({ volumeFile: want }: VolumeFilePredicate, { store, volumeFiles }: CheckContext): PredicateResult {
  const namespace = want.namespace ?? 'default'
  const claim = store.get({ kind: 'PersistentVolumeClaim', namespace, name: want.claim })
  if (!claim) return { pass: false, detail: `PersistentVolumeClaim ${want.claim} does not exist` }
  const volume: string | undefined = (claim as { spec?: { volumeName?: string } }).spec?.volumeName
  if (!volume) return { pass: false, detail: `PersistentVolumeClaim ${want.claim} is not bound to a volume` }
  const path = want.path.startsWith('/') ? want.path : `/${want.path}`
  const content = volumeFiles(volume)?.[path]
  const where = `${path} on the volume of ${want.claim}`
  if (content === undefined) return { pass: false, detail: `${where} does not exist` }
  if (want.contains !== undefined && !content.includes(want.contains)) return { pass: false, detail: `${where} does not contain ${JSON.stringify(want.contains)}` }
  return { pass: true, detail: `${where} holds ${JSON.stringify(content.length > 40 ? `${content.slice(0, 37)}…` : content)}` }
}
