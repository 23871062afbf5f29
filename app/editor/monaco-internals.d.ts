/**
 * Types for the two internal Monaco modules that run a Monarch tokenizer
 * without a browser, so the tokenizer can be unit-tested in Node.
 */
declare module 'monaco-editor/editor/standalone/common/monarch/monarchCompile' {
  import type { languages } from 'monaco-editor/editor/editor.api';

  export type CompiledMonarchLexer = { readonly languageId: string };
  export function compile(languageId: string, json: languages.IMonarchLanguage): CompiledMonarchLexer;
}

declare module 'monaco-editor/editor/standalone/common/monarch/monarchLexer' {
  import type { CompiledMonarchLexer } from 'monaco-editor/editor/standalone/common/monarch/monarchCompile';

  export type MonarchLineState = { readonly __brand: 'MonarchLineState' };
  export type MonarchToken = { readonly offset: number; readonly type: string };

  export class MonarchTokenizer {
    constructor(
      languageService: { getLanguageIdCodec(): null },
      standaloneThemeService: object,
      languageId: string,
      lexer: CompiledMonarchLexer,
      configurationService: {
        getValue(key: string): number;
        onDidChangeConfiguration(listener: () => void): { dispose(): void };
      },
    );
    getInitialState(): MonarchLineState;
    tokenize(
      line: string,
      hasEOL: boolean,
      state: MonarchLineState,
    ): { tokens: MonarchToken[]; endState: MonarchLineState };
  }
}
