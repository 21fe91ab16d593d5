// monaco-editor ships no typings for its language definition modules.
declare module 'monaco-editor/languages/definitions/yaml/yaml' {
  import type { languages } from 'monaco-editor/editor/editor.api'
  export const conf: languages.LanguageConfiguration
  export const language: languages.IMonarchLanguage
}
