// When the terminal shows `> ` and keeps reading. Each input is what the learner typed so far, every
// line ended by Enter. Checked by typing the same lines into `bash --norc -i` on a pty (bash 5.2.15)
// and watching for the PS2 prompt.

import { describe, expect, it } from 'vitest'
import { needsMoreInput } from '@/simulator/shell/incomplete'
import { parse } from '@/simulator/shell/parse'

describe('needsMoreInput', () => {
  it.each([
    ['echo "abc\n', 'open double quote'],
    ["echo 'abc\n", 'open single quote'],
    ['echo `ls\n', 'open backquote'],
    ['echo $(kubectl get pods\n', 'open $('],
    ['echo ${x\n', 'open ${'],
    ['echo $((1 +\n', 'open $(('],
    ['cat <<EOF\n', 'here-document without its body'],
    ['cat <<EOF | kubectl apply -f -\napiVersion: v1\nkind: Service\n', 'here-document body so far'],
    ["cat <<'EOF' > web.yaml\nkind: Service\n", 'quoted here-document body so far'],
    ['cat <<EOF )\n', 'here-document on a line with an error (bash reads the body first)'],
    ['kubectl get pods |\n', 'trailing pipe'],
    ['kubectl get sts web &&\n', 'trailing &&'],
    ['kubectl get sts web ||\n', 'trailing ||'],
    ['kubectl get pods \\\n', 'trailing backslash'],
    ['\\\n', 'a lone backslash'],
    ['for i in 0 1 2\n', 'for without do'],
    ['for i in 0 1; do\n', 'for without body'],
    ['for i in 0 1; do\n  kubectl exec "web-$i" -- hostname\n', 'for without done'],
    ['for ((i = 0; i < 3; i++))\n', 'arithmetic for without do'],
    ['while true; do\n', 'while'],
    ['if kubectl get pod web-0; then\n', 'if'],
    ['if a; then b; else\n', 'else'],
    ['case $x in\n', 'case'],
    ['case x in\nx) echo X;;\n', 'case without esac'],
    ['{\n', 'group'],
    ['(\n', 'subshell'],
    ['f() {\n', 'function body'],
    ['((1+\n', 'open (('],
    ['echo "first\nsecond\n', 'quote across lines'],
  ])('%j: %s', source => {
    expect(needsMoreInput(source)).toBe(true)
  })

  it.each([
    ['', 'nothing typed'],
    ['\n', 'empty line'],
    ['kubectl get pods\n', 'a command'],
    ['for i in 0 1; do\necho $i\ndone\n', 'a finished multi-line loop'],
    ['cat <<EOF | kubectl apply -f -\nkind: Service\nEOF\n', 'a finished here-document'],
    ['cat <<-EOF\n\tkind: Service\n\tEOF\n', 'a finished <<- here-document'],
    ['echo a;;\n', 'a syntax error (reported at once)'],
    ['done\n', 'a stray done'],
    ['echo >\n', 'a missing redirection target (newline is the unexpected token)'],
    ['echo a # comment \\\n', 'a backslash inside a comment'],
    ['echo x\\\\\n', 'an escaped backslash'],
    ['echo "a" \'b\' `c` $(d) ${e}\n', 'everything closed'],
    ['((1+\n2))\n', 'arithmetic finished on the next line'],
  ])('%j: %s', source => {
    expect(needsMoreInput(source)).toBe(false)
  })

  it('agrees with parse: once input is complete, the same text parses', () => {
    const lines = ['cat <<EOF | kubectl apply -f -', 'apiVersion: v1', 'kind: Service', 'EOF', '']
    const typed = lines.map((_, n) => lines.slice(0, n + 1).join('\n') + '\n')
    expect(typed.map(text => needsMoreInput(text))).toEqual([true, true, true, false, false])
    const result = parse(typed[3])
    expect(result.error).toBeNull()
    expect(result.warnings).toEqual([])
    expect(result.commands).toHaveLength(1)
  })
})
