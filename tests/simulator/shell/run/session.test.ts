// The shell executor against bash's behaviour: expansion, control flow, pipes, redirections,
// here-documents, exit statuses, jobs and virtual time.
import { describe, expect, it } from 'vitest'
import { createCluster } from '../../../../simulator/index'

function run(script: string): { output: string; exitCode: number; cluster: ReturnType<typeof createCluster> } {
  const cluster = createCluster({ seed: 1 })
  let output = ''
  let exitCode = 0
  for (const line of script.split('\n---\n')) {
    const result = cluster.run(line)
    output += result.output
    exitCode = result.exitCode
  }
  return { output, exitCode, cluster }
}

describe('shell', () => {
  it('expands variables, quotes and command substitution', () => {
    expect(run('x=web; echo "$x-0" \'$x\' $(echo sub)').output).toBe('web-0 $x sub\n')
    expect(run('echo ${missing:-default} ${#x}').output).toBe('default 0\n')
  })

  it('runs the tutorial loop and and-or lists with bash exit statuses', () => {
    expect(run('for i in 0 1 2; do echo "web-$i"; done').output).toBe('web-0\nweb-1\nweb-2\n')
    expect(run('false && echo no || echo yes').output).toBe('yes\n')
    expect(run('nosuch').output).toBe('bash: nosuch: command not found\n')
    expect(run('nosuch').exitCode).toBe(127)
    expect(run('nosuch; echo $?').output).toBe('bash: nosuch: command not found\n127\n')
  })

  it('pipes, redirects and appends through the virtual filesystem', () => {
    const { output } = run('printf "b\\na\\nc\\n" | sort | head -n 2\n---\necho one > f.txt; echo two >> f.txt; cat f.txt; wc -l < f.txt\n---\ncat missing 2>/dev/null; echo $?')
    expect(output).toBe('a\nb\none\ntwo\n2\n1\n')
  })

  it('writes here-documents, quoted and unquoted', () => {
    const { output, cluster } = run("name=web\ncat <<EOF > a.txt\nhello $name\nEOF\n---\ncat <<'EOF' > b.txt\nhello $name\nEOF\n---\ncat a.txt b.txt")
    expect(output).toBe('hello web\nhello $name\n')
    expect(cluster.files.readFile('a.txt')).toEqual({ ok: true, content: 'hello web\n' })
  })

  it('applies a manifest piped from a here-document', () => {
    const manifest = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  mode: demo\n'
    const { output } = run(`cat <<EOF | kubectl apply -f -\n${manifest}EOF\n---\nkubectl get cm settings -o jsonpath='{.data.mode}'`)
    expect(output).toBe('configmap/settings created\ndemo')
  })

  it('sleep and timeout move virtual time, not the wall clock', () => {
    const { cluster, output, exitCode } = run('sleep 90\n---\ntimeout 5 kubectl get pods -w')
    expect(cluster.now()).toBeGreaterThanOrEqual(95_000)
    expect(output).toBe('')
    expect(exitCode).toBe(124)
  })

  it('reports syntax errors as bash does', () => {
    expect(run('echo a;;').output).toBe("bash: syntax error near unexpected token `;;'\n")
    expect(run('cd nowhere').output).toBe('bash: cd: nowhere: No such file or directory\n')
  })

  it('runs a background command at once and lets later commands follow', () => {
    const cluster = createCluster({ seed: 1 })
    const { transcript } = cluster.runScript('kubectl create configmap a &\nsleep 1\necho after\n')
    expect(transcript).toBe('$ kubectl create configmap a &\nconfigmap/a created\n$ sleep 1\n$ echo after\nafter\n')
  })

  it('keeps history and records a replayable log', () => {
    const cluster = createCluster({ seed: 3 })
    cluster.run('kubectl create configmap a')
    cluster.advance(5_000)
    cluster.run('kubectl create configmap b')
    expect(cluster.history()).toEqual(['kubectl create configmap a', 'kubectl create configmap b'])
    expect(cluster.log.map((e) => e.at)).toEqual([0, 5_000].map((t) => t + cluster.log[0].at))
  })
})
