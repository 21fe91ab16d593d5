import { describe, expect, it } from 'vitest'
import { createCluster } from '@/simulator/index'

const run = (line: string) => {
  const cluster = createCluster({ seed: 1, files: { 'f.yaml': 'a: 1\nreplicas: 2\nimage: nginx:1.14\n' } })
  return cluster.run(line)
}

describe('sed', () => {
  it.each([
    ["sed 's/replicas: 2/replicas: 3/' f.yaml", 'a: 1\nreplicas: 3\nimage: nginx:1.14\n'],
    ["sed -n '2,3p' f.yaml", 'replicas: 2\nimage: nginx:1.14\n'],
    ["sed 's/\\(image: nginx\\):.*/\\1:1.27/' f.yaml", 'a: 1\nreplicas: 2\nimage: nginx:1.27\n'],
    ["sed -E 's/([a-z]+): ([0-9])/\\2=\\1/g' f.yaml", '1=a\n2=replicas\nimage: nginx:1.14\n'],
    ["sed '/image/d;1d' f.yaml", 'replicas: 2\n'],
    ["echo hello world | sed 's/o/0/2'", 'hello w0rld\n'],
    ["echo 'a.b' | sed 's|\\.|/|'", 'a/b\n'],
    ["sed 's/a/b' f.yaml", "sed: -e expression #1, char 5: unterminated `s' command\n"],
  ])('%s', (line, output) => {
    expect(run(line).output).toBe(output)
  })

  it('edits a file in place with -i', () => {
    const cluster = createCluster({ seed: 1, files: { 'f.yaml': 'replicas: 2\n' } })
    expect(cluster.run("sed -i 's/2/3/' f.yaml")).toEqual({ output: '', exitCode: 0 })
    expect(cluster.run('cat f.yaml').output).toBe('replicas: 3\n')
  })
})
