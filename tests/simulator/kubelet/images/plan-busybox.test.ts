import { describe, expect, it } from 'vitest'
import { exitOf, logs, plan } from './helpers'

describe('busybox commands', () => {
  it('the default `sh` exits 0 at once without stdin (Completed, then CrashLoopBackOff)', () => {
    const p = plan({ image: 'busybox' })
    expect(exitOf(p)).toMatchObject({ code: 0, reason: 'Completed' })
    expect(exitOf(p)!.afterMs).toBeLessThan(50)
    expect(logs(p)).toEqual([])
  })

  it('`sh` with stdin keeps running', () => {
    expect(exitOf(plan({ image: 'busybox:1.28', stdin: true, tty: true }))).toBeUndefined()
  })

  it('`sleep 3600` runs for an hour, then completes', () => {
    expect(exitOf(plan({ image: 'busybox', command: ['sleep', '3600'] }))).toMatchObject({ afterMs: 3_600_001, code: 0 })
  })

  it('`sleep infinity` never exits, and PID 1 ignores SIGTERM', () => {
    const p = plan({ image: 'busybox:1.28', args: ['sleep', 'infinity'] })
    expect(exitOf(p)).toBeUndefined()
    expect(p.onTerm).toMatchObject({ handled: false, exitCode: 137 })
  })

  it('an invalid duration is busybox wording', () => {
    const p = plan({ image: 'busybox', command: ['sleep', 'ten'] })
    expect(logs(p)).toEqual(["sleep: invalid number 'ten'"])
    expect(exitOf(p)).toMatchObject({ code: 1, reason: 'Error' })
  })

  it('a command missing from the image fails to start (StartError, exit 128)', () => {
    const p = plan({ image: 'busybox', command: ['foo'] })
    expect(p.startError).toEqual({
      reason: 'StartError',
      message:
        'failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: ' +
        'unable to start container process: error during container init: exec: "foo": executable file not found in $PATH',
      exitCode: 128,
    })
    expect(p.steps).toEqual([])
  })

  it('a missing absolute path is a stat error', () => {
    expect(plan({ image: 'busybox', command: ['/bin/bash', '-c', 'true'] }).startError?.message).toMatch(
      /exec: "\/bin\/bash": stat \/bin\/bash: no such file or directory$/,
    )
  })

  it('images without a shell cannot run `sh`', () => {
    expect(plan({ image: 'registry.k8s.io/pause:3.10', command: ['sh'] }).startError?.message).toMatch(/exec: "sh": executable file not found in \$PATH$/)
  })
})

