// Test helper: a compact, unambiguous rendering of the shell AST for table tests.
//   words: unquoted text as is, quoted text as a JSON string ("web-"), `$i`, `${x:-…}`, `$(…)`
//   commands: words then redirects; `a | b`, `a && b`, `a ; b`, `a &`
//   compound: `for i in 0 1 { … }`, `while { … } { … }`, `if { … } then { … } else { … }`, `( … )`
//   here-documents: `<<EOF⟨body⟩` with the body rendered like a word

import type { AndOr, Command, CompleteCommand, List, Pipeline, Redirect, Word, WordPart } from '@/simulator/shell/ast'

export function renderCommands(commands: readonly CompleteCommand[]): string[] {
  return commands.map(command => renderList(command.list))
}

export function renderList(list: List): string {
  return list.items.map(renderAndOr).join(' ; ')
}

function renderAndOr(andOr: AndOr): string {
  const rest = andOr.rest.map(link => ` ${link.op} ${renderPipeline(link.pipeline)}`).join('')
  return renderPipeline(andOr.first) + rest + (andOr.background ? ' &' : '')
}

function renderPipeline(pipeline: Pipeline): string {
  return (pipeline.negated ? '! ' : '') + pipeline.commands.map(renderCommand).join(' | ')
}

function renderCommand(command: Command): string {
  switch (command.type) {
    case 'simple': {
      const assignments = command.assignments.map(a => `${a.name}${a.append ? '+=' : '='}${renderWord(a.value)}`)
      return [...assignments, ...command.words.map(renderWord), ...command.redirects.map(renderRedirect)].join(' ')
    }
    case 'for': {
      const items = command.items ? ` in ${command.items.map(renderWord).join(' ')}` : ''
      return withRedirects(`for ${command.name}${items} { ${renderList(command.body)} }`, command.redirects)
    }
    case 'arithmetic-for': {
      const header = [command.init, command.condition, command.step].map(renderArithmetic).join('; ')
      return withRedirects(`for ((${header})) { ${renderList(command.body)} }`, command.redirects)
    }
    case 'while':
      return withRedirects(
        `${command.until ? 'until' : 'while'} { ${renderList(command.condition)} } { ${renderList(command.body)} }`,
        command.redirects,
      )
    case 'if': {
      const clauses = command.clauses.map(c => `if { ${renderList(c.condition)} } then { ${renderList(c.body)} }`)
      const otherwise = command.elseBody ? ` else { ${renderList(command.elseBody)} }` : ''
      return withRedirects(clauses.join(' el') + otherwise, command.redirects)
    }
    case 'case': {
      const items = command.items.map(
        item => `${item.patterns.map(renderWord).join('|')}) ${item.body ? renderList(item.body) + ' ' : ''}${item.terminator}`,
      )
      return withRedirects(`case ${renderWord(command.subject)} in ${items.join(' ')} esac`, command.redirects)
    }
    case 'subshell':
      return withRedirects(`( ${renderList(command.body)} )`, command.redirects)
    case 'group':
      return withRedirects(`{ ${renderList(command.body)} }`, command.redirects)
    case 'arithmetic-command':
      return withRedirects(`((${renderArithmetic(command.expression)}))`, command.redirects)
    case 'function':
      return `${command.name}() ${renderCommand(command.body)}`
  }
}

function withRedirects(text: string, redirects: readonly Redirect[]): string {
  return [text, ...redirects.map(renderRedirect)].join(' ')
}

export function renderRedirect(redirect: Redirect): string {
  const defaultFd = ['<', '<>', '<&', '<<', '<<-', '<<<'].includes(redirect.op) ? 0 : 1
  const fd = redirect.fd === defaultFd ? '' : String(redirect.fd)
  const body = redirect.heredoc ? `⟨${renderParts(redirect.heredoc.body)}⟩` : ''
  return `${fd}${redirect.op}${renderWord(redirect.target)}${body}`
}

export function renderWord(word: Word): string {
  return renderParts(word.parts)
}

export function renderParts(parts: readonly WordPart[]): string {
  return parts.map(renderPart).join('')
}

/** Arithmetic text is quoted in the AST (never split); shown bare here. */
function renderArithmetic(parts: readonly WordPart[]): string {
  return parts.map(part => (part.type === 'text' ? part.value : renderPart(part))).join('')
}

function renderPart(part: WordPart): string {
  switch (part.type) {
    case 'text':
      return part.quoted ? JSON.stringify(part.value) : part.value
    case 'param': {
      if (part.op === null) return /^[A-Za-z_][A-Za-z0-9_]*$/.test(part.name) ? `$${part.name}` : `\${${part.name}}`
      if (part.op === 'length') return `\${#${part.name}}`
      const replacement = part.replacement ? `/${renderParts(part.replacement)}` : ''
      return `\${${part.name}${part.op}${renderParts(part.arg ?? [])}${replacement}}`
    }
    case 'bad-substitution':
      return `BAD⟨${part.text}⟩`
    case 'command-substitution':
      if (!part.body) return `\`ERROR⟨${part.error}⟩\``
      return part.backquoted ? `\`${renderList(part.body)}\`` : `$(${renderList(part.body)})`
    case 'arithmetic':
      return `$((${renderArithmetic(part.expression)}))`
    case 'process-substitution':
      return `${part.direction}(${renderList(part.body)})`
  }
}
