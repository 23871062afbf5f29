import { describe, expect, it } from 'vitest';
import {
  alloyOffset,
  alloyPosition,
  decodeHex,
  encodeHex,
  loadVectors,
  type ScannerVector,
} from '../../test/conformance/vectors';
import { LineIndex } from './line-index';
import { scan, Scanner } from './scanner';

function scanLikeVector(vector: ScannerVector) {
  const input = vector.inputHex !== undefined ? decodeHex(vector.inputHex) : (vector.input ?? '');
  const { tokens, diagnostics } = scan(input, { terminators: vector.mode === 'default' });
  const lines = new LineIndex(input);
  return {
    tokens: tokens.map((token, i) => ({
      tok: token.kind,
      // Literals that are not valid UTF-8 are compared by their bytes.
      ...(vector.tokens[i]?.litHex !== undefined
        ? { lit: vector.tokens[i]?.lit, litHex: encodeHex(token.literal) }
        : { lit: token.literal }),
      pos: alloyPosition(input, lines.position(token.range.start)),
      offset: alloyOffset(input, lines.position(token.range.start)),
    })),
    errors: diagnostics.map((d) => ({
      message: d.message,
      pos: alloyPosition(input, d.range.start),
      offset: alloyOffset(input, d.range.start),
    })),
  };
}

describe('scanner conformance vectors', () => {
  for (const vector of loadVectors().scanner) {
    it(`${vector.id}: ${JSON.stringify(vector.input ?? vector.inputHex)}`, () => {
      expect(scanLikeVector(vector)).toEqual({ tokens: vector.tokens, errors: vector.errors });
    });
  }
});

describe('scan', () => {
  it('gives token ranges over the source text, zero-width terminators and EOF', () => {
    const { tokens } = scan('é = "x"\n');
    expect(tokens.map((t) => [t.kind, t.range.start, t.range.end])).toEqual([
      ['IDENT', 0, 1],
      ['=', 2, 3],
      ['STRING', 4, 7],
      ['TERMINATOR', 7, 7],
      ['EOF', 8, 8],
    ]);
  });

  it('reports diagnostics as syntax errors with ranges inside the text', () => {
    const { diagnostics } = scan('x = "abc\n');
    expect(diagnostics).toEqual([
      {
        severity: 'error',
        code: 'syntax',
        message: 'string literal not terminated',
        range: { start: { offset: 4, line: 1, column: 5 }, end: { offset: 8, line: 1, column: 9 } },
      },
    ]);
  });

  it('treats a lone surrogate as an undecodable byte', () => {
    const { tokens, diagnostics } = scan('a\udc80');
    expect(tokens.map((t) => t.kind)).toEqual(['IDENT', 'ILLEGAL', 'TERMINATOR', 'EOF']);
    expect(diagnostics.map((d) => d.message)).toEqual([
      'illegal UTF-8 encoding',
      "illegal character U+FFFD '�'",
    ]);
  });

  it('keeps a surrogate pair together as one character', () => {
    const { tokens, diagnostics } = scan('"😀" 😀');
    expect(tokens[0]?.literal).toBe('"😀"');
    expect(diagnostics.map((d) => d.message)).toEqual(["illegal character U+1F600 '😀'"]);
  });

  it('reports a read error once even when a comment is looked ahead of', () => {
    const { diagnostics } = scan('a = 1 /* \0 */\n');
    expect(diagnostics.map((d) => d.message)).toEqual(['illegal character NUL']);
  });

  it('reports read errors in a looked-ahead comment before the terminator, as Alloy first does', () => {
    const source = 'a = 1 /* \ufeff';
    const events: string[] = [];
    const scanner = new Scanner(source, (message) => events.push(message));
    while (scanner.next() !== 'EOF') events.push(scanner.kind);
    expect(events).toEqual([
      'IDENT',
      '=',
      'NUMBER',
      'illegal byte order mark',
      'TERMINATOR',
      'block comment not terminated',
      'COMMENT',
    ]);
  });

  it('keeps a carriage return that separates * and / in a block comment', () => {
    expect(scan('/* a *\r/ */').tokens[0]?.literal).toBe('/* a *\r/ */');
    expect(scan('/* a \r\n */').tokens[0]?.literal).toBe('/* a \n */');
  });

  it('reports every escape problem at the character after the backslash', () => {
    const { diagnostics } = scan('"\\xZZ \\u12 \\U0011FFFF \\777 \\e"');
    expect(diagnostics.map((d) => [d.message, d.range.start.column])).toEqual([
      ["illegal character U+005A 'Z' in escape sequence", 3],
      ["illegal character U+0020 ' ' in escape sequence", 8],
      ['escape sequence is invalid Unicode code point', 13],
      ['escape sequence is invalid Unicode code point', 24],
      ['unknown escape sequence', 29],
    ]);
  });
});
