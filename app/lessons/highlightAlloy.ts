/**
 * Alloy snippets tokenized by the editor's own Monarch tokenizer, so that
 * lesson code looks exactly like the editor. Loaded lazily: it brings Monaco.
 */
import { monaco } from '../editor/monacoSetup';
import { ALLOY_LANGUAGE_ID, registerAlloyLanguage } from '../editor/registerAlloyLanguage';

/** A run of text and its token class (`type`, `string.escape`; empty for plain text). */
export type AlloyToken = { text: string; tokenClass: string };

/** The tokens of each line of `code`. */
export function tokenizeAlloy(code: string): AlloyToken[][] {
  registerAlloyLanguage(monaco);
  const lines = code.split(/\r\n|\r|\n/);
  return monaco.editor.tokenize(code, ALLOY_LANGUAGE_ID).map((tokens, index) => {
    const line = lines[index] ?? '';
    return tokens.map((token, position) => ({
      text: line.slice(token.offset, tokens[position + 1]?.offset ?? line.length),
      tokenClass: token.type.replace(`.${ALLOY_LANGUAGE_ID}`, ''),
    }));
  });
}
