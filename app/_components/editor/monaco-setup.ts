// Loads Monaco from the monaco-editor npm package (never a CDN) with only the editor features
// and languages Ordinal uses, registers its web worker through the bundler, and hands the
// instance to @monaco-editor/react's loader. Imported only by client code loaded with ssr: false.
import { loader } from '@monaco-editor/react'
import * as monaco from 'monaco-editor/editor/editor.api'
import 'monaco-editor/editor/browser/coreCommands'
import 'monaco-editor/editor/browser/widget/codeEditor/codeEditorWidget'
import 'monaco-editor/editor/contrib/bracketMatching/browser/bracketMatching'
import 'monaco-editor/editor/contrib/clipboard/browser/clipboard'
import 'monaco-editor/editor/contrib/comment/browser/comment'
import 'monaco-editor/editor/contrib/contextmenu/browser/contextmenu'
import 'monaco-editor/editor/contrib/find/browser/findController'
import 'monaco-editor/editor/contrib/folding/browser/folding'
import 'monaco-editor/editor/contrib/hover/browser/hoverContribution'
import 'monaco-editor/editor/contrib/indentation/browser/indentation'
import 'monaco-editor/editor/contrib/linesOperations/browser/linesOperations'
import 'monaco-editor/editor/contrib/multicursor/browser/multicursor'
import 'monaco-editor/editor/contrib/suggest/browser/suggestController'
import 'monaco-editor/editor/contrib/wordHighlighter/browser/wordHighlighter'
import 'monaco-editor/editor/contrib/wordOperations/browser/wordOperations'
import 'monaco-editor/editor/contrib/gotoError/browser/gotoError'
import 'monaco-editor/editor/contrib/toggleTabFocusMode/browser/toggleTabFocusMode'
import 'monaco-editor/editor/common/standaloneStrings'
import { conf as yamlConf, language as yamlLanguage } from 'monaco-editor/languages/definitions/yaml/yaml'
import { completeManifestKeys } from '@/simulator/index'

declare global {
  interface Window {
    MonacoEnvironment?: monaco.Environment
  }
}

window.MonacoEnvironment = {
  getWorker() {
    return new Worker(new URL('monaco-editor/editor/editor.worker', import.meta.url), { type: 'module' })
  },
}

// YAML is registered eagerly: it is the only language Ordinal edits, and Monaco's lazy
// language loader would add a round trip before the first highlighted line.
monaco.languages.register({ id: 'yaml', extensions: ['.yaml', '.yml'], aliases: ['YAML', 'yaml'] })
monaco.languages.setMonarchTokensProvider('yaml', yamlLanguage)
monaco.languages.setLanguageConfiguration('yaml', yamlConf)

// Field names from the API's own schema where a key may go (metadata, spec, a container, …).
monaco.languages.registerCompletionItemProvider('yaml', {
  provideCompletionItems(model, position) {
    const word = model.getWordUntilPosition(position)
    const before = model.getLineContent(position.lineNumber).slice(0, word.startColumn - 1)
    if (!/^\s*(-\s+)?$/.test(before)) return { suggestions: [] }
    const range = { startLineNumber: position.lineNumber, endLineNumber: position.lineNumber, startColumn: word.startColumn, endColumn: word.endColumn }
    const childIndent = ' '.repeat(before.length + 2)
    const suggestions = completeManifestKeys(model.getValue(), position.lineNumber, word.startColumn).map((field, i) => ({
      label: field.name,
      kind: monaco.languages.CompletionItemKind.Field,
      detail: field.type,
      insertText: field.block ? `${field.name}:\n${childIndent}` : `${field.name}: `,
      sortText: String(i).padStart(3, '0'),
      range,
    }))
    return { suggestions }
  },
})

loader.config({ monaco })

export { monaco }
