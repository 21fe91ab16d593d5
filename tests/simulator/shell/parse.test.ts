import { describe, expect, it } from 'vitest'
import type { SimpleCommand } from '@/simulator/shell/ast'
import { parse } from '@/simulator/shell/parse'
import { renderCommands } from './render'

/** Parses `source`, fails the test on a syntax error, and renders each complete command. */
function rendered(source: string): string[] {
  const result = parse(source)
  expect(result.error).toBeNull()
  return renderCommands(result.commands)
}

describe('parse: words', () => {
  it.each([
    ['echo hello world', 'echo hello world'],
    [`echo 'single $x' "double $x" \\$x`, 'echo "single $x" "double "$x "$"x'],
    ['echo web-"$i" "web-$i" web-$i', 'echo web-$i "web-"$i web-$i'],
    ['echo "a\\"b\\\\c\\$d\\`e\\x"', 'echo "a\\"b\\\\c$d`e\\\\x"'],
    ['echo ${i} ${x:-a b} "${x:-"a b"}" ${#x} ${x%.yaml} ${x//a/b}', 'echo $i ${x:-a b} ${x:-"a b"} ${#x} ${x%.yaml} ${x//a/b}'],
    ['echo $? $# $1 $@ "$@" $$', 'echo ${?} ${#} ${1} ${@} ${@} ${$}'],
    ['echo $(kubectl get pods -o name | wc -l) `date`', 'echo $(kubectl get pods -o name | wc -l) `date`'],
    ['echo $((i + 1)) $(( $(echo 2) * 3 ))', 'echo $((i + 1)) $(( $(echo 2) * 3 ))'],
    [`echo $'tab\\there' $"str"`, 'echo "tab\\there" "str"'],
    ['echo a\\\nb # comment', 'echo ab'],
    ['echo a#b #c', 'echo a#b'],
    ['echo ${a b} ${x:1}', 'echo BAD⟨${a b}⟩ BAD⟨${x:1}⟩'],
    ['diff <(kubectl get sts web -o yaml) web.yaml', 'diff <(kubectl get sts web -o yaml) web.yaml'],
    ['echo "" \'\' x""', 'echo "" "" x""'],
  ])('%s', (source, expected) => {
    expect(rendered(source)).toEqual([expected])
  })
})

describe('parse: commands', () => {
  it.each([
    ['a; b & c && d || e | f', 'a ; b & ; c && d || e | f'],
    ['a |\n b &&\n\n c', 'a | b && c'],
    ['FOO=1 BAR+=x kubectl get pods', 'FOO=1 BAR+=x kubectl get pods'],
    ['NAME=web', 'NAME=web'],
    ['echo NAME=web', 'echo NAME=web'],
    ['kubectl get pods >out 2>&1 >>log 2>/dev/null &>all <in', 'kubectl get pods >out 2>&1 >>log 2>/dev/null &>all <in'],
    ['cat <<<"$x" 0<&- 3>&2 >|f', 'cat <<<$x <&- 3>&2 >|f'],
    ['echo a |& grep a', 'echo a 2>&1 | grep a'],
    ['! kubectl get pod web-9', '! kubectl get pod web-9'],
    ['for i in 0 1 2; do echo $i; done', 'for i in 0 1 2 { echo $i }'],
    ['for i in $(seq 0 2)\ndo\n  echo "$i"\ndone', 'for i in $(seq 0 2) { echo $i }'],
    ['for i; do :; done', 'for i { : }'],
    ['for i in {0..2}; { echo $i; }', 'for i in {0..2} { echo $i }'],
    ['for ((i = 0; i < 3; i++)); do echo $i; done', 'for ((i = 0;  i < 3;  i++)) { echo $i }'],
    ['while true; do sleep 1; done', 'while { true } { sleep 1 }'],
    ['until kubectl get pod web-2; do sleep 1; done', 'until { kubectl get pod web-2 } { sleep 1 }'],
    ['if a; then b; elif c; then d; else e; fi', 'if { a } then { b } elif { c } then { d } else { e }'],
    ['if [ "$x" = y ]\nthen\n  echo yes\nfi', 'if { [ $x = y ] } then { echo yes }'],
    ['case $x in web-*|db) echo a;; *) echo b;; esac', 'case $x in web-*|db) echo a ;; *) echo b ;; esac'],
    ['(cd /tmp; ls) > out', '( cd /tmp ; ls ) >out'],
    ['{ echo a; echo b; } 2>&1', '{ echo a ; echo b } 2>&1'],
    ['((i++))', '((i++))'],
    ['((echo a) )', '( ( echo a ) )'],
    ['f() { echo "$1"; }', 'f() { echo ${1} }'],
    ['function f { echo; }', 'f() { echo }'],
    ['echo a # done', 'echo a'],
  ])('%s', (source, expected) => {
    expect(rendered(source)).toEqual([expected])
  })

  it('splits complete commands at newlines, not at ; or &', () => {
    expect(rendered('a; b\n\n# comment\nc &\nfor i in 1\ndo x; done\n')).toEqual(['a ; b', 'c &', 'for i in 1 { x }'])
  })

  it('never throws and returns no commands for blank input', () => {
    expect(parse('')).toEqual({ source: '', commands: [], error: null, warnings: [] })
    expect(parse('\n  \n# only a comment\n').commands).toEqual([])
  })
})

