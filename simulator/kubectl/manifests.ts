// `-f` for apply, create, delete, describe and get: files, directories and standard input,
// split into YAML or JSON documents as kubectl's resource builder does.
// mirrors kubernetes/cli-runtime pkg/resource/visitor.go (FileVisitor, StreamVisitor, ExpandPathsToFileVisitors).

import { parseAllDocuments } from 'yaml'
import type { ProcIO } from '../shell/run/process'

export interface Manifest {
  /** The file name as given (`web.yaml`, `dir/web.yaml`), or `STDIN`. */
  source: string
  object: Record<string, unknown>
}

export type ManifestsResult = { ok: true; manifests: Manifest[] } | { ok: false; error: string }

const EXTENSIONS = ['.json', '.yaml', '.yml']

/** Reads every `-f` argument in order; the first unreadable path or unparsable document stops it. */
export function readManifests(filenames: readonly string[], io: ProcIO, recursive = false): ManifestsResult {
  const manifests: Manifest[] = []
  for (const filename of filenames) {
    if (/^https?:\/\//.test(filename)) {
      return { ok: false, error: `unable to read URL "${filename}", server reported 404 Not Found, status code=404` }
    }
    const files = filename === '-' ? ['-'] : expandPath(filename, io, recursive)
    if (!files) return { ok: false, error: `the path "${filename}" does not exist` }
    for (const file of files) {
      const text = file === '-' ? io.stdin : readText(file, io)
      if (text === undefined) return { ok: false, error: `the path "${file}" does not exist` }
      const source = file === '-' ? 'STDIN' : file
      const documents = splitDocuments(text, source)
      if (!documents.ok) return documents
      manifests.push(...documents.objects.map((object) => ({ source, object })))
    }
  }
  return { ok: true, manifests }
}

function readText(path: string, io: ProcIO): string | undefined {
  const read = io.fs.readFile(path, io.cwd)
  return read.ok ? read.content : undefined
}

/** A file, or a directory's files with a manifest extension (sorted; subdirectories with -R). */
function expandPath(path: string, io: ProcIO, recursive: boolean): string[] | undefined {
  const stat = io.fs.stat(path, io.cwd)
  if (!stat) return undefined
  if (stat.type === 'file') return [path]
  const files: string[] = []
  for (const name of io.fs.list(path, io.cwd) ?? []) {
    const child = `${path.replace(/\/$/, '')}/${name}`
    const childStat = io.fs.stat(child, io.cwd)
    if (childStat?.type === 'dir') {
      if (recursive) files.push(...(expandPath(child, io, true) ?? []))
    } else if (EXTENSIONS.some((ext) => name.endsWith(ext))) files.push(child)
  }
  return files
}

type Documents = { ok: true; objects: Record<string, unknown>[] } | { ok: false; error: string }

/**
 * YAML documents (YAML 1.1 scalars, as go-yaml reads them) or one JSON value; empty documents
 * are skipped. A `List` is expanded to its items. Syntax errors read as kubectl's
 * `error parsing FILE: error converting YAML to JSON: yaml: line N: …`.
 */
export function splitDocuments(text: string, source: string): Documents {
  const objects: Record<string, unknown>[] = []
  const docs = parseAllDocuments(text, {
    version: '1.1',
    uniqueKeys: false,
    prettyErrors: false,
    customTags: (tags) => tags.filter((t) => typeof t === 'string' || t.tag !== 'tag:yaml.org,2002:timestamp'),
  })
  for (const doc of Array.isArray(docs) ? docs : [docs]) {
    const error = doc.errors[0]
    if (error) {
      const line = lineOf(text, error.pos[0])
      return { ok: false, error: `error parsing ${source}: error converting YAML to JSON: yaml: line ${line}: ${goYamlMessage(error.code, error.message)}` }
    }
    const value: unknown = doc.toJS({ maxAliasCount: 100 })
    if (value === null || value === undefined) continue
    if (typeof value !== 'object' || Array.isArray(value)) {
      return { ok: false, error: `error parsing ${source}: json: cannot unmarshal ${Array.isArray(value) ? 'array' : typeof value === 'string' ? 'string' : 'number'} into Go value of type map[string]interface {}` }
    }
    const obj = value as Record<string, unknown>
    if (obj.kind === 'List' && Array.isArray(obj.items)) objects.push(...(obj.items as Record<string, unknown>[]))
    else objects.push(obj)
  }
  return { ok: true, objects }
}

function lineOf(text: string, offset: number): number {
  let line = 1
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++
  return line
}

/** go-yaml's wording for the common mistakes (tabs, bad indentation, unclosed quotes). */
function goYamlMessage(code: string, message: string): string {
  switch (code) {
    case 'TAB_AS_INDENT':
      return 'found character that cannot start any token'
    case 'BAD_INDENT':
    case 'UNEXPECTED_TOKEN':
      return 'did not find expected key'
    case 'MISSING_CHAR':
      return 'did not find expected node content'
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return 'mapping values are not allowed in this context'
    case 'DUPLICATE_KEY':
      return 'duplicate key'
    default:
      return message.split('\n')[0].replace(/ at line \d+, column \d+.*$/, '')
  }
}
