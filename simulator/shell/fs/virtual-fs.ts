// The sandbox's filesystem: an in-memory tree of directories and text files holding what a
// lesson provides and what the learner writes (`cat <<EOF > web.yaml`, the editor's saves).
// Paths resolve like POSIX paths: relative to a working directory, with `.`, `..` and `~`.

export const HOME_DIR = '/home/learner'

export type FsError = 'No such file or directory' | 'Is a directory' | 'Not a directory'

export type ReadResult = { ok: true; content: string } | { ok: false; error: FsError }
export type WriteResult = { ok: true } | { ok: false; error: FsError }

export interface Stat {
  type: 'file' | 'dir'
  size: number
}

interface Dir {
  type: 'dir'
  children: Map<string, Node>
}

interface File {
  type: 'file'
  content: string
}

type Node = Dir | File

export interface VirtualFs {
  /** The absolute, normalised form of `path` seen from `cwd`. */
  resolve(path: string, cwd: string): string
  readFile(path: string, cwd?: string): ReadResult
  writeFile(path: string, cwd: string, content: string, options?: { append?: boolean }): WriteResult
  mkdir(path: string, cwd: string, options?: { parents?: boolean }): WriteResult | { ok: false; error: 'File exists' }
  remove(path: string, cwd: string, options?: { recursive?: boolean }): WriteResult
  /** Entry names of a directory in byte order, or undefined when it is not a directory. */
  list(path: string, cwd?: string): string[] | undefined
  stat(path: string, cwd?: string): Stat | undefined
  exists(path: string, cwd?: string): boolean
  /** Every file as absolute path → content (for snapshots, sharing and replay). */
  snapshot(): Record<string, string>
  /** Replaces the whole tree with the files of a snapshot. */
  restore(files: Readonly<Record<string, string>>): void
}

const dir = (): Dir => ({ type: 'dir', children: new Map() })

/**
 * A filesystem holding `files` (relative paths are under the home) and the directories `dirs`
 * (by default /tmp and /home/learner; a volume starts with none).
 */
export function createVirtualFs(files: Readonly<Record<string, string>> = {}, dirs: readonly string[] = ['/tmp', HOME_DIR]): VirtualFs {
  let root = dir()
  const init = (contents: Readonly<Record<string, string>>) => {
    root = dir()
    for (const path of dirs) mkdirp(split(path))
    for (const [path, content] of Object.entries(contents)) {
      const parts = split(resolve(path, HOME_DIR))
      mkdirp(parts.slice(0, -1))
      const parent = lookup(parts.slice(0, -1))
      if (parent && parent !== 'not-dir' && parent.type === 'dir') parent.children.set(parts[parts.length - 1], { type: 'file', content })
    }
  }

  function lookup(parts: readonly string[]): Node | undefined | 'not-dir' {
    let node: Node = root
    for (const part of parts) {
      if (node.type !== 'dir') return 'not-dir'
      const next = node.children.get(part)
      if (!next) return undefined
      node = next
    }
    return node
  }

  function mkdirp(parts: readonly string[]): void {
    let node: Node = root
    for (const part of parts) {
      if (node.type !== 'dir') return
      let next = node.children.get(part)
      if (!next) node.children.set(part, (next = dir()))
      node = next
    }
  }

  const node = (path: string, cwd = HOME_DIR) => lookup(split(resolve(path, cwd)))
  const fs: VirtualFs = {
    resolve,
    readFile(path, cwd = HOME_DIR) {
      const found = node(path, cwd)
      if (found === 'not-dir') return { ok: false, error: 'Not a directory' }
      if (!found) return { ok: false, error: 'No such file or directory' }
      if (found.type === 'dir') return { ok: false, error: 'Is a directory' }
      return { ok: true, content: found.content }
    },
    writeFile(path, cwd, content, options = {}) {
      const parts = split(resolve(path, cwd))
      const parent = lookup(parts.slice(0, -1))
      if (parent === 'not-dir' || parent?.type === 'file') return { ok: false, error: 'Not a directory' }
      if (!parent || parts.length === 0) return { ok: false, error: parts.length ? 'No such file or directory' : 'Is a directory' }
      const name = parts[parts.length - 1]
      const existing = parent.children.get(name)
      if (existing?.type === 'dir') return { ok: false, error: 'Is a directory' }
      const before = options.append && existing ? existing.content : ''
      parent.children.set(name, { type: 'file', content: before + content })
      return { ok: true }
    },
    mkdir(path, cwd, options = {}) {
      const parts = split(resolve(path, cwd))
      const found = lookup(parts)
      if (found && found !== 'not-dir') return options.parents && found.type === 'dir' ? { ok: true } : { ok: false, error: 'File exists' }
      const parent = lookup(parts.slice(0, -1))
      if (!options.parents && (parent === undefined || parent === 'not-dir' || parent.type !== 'dir')) {
        return { ok: false, error: parent === undefined ? 'No such file or directory' : 'Not a directory' }
      }
      mkdirp(parts)
      return lookup(parts) && (lookup(parts) as Node).type === 'dir' ? { ok: true } : { ok: false, error: 'Not a directory' }
    },
    remove(path, cwd, options = {}) {
      const parts = split(resolve(path, cwd))
      const parent = lookup(parts.slice(0, -1))
      const target = lookup(parts)
      if (!target || target === 'not-dir' || !parent || parent === 'not-dir' || parent.type !== 'dir') {
        return { ok: false, error: target === 'not-dir' ? 'Not a directory' : 'No such file or directory' }
      }
      if (target.type === 'dir' && !options.recursive) return { ok: false, error: 'Is a directory' }
      parent.children.delete(parts[parts.length - 1])
      return { ok: true }
    },
    list(path, cwd = HOME_DIR) {
      const found = node(path, cwd)
      if (!found || found === 'not-dir' || found.type !== 'dir') return undefined
      return [...found.children.keys()].sort(byteOrder)
    },
    stat(path, cwd = HOME_DIR) {
      const found = node(path, cwd)
      if (!found || found === 'not-dir') return undefined
      return found.type === 'dir' ? { type: 'dir', size: 4096 } : { type: 'file', size: new TextEncoder().encode(found.content).length }
    },
    exists: (path, cwd = HOME_DIR) => fs.stat(path, cwd) !== undefined,
    snapshot() {
      const out: Record<string, string> = {}
      const walk = (d: Dir, prefix: string) => {
        for (const [name, child] of [...d.children].sort(([a], [b]) => byteOrder(a, b))) {
          if (child.type === 'file') out[`${prefix}/${name}`] = child.content
          else walk(child, `${prefix}/${name}`)
        }
      }
      walk(root, '')
      return out
    },
    restore: (contents) => init(contents),
  }
  init(files)
  return fs
}

function byteOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function split(absolute: string): string[] {
  return absolute.split('/').filter(Boolean)
}

/** Normalises `path` against `cwd`; `~` and `~/x` are the learner's home. */
function resolve(path: string, cwd: string): string {
  const expanded = path === '~' ? HOME_DIR : path.startsWith('~/') ? HOME_DIR + path.slice(1) : path
  const start = expanded.startsWith('/') ? [] : split(cwd)
  for (const part of expanded.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') start.pop()
    else start.push(part)
  }
  return '/' + start.join('/')
}