describe('parse: here-documents', () => {
  it.each([
    ['cat <<EOF\nhello $USER\nEOF\n', 'cat <<EOF⟨"hello "$USER"\\n"⟩'],
    ["cat <<'EOF'\nhello $USER\nEOF\n", 'cat <<"EOF"⟨"hello $USER\\n"⟩'],
    ['cat <<"EOF"\nhello `x`\nEOF\n', 'cat <<"EOF"⟨"hello `x`\\n"⟩'],
    ['cat <<\\EOF\n$x\nEOF\n', 'cat <<"E"OF⟨"$x\\n"⟩'],
    ['cat <<-EOF\n\t\tindented $x\n\tEOF\n', 'cat <<-EOF⟨"indented "$x"\\n"⟩'],
    ['cat <<EOF\n"quotes" stay, \\$x and \\\\ unescape\nEOF\n', 'cat <<EOF⟨"\\"quotes\\" stay, $x and \\\\ unescape\\n"⟩'],
    ["cat <<'EOF' > web.yaml\nkind: Service\nEOF\n", 'cat <<"EOF"⟨"kind: Service\\n"⟩ >web.yaml'],
    ['cat <<A; cat <<B\na\nA\nb\nB\n', 'cat <<A⟨"a\\n"⟩ ; cat <<B⟨"b\\n"⟩'],
    ['x=$(cat <<EOF\nhi\nEOF\n)\n', 'x=$(cat <<EOF⟨"hi\\n"⟩)'],
    ['cat <<EOF\n\nEOF\n', 'cat <<EOF⟨"\\n"⟩'],
    ['cat <<EOF\nEOF\n', 'cat <<EOF⟨⟩'],
  ])('%j', (source, expected) => {
    expect(rendered(source)).toEqual([expected])
  })

  it('reads the body after the line, so a pipeline can follow the operator', () => {
    const source = 'cat <<EOF | kubectl apply -f -\nkind: Service\nEOF\nkubectl get svc\n'
    expect(rendered(source)).toEqual(['cat <<EOF⟨"kind: Service\\n"⟩ | kubectl apply -f -', 'kubectl get svc'])
  })

  it('uses the rest of the input when the delimiter never comes, and warns', () => {
    const result = parse('cat <<EOF\nhi')
    expect(renderCommands(result.commands)).toEqual(['cat <<EOF⟨"hi\\n"⟩'])
    const heredoc = (result.commands[0].list.items[0].first.commands[0] as SimpleCommand).redirects[0].heredoc
    expect(heredoc?.terminated).toBe(false)
    expect(result.warnings.map(w => w.message)).toEqual(["here-document at line 1 delimited by end-of-file (wanted `EOF')"])
  })
})

describe('parse: source spans', () => {
  const source = 'echo a; kubectl get pods  # list\nfor i in 1 2; do\n  echo "web-$i"\ndone\ncat <<EOF | wc -l\nx\nEOF\n'
  const result = parse(source)
  const text = (span: { start: number; end: number }) => source.slice(span.start, span.end)

  it('spans each complete command from its first token to its last', () => {
    expect(result.commands.map(c => text(c.span))).toEqual([
      'echo a; kubectl get pods',
      'for i in 1 2; do\n  echo "web-$i"\ndone',
      'cat <<EOF | wc -l',
    ])
  })

  it('extends the extent over trailing comments and here-document bodies, for history', () => {
    expect(result.commands.map(c => text(c.extent))).toEqual([
      'echo a; kubectl get pods  # list',
      'for i in 1 2; do\n  echo "web-$i"\ndone',
      'cat <<EOF | wc -l\nx\nEOF',
    ])
  })

  it('spans words, parts, and and-or items', () => {
    const [first] = result.commands[0].list.items
    expect(text(first.span)).toBe('echo a')
    const loop = result.commands[1].list.items[0].first.commands[0]
    expect(loop.type).toBe('for')
    if (loop.type !== 'for') return
    const echo = loop.body.items[0].first.commands[0] as SimpleCommand
    expect(echo.words.map(w => text(w.span))).toEqual(['echo', '"web-$i"'])
    expect(echo.words[1].parts.map(p => text(p.span))).toEqual(['web-', '$i'])
  })

  it('maps spans inside backquotes back to the source', () => {
    const src = 'echo `kubectl get \\$x`'
    const word = (parse(src).commands[0].list.items[0].first.commands[0] as SimpleCommand).words[1]
    const sub = word.parts[0]
    expect(sub.type === 'command-substitution' && sub.body ? src.slice(sub.body.span.start, sub.body.span.end) : null).toBe(
      'kubectl get \\$x',
    )
  })
})

