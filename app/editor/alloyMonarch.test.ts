import { describe, expect, it } from 'vitest';
import { compile } from 'monaco-editor/editor/standalone/common/monarch/monarchCompile';
import { MonarchTokenizer } from 'monaco-editor/editor/standalone/common/monarch/monarchLexer';
import { ALLOY_TOKEN as T, alloyMonarch } from './alloyMonarch';

type LineToken = { text: string; type: string };

/** Runs the tokenizer with Monaco's own Monarch compiler and lexer, as the editor would. */
function tokenize(text: string): LineToken[][] {
  const tokenizer = new MonarchTokenizer(
    { getLanguageIdCodec: () => null },
    {},
    'alloy',
    compile('alloy', alloyMonarch),
    { getValue: () => 20_000, onDidChangeConfiguration: () => ({ dispose: () => undefined }) },
  );
  const lines = text.split('\n');
  let state = tokenizer.getInitialState();
  return lines.map((line, index) => {
    const { tokens, endState } = tokenizer.tokenize(line, index < lines.length - 1, state);
    state = endState;
    return tokens
      .map((token, i) => ({
        text: line.slice(token.offset, tokens[i + 1]?.offset ?? line.length),
        type: token.type.replace(/\.alloy$/, ''),
      }))
      .filter((token) => token.text.trim() !== '');
  });
}

/** `[text, class]` pairs of every non-blank token. */
const classes = (text: string): [string, string][] =>
  tokenize(text)
    .flat()
    .map((token) => [token.text, token.type]);

/** The class of the only token spelled `text`. */
function classOf(source: string, text: string): string {
  const matches = tokenize(source)
    .flat()
    .filter((token) => token.text === text);
  expect(matches, `tokens spelled ${text}`).toHaveLength(1);
  return matches[0]!.type;
}

