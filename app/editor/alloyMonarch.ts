/**
 * Syntax highlighting for Alloy: a Monarch tokenizer that tells apart every
 * token class of the language (see the spec, section 2).
 *
 * The states follow Alloy's grammar: statements (block headers and attribute
 * names) at the top level and inside block bodies; an attribute's value runs
 * to the end of its line unless a bracket or a trailing operator carries it
 * over, which mirrors Alloy's automatic statement terminators (spec 2.9).
 */
import type { languages } from 'monaco-editor/editor/editor.api';

/** The token classes the tokenizer emits (without the `.alloy` postfix); themes colour each one. */
export const ALLOY_TOKEN = {
  blockName: 'type',
  blockLabel: 'tag',
  attributeName: 'attribute.name',
  objectKey: 'key',
  functionCall: 'function',
  reference: 'variable',
  string: 'string',
  stringEscape: 'string.escape',
  invalidEscape: 'string.escape.invalid',
  rawString: 'string.raw',
  number: 'number',
  float: 'number.float',
  constant: 'constant',
  comment: 'comment',
  operator: 'operator',
  delimiter: 'delimiter',
  curly: 'delimiter.curly',
  square: 'delimiter.square',
  parenthesis: 'delimiter.parenthesis',
  invalid: 'invalid',
} as const;

export type AlloyTokenClass = (typeof ALLOY_TOKEN)[keyof typeof ALLOY_TOKEN];

const T = ALLOY_TOKEN;

export const alloyMonarch: languages.IMonarchLanguage = {
  defaultToken: T.invalid,
  tokenPostfix: '.alloy',
  unicode: true,
  // Lets rules see the end of a line, where an attribute's value ends.
  includeLF: true,

  // Identifiers: a letter or `_`, then letters, decimal digits or `_` (spec 2.4).
  ident: /[\p{L}_][\p{L}\p{Nd}_]*/u,
  dotted: /[\p{L}_][\p{L}\p{Nd}_]*(?:\.[\p{L}_][\p{L}\p{Nd}_]*)*/u,
  operators: /\|\||&&|==|!=|<=|>=|[-+*/%^<>!=]/u,
  // Nothing but blanks and perhaps a line comment up to the end of the line.
  restOfLine: /[ \t\r]*(?:\/\/.*)?\n/u,
  escapes: /\\(?:[abfnrtv\\"]|[0-7]{3}|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8})/u,

  tokenizer: {
    root: [{ include: '@statement' }, [/\}/u, T.invalid]],

    /** Inside `name "label" { … }`. */
    body: [{ include: '@statement' }, [/\}/u, T.curly, '@pop']],

    statement: [
      { include: '@whitespace' },
      [/@ident(?=[ \t\r]*=(?!=))/u, T.attributeName],
      [/@dotted/u, T.blockName],
      [/"(?:[^"\\\n]|\\.)*"?/u, T.blockLabel],
      [/\{/u, T.curly, '@body'],
      [/=(?=@restOfLine)/u, T.operator, '@valueOnNextLine'],
      [/=/u, T.operator, '@value'],
      [/\n/u, ''],
    ],

    /** An attribute's value: ends with its line, or before the `}` of a one-line block. */
    value: [
      [/\n/u, '', '@pop'],
      [/(?=\})/u, '', '@pop'],
      // A trailing operator carries the expression over to the next line.
      [/(?:@operators)(?=@restOfLine)/u, T.operator, '@lineContinuation'],
      { include: '@expression' },
    ],

    /** After `name =` at the end of a line. */
    valueOnNextLine: [{ include: '@whitespace' }, [/\n/u, { token: '', switchTo: '@value' }]],

    /** After an operator at the end of a line. */
    lineContinuation: [{ include: '@whitespace' }, [/\n/u, '', '@pop']],

    array: [[/\]/u, T.square, '@pop'], [/\n/u, ''], { include: '@expression' }],
    call: [[/\)/u, T.parenthesis, '@pop'], [/\n/u, ''], { include: '@expression' }],
    object: [
      [/\}/u, T.curly, '@pop'],
      [/\n/u, ''],
      [/@ident(?=[ \t\r]*=(?!=))/u, T.objectKey],
      [/"(?:[^"\\\n]|\\.)*"(?=[ \t\r]*=(?!=))/u, T.objectKey],
      [/`[^`]*`(?=[ \t\r]*=(?!=))/u, T.objectKey],
      { include: '@expression' },
    ],

    expression: [
      { include: '@whitespace' },
      [/(?:\d+\.\d*|\.\d+)(?:[eE][+-]?\d*)?|\d+[eE][+-]?\d*/u, T.float],
      [/\d+/u, T.number],
      [/(?:true|false|null)(?![\p{L}\p{Nd}_])/u, T.constant],
      [/@dotted(?=[ \t\r]*\()/u, T.functionCall],
      [/@dotted/u, T.reference],
      [/"/u, T.string, '@string'],
      [/`/u, T.rawString, '@rawString'],
      // Alloy has no single-quoted strings (spec 2.6).
      [/'(?:[^'\\\n]|\\.)*'?/u, T.invalid],
      [/\[/u, T.square, '@array'],
      [/\(/u, T.parenthesis, '@call'],
      [/\{/u, T.curly, '@object'],
      [/@operators/u, T.operator],
      [/[,.]/u, T.delimiter],
    ],

    string: [
      [/[^\\"\n]+/u, T.string],
      [/@escapes/u, T.stringEscape],
      [/\\./u, T.invalidEscape],
      [/"/u, T.string, '@pop'],
      // Unterminated at the end of the line: leave the newline to the enclosing state.
      [/(?=\n)/u, '', '@pop'],
    ],

    rawString: [
      [/[^`]+/u, T.rawString],
      [/`/u, T.rawString, '@pop'],
    ],

    whitespace: [
      [/[ \t\r]+/u, ''],
      [/\/\/.*/u, T.comment],
      [/\/\*/u, T.comment, '@blockComment'],
    ],

    blockComment: [
      [/[^*]+/u, T.comment],
      [/\*\//u, T.comment, '@pop'],
      [/\*/u, T.comment],
    ],
  },
};
