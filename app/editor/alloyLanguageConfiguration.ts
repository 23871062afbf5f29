/**
 * How the editor handles Alloy text beyond colours: comments, brackets,
 * auto-closing, folding and indentation (one tab per nesting level, as the
 * formatter writes it).
 */
import type { languages } from 'monaco-editor/editor/editor.api';

export const alloyLanguageConfiguration: languages.LanguageConfiguration = {
  comments: { lineComment: '//', blockComment: ['/*', '*/'] },
  brackets: [
    ['{', '}'],
    ['[', ']'],
    ['(', ')'],
  ],
  autoClosingPairs: [
    { open: '{', close: '}' },
    { open: '[', close: ']' },
    { open: '(', close: ')' },
    { open: '"', close: '"', notIn: ['string', 'comment'] },
    { open: '`', close: '`', notIn: ['string', 'comment'] },
    { open: '/*', close: ' */', notIn: ['string'] },
  ],
  surroundingPairs: [
    { open: '{', close: '}' },
    { open: '[', close: ']' },
    { open: '(', close: ')' },
    { open: '"', close: '"' },
    { open: '`', close: '`' },
  ],
  autoCloseBefore: ';:.,=}])> \n\t',
  // Identifiers (Unicode letters and digits, spec 2.4) and numbers.
  wordPattern: /[\p{L}_][\p{L}\p{Nd}_]*|\d+(?:\.\d*)?(?:[eE][+-]?\d+)?/u,
  indentationRules: {
    // A line whose last bracket opens a block, list, object or call.
    increaseIndentPattern: /^.*[{[(]\s*(?:\/\/.*)?$/,
    // A line that starts by closing one.
    decreaseIndentPattern: /^\s*[}\])]/,
  },
  folding: {
    markers: { start: /^\s*\/\/\s*region\b/, end: /^\s*\/\/\s*endregion\b/ },
  },
};