describe('parse: the StatefulSet tutorial', () => {
  it.each([
    ['kubectl apply -f https://k8s.io/examples/application/web/web.yaml', 'kubectl apply -f https://k8s.io/examples/application/web/web.yaml'],
    ['kubectl get pods -w -l app=nginx', 'kubectl get pods -w -l app=nginx'],
    [`for i in 0 1; do kubectl exec "web-$i" -- sh -c 'hostname'; done`, 'for i in 0 1 { kubectl exec "web-"$i -- sh -c "hostname" }'],
    [
      'kubectl run -i --tty --image busybox:1.28 dns-test --restart=Never --rm',
      'kubectl run -i --tty --image busybox:1.28 dns-test --restart=Never --rm',
    ],
    [
      'for i in 0 1; do kubectl exec -i -t "web-$i" -- curl http://localhost/; done',
      'for i in 0 1 { kubectl exec -i -t "web-"$i -- curl http://localhost/ }',
    ],
    [
      `for i in 0 1; do kubectl exec "web-$i" -- sh -c 'echo "$(hostname)" > /usr/share/nginx/html/index.html'; done`,
      'for i in 0 1 { kubectl exec "web-"$i -- sh -c "echo \\"$(hostname)\\" > /usr/share/nginx/html/index.html" }',
    ],
    [
      `kubectl patch statefulset web -p '{"spec":{"updateStrategy":{"type":"RollingUpdate","rollingUpdate":{"partition":3}}}}'`,
      'kubectl patch statefulset web -p "{\\"spec\\":{\\"updateStrategy\\":{\\"type\\":\\"RollingUpdate\\",\\"rollingUpdate\\":{\\"partition\\":3}}}}"',
    ],
    [
      `kubectl patch statefulset web --type='json' -p='[{"op": "replace", "path": "/spec/template/spec/containers/0/image", "value":"registry.k8s.io/nginx-slim:0.24"}]'`,
      'kubectl patch statefulset web --type="json" -p="[{\\"op\\": \\"replace\\", \\"path\\": \\"/spec/template/spec/containers/0/image\\", \\"value\\":\\"registry.k8s.io/nginx-slim:0.24\\"}]"',
    ],
    [
      `kubectl get pod web-0 --template '{{range $i, $c := .spec.containers}}{{$c.image}}{{end}}'`,
      'kubectl get pod web-0 --template "{{range $i, $c := .spec.containers}}{{$c.image}}{{end}}"',
    ],
    [
      `for p in 0 1 2; do kubectl get pod "web-$p" --template '{{range $i, $c := .spec.containers}}{{$c.image}}{{end}}'; echo; done`,
      'for p in 0 1 2 { kubectl get pod "web-"$p --template "{{range $i, $c := .spec.containers}}{{$c.image}}{{end}}" ; echo }',
    ],
    ['kubectl delete statefulset web --cascade=orphan', 'kubectl delete statefulset web --cascade=orphan'],
    ['kubectl get pods -w -l app=nginx &', 'kubectl get pods -w -l app=nginx &'],
    ['timeout 30 kubectl rollout status sts web', 'timeout 30 kubectl rollout status sts web'],
  ])('%s', (source, expected) => {
    expect(rendered(source)).toEqual([expected])
  })

  it('a here-document applying a manifest', () => {
    const manifest = [
      'apiVersion: v1',
      'kind: Service',
      'metadata:',
      '  name: nginx',
      '  labels:',
      '    app: nginx',
      'spec:',
      '  ports:',
      '  - port: 80',
      '    name: web',
      '  clusterIP: None',
      '  selector:',
      '    app: nginx',
      '',
    ].join('\n')
    const source = `cat <<EOF | kubectl apply -f -\n${manifest}EOF\n`
    const result = parse(source)
    expect(result.error).toBeNull()
    expect(result.commands).toHaveLength(1)
    const [cat, apply] = result.commands[0].list.items[0].first.commands as SimpleCommand[]
    expect(cat.redirects[0].heredoc?.body).toEqual([
      { type: 'text', value: manifest, quoted: true, span: { start: 31, end: 31 + manifest.length } },
    ])
    expect(apply.words.map(w => source.slice(w.span.start, w.span.end))).toEqual(['kubectl', 'apply', '-f', '-'])
    expect(source.slice(result.commands[0].extent.start, result.commands[0].extent.end)).toBe(source.slice(0, -1))
  })
})