describe('Alloy tokenizer', () => {
  it('tells block names, labels, attribute names and references apart', () => {
    expect(classes('loki.relabel "alloy_logs" {\n\tforward_to = [loki.write.mythical.receiver]\n}')).toEqual([
      ['loki.relabel', T.blockName],
      ['"alloy_logs"', T.blockLabel],
      ['{', T.curly],
      ['forward_to', T.attributeName],
      ['=', T.operator],
      ['[', T.square],
      ['loki.write.mythical.receiver', T.reference],
      [']', T.square],
      ['}', T.curly],
    ]);
  });

  it('marks function calls, dotted or not, apart from references', () => {
    const source = 'x = string.format("%s", sys.env ("HOME"), concat([a], b))';
    expect(classOf(source, 'string.format')).toBe(T.functionCall);
    expect(classOf(source, 'sys.env')).toBe(T.functionCall);
    expect(classOf(source, 'concat')).toBe(T.functionCall);
    expect(classOf(source, 'a')).toBe(T.reference);
    expect(classOf(source, 'b')).toBe(T.reference);
  });

  it('marks object keys, bare and quoted, apart from attribute names and values', () => {
    const source = 'targets = [{"__address__" = "loki:3100", group = env, raw = `x`}]';
    expect(classOf(source, 'targets')).toBe(T.attributeName);
    expect(classOf(source, '"__address__"')).toBe(T.objectKey);
    expect(classOf(source, '"loki:3100"')).toBe(T.string);
    expect(classOf(source, 'group')).toBe(T.objectKey);
    expect(classOf(source, 'env')).toBe(T.reference);
    expect(classOf(source, 'raw')).toBe(T.objectKey);
    expect(classOf(source, '`x`')).toBe(T.rawString);
  });

  it('does not take a comparison for an assignment', () => {
    expect(classOf('x = {a = b == c}', 'b')).toBe(T.reference);
    expect(classOf('x = {a = b == c}', '==')).toBe(T.operator);
  });

  it('highlights valid escapes and flags invalid ones', () => {
    const valid = [
      '\\a',
      '\\b',
      '\\f',
      '\\n',
      '\\r',
      '\\t',
      '\\v',
      '\\\\',
      '\\"',
      '\\101',
      '\\x4A',
      '\\u00e9',
      '\\U0001F600',
    ];
    for (const escape of valid) expect(classOf(`x = "a${escape}b"`, escape), escape).toBe(T.stringEscape);
    for (const escape of ["\\'", '\\q', '\\8', '\\x4']) {
      expect(classOf(`x = "${escape}"`, escape.slice(0, 2)), escape).toBe(T.invalidEscape);
    }
  });

  it('ends an unterminated string at the end of its line', () => {
    expect(classes('x = "abc\ny = 1')).toEqual([
      ['x', T.attributeName],
      ['=', T.operator],
      ['"abc', T.string],
      ['y', T.attributeName],
      ['=', T.operator],
      ['1', T.number],
    ]);
  });

  it('keeps raw strings across lines without escapes', () => {
    expect(classes('x = `a\\n\nb "c"`\ny = 1')).toEqual([
      ['x', T.attributeName],
      ['=', T.operator],
      ['`a\\n', T.rawString],
      ['b "c"`', T.rawString],
      ['y', T.attributeName],
      ['=', T.operator],
      ['1', T.number],
    ]);
  });

  it('classifies integers and every float form', () => {
    for (const integer of ['0', '42', '0123']) expect(classOf(`x = ${integer}`, integer)).toBe(T.number);
    for (const float of ['1.5', '1.', '.5', '1e3', '1.5E-3', '2e+10']) {
      expect(classOf(`x = ${float}`, float), float).toBe(T.float);
    }
    // `1_000` is a number followed by an identifier, as Alloy scans it.
    expect(classes('x = 1_000').slice(2)).toEqual([
      ['1', T.number],
      ['_000', T.reference],
    ]);
  });

  it('treats true, false and null as constants only as whole words', () => {
    for (const constant of ['true', 'false', 'null'])
      expect(classOf(`x = ${constant}`, constant)).toBe(T.constant);
    expect(classOf('x = trueish', 'trueish')).toBe(T.reference);
    expect(classOf('x = null_value', 'null_value')).toBe(T.reference);
  });

  it('colours line and block comments anywhere', () => {
    expect(classes('// a\nx = 1 /* b */ + 2 // c\n/* d\ne */\ny = 2')).toEqual([
      ['// a', T.comment],
      ['x', T.attributeName],
      ['=', T.operator],
      ['1', T.number],
      ['/* b */', T.comment],
      ['+', T.operator],
      ['2', T.number],
      ['// c', T.comment],
      ['/* d', T.comment],
      ['e */', T.comment],
      ['y', T.attributeName],
      ['=', T.operator],
      ['2', T.number],
    ]);
  });

  it('recognises every operator and delimiter', () => {
    const operators = ['||', '&&', '==', '!=', '<', '<=', '>', '>=', '+', '-', '*', '/', '%', '^'];
    for (const operator of operators) {
      expect(classOf(`x = a ${operator} b`, operator), operator).toBe(T.operator);
    }
    expect(classOf('x = !a', '!')).toBe(T.operator);
    expect(classes('x = f(a, b.c)[0]').map(([, type]) => type)).toEqual([
      T.attributeName,
      T.operator,
      T.functionCall,
      T.parenthesis,
      T.reference,
      T.delimiter,
      T.reference,
      T.parenthesis,
      T.square,
      T.number,
      T.square,
    ]);
  });

  it('flags characters Alloy does not accept', () => {
    expect(classOf('# comment?', '#')).toBe(T.invalid);
    expect(classOf('x = 1;', ';')).toBe(T.invalid);
    expect(classOf("x = 'single'", "'single'")).toBe(T.invalid);
    expect(classOf('x = a : b', ':')).toBe(T.invalid);
  });

  it('accepts Unicode letters and digits in identifiers', () => {
    expect(classOf('métrica = valor۱', 'métrica')).toBe(T.attributeName);
    expect(classOf('métrica = valor۱', 'valor۱')).toBe(T.reference);
  });

  describe('statement boundaries', () => {
    it('ends a value at the end of its line', () => {
      expect(classOf('a = b\nc = d', 'c')).toBe(T.attributeName);
      expect(classOf('a = b\nc.d "e" { }', 'c.d')).toBe(T.blockName);
    });

    it('continues a value after a trailing operator, even with a comment after it', () => {
      expect(classOf('a = b +\n\tc\nd = 1', 'c')).toBe(T.reference);
      expect(classOf('a = b || // why\n\tc\nd = 1', 'c')).toBe(T.reference);
      expect(classOf('a = b +\n\tc\nd = 1', 'd')).toBe(T.attributeName);
    });

    it('reads a value that starts on the line after `=`', () => {
      expect(classOf('a =\n\tb\nc = 1', 'b')).toBe(T.reference);
      expect(classOf('a = // soon\n\tb\nc = 1', 'b')).toBe(T.reference);
      expect(classOf('a =\n\tb\nc = 1', 'c')).toBe(T.attributeName);
    });

    it('keeps brackets open across lines and closes them', () => {
      const source = 'a = [\n\tb,\n\t{c = d},\n\tf(\n\t\tg,\n\t),\n]\nh = 1';
      expect(classOf(source, 'b')).toBe(T.reference);
      expect(classOf(source, 'c')).toBe(T.objectKey);
      expect(classOf(source, 'g')).toBe(T.reference);
      expect(classOf(source, 'h')).toBe(T.attributeName);
    });

    it('closes a one-line block after its attribute', () => {
      expect(classes('a { b = c }\nd = e')).toEqual([
        ['a', T.blockName],
        ['{', T.curly],
        ['b', T.attributeName],
        ['=', T.operator],
        ['c', T.reference],
        ['}', T.curly],
        ['d', T.attributeName],
        ['=', T.operator],
        ['e', T.reference],
      ]);
    });

    it('nests blocks and returns to the top level after them', () => {
      const source = 'a "x" {\n\tb {\n\t\tc {\n\t\t}\n\t}\n}\nd = 1\n}';
      expect(classOf(source, 'b')).toBe(T.blockName);
      expect(classOf(source, 'c')).toBe(T.blockName);
      expect(classOf(source, 'd')).toBe(T.attributeName);
      // One closing brace too many is an error at the top level.
      expect(tokenize(source).at(-1)).toEqual([{ text: '}', type: T.invalid }]);
    });
  });
});