describe('sh -c scripts', () => {
  it('echo and sleep produce timed lines, then the script exits with its status', () => {
    const p = plan({ image: 'busybox', command: ['sh', '-c', 'echo hello; sleep 2; echo "bye $HOSTNAME"; exit 3'] })
    expect(logs(p)).toEqual(['hello', 'bye web-0'])
    expect(p.steps.find((s) => s.log?.[0] === 'bye web-0')?.afterMs).toBe(2000)
    expect(exitOf(p)).toMatchObject({ code: 3, reason: 'Error' })
  })

  it('an endless loop repeats its output with the clock and a counter', () => {
    const p = plan({ image: 'busybox', command: ['/bin/sh', '-c', 'i=0; while true; do echo "$(date) tick $i"; i=$((i+1)); sleep 5; done'] })
    expect(logs(p, 12_000)).toEqual([
      'Sat Feb  1 12:00:00 UTC 2025 tick 0',
      'Sat Feb  1 12:00:05 UTC 2025 tick 1',
      'Sat Feb  1 12:00:10 UTC 2025 tick 2',
    ])
    expect(exitOf(p)).toBeUndefined()
  })

  it('for loops unroll; && and || short-circuit', () => {
    const p = plan({ image: 'busybox', args: ['sh', '-c', 'for n in a b; do echo $n; done; false && echo no; false || echo yes'] })
    expect(logs(p)).toEqual(['a', 'b', 'yes'])
    expect(exitOf(p)?.code).toBe(0)
  })

  it('a missing command prints the shell error and the script goes on (127 unless set -e)', () => {
    expect(logs(plan({ image: 'busybox', command: ['sh', '-c', 'foo; echo after'] }))).toEqual(['sh: foo: not found', 'after'])
    const strict = plan({ image: 'busybox', command: ['sh', '-ec', 'foo; echo after'] })
    expect(logs(strict)).toEqual(['sh: foo: not found'])
    expect(exitOf(strict)?.code).toBe(127)
    expect(logs(plan({ image: 'nginx', command: ['sh', '-c', 'foo'] }))).toEqual(['sh: 1: foo: not found'])
    expect(logs(plan({ image: 'mysql:8.0', command: ['bash', '-c', 'foo'] }))).toEqual(['bash: line 1: foo: command not found'])
  })

  it('set -x traces commands', () => {
    expect(logs(plan({ image: 'busybox', command: ['sh', '-xc', 'echo hi'] }))).toEqual(['+ echo hi', 'hi'])
  })

  it('redirections drop output; writes under a mount populate the volume', () => {
    const p = plan({
      image: 'busybox',
      command: ['sh', '-c', 'echo quiet > /dev/null; echo saved >> /data/out.txt; echo shown'],
      volumeMounts: [{ name: 'data', mountPath: '/data' }],
    })
    expect(logs(p)).toEqual(['shown'])
    expect(p.steps.some((s) => s.populates?.includes('data'))).toBe(true)
  })

  it('a TERM trap makes the shell stop promptly', () => {
    const p = plan({ image: 'busybox', command: ['sh', '-c', "trap 'exit 0' TERM; sleep infinity & wait"] })
    expect(p.onTerm).toMatchObject({ handled: true, exitCode: 0 })
    expect(exitOf(p)).toBeUndefined()
  })

  it('bash [[ =~ ]] fills BASH_REMATCH (the MySQL tutorial init container)', () => {
    const script = [
      'set -e',
      '[[ $HOSTNAME =~ -([0-9]+)$ ]] || exit 1',
      'ordinal=${BASH_REMATCH[1]}',
      'echo server-id=$((100 + $ordinal))',
      'if [[ $ordinal -eq 0 ]]; then echo primary; else echo replica; fi',
    ].join('\n')
    const p = plan({ image: 'mysql:5.7', command: ['bash', '-c', script] }, { hostname: 'mysql-2', isInitContainer: true })
    expect(logs(p)).toEqual(['server-id=102', 'replica'])
    expect(exitOf(p)).toMatchObject({ code: 0, reason: 'Completed' })
  })

  it('unmodelled commands: regular containers keep running, init containers succeed', () => {
    const regular = plan({ image: 'busybox', command: ['sh', '-c', 'echo go; wget -qO- http://web'] })
    expect(exitOf(regular)).toBeUndefined()
    expect(regular.notes.join()).toContain('not modelled')
    const init = plan({ image: 'busybox', command: ['sh', '-c', 'wget -qO- http://web; echo done'] }, { isInitContainer: true })
    expect(logs(init)).toEqual(['done'])
    expect(exitOf(init)?.code).toBe(0)
  })
})

describe('nested shells and background jobs', () => {
  it('exec into another shell keeps interpreting', () => {
    const p = plan({ image: 'nginx', command: ['sh', '-c', 'echo outer; exec bash -c "echo inner; exit 4"'] })
    expect(logs(p)).toEqual(['outer', 'inner'])
    expect(exitOf(p)?.code).toBe(4)
  })

  it('the container ends with PID 1, even with background jobs still running', () => {
    const p = plan({ image: 'busybox', command: ['sh', '-c', '(sleep 5; echo late) & echo early'] })
    expect(logs(p)).toEqual(['early'])
    expect(exitOf(p)?.code).toBe(0)
  })
})
