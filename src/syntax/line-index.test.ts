import { describe, expect, it } from 'vitest';
import { LineIndex, utf8Column, utf8Length } from './line-index';

describe('LineIndex', () => {
  const text = 'ab\n\r\ncd\n';
  const lines = new LineIndex(text);

  it('starts a line after every newline, a carriage return being an ordinary character', () => {
    expect(lines.lineStarts).toEqual([0, 3, 5, 8]);
    expect(lines.lineCount).toBe(4);
  });

  it('maps offsets to positions in any order of lookups', () => {
    for (const offset of [8, 0, 5, 2, 3, 4, 7, 1, 6]) {
      const position = lines.position(offset);
      expect(lines.offsetAt(position.line, position.column)).toBe(offset);
    }
    expect(lines.position(6)).toEqual({ offset: 6, line: 3, column: 2 });
    expect(lines.position(8)).toEqual({ offset: 8, line: 4, column: 1 });
  });

  it('places both ends of a span', () => {
    expect(lines.range({ start: 1, end: 6 })).toEqual({
      start: { offset: 1, line: 1, column: 2 },
      end: { offset: 6, line: 3, column: 2 },
    });
  });

  it('clamps offsets and columns to the text', () => {
    expect(lines.position(-3)).toEqual({ offset: 0, line: 1, column: 1 });
    expect(lines.position(99)).toEqual({ offset: 8, line: 4, column: 1 });
    expect(lines.offsetAt(1, 50)).toBe(2);
    expect(lines.offsetAt(9, 1)).toBe(8);
  });

  it('maps a text without newlines and an empty text', () => {
    expect(new LineIndex('abc').position(3)).toEqual({ offset: 3, line: 1, column: 4 });
    expect(new LineIndex('').position(0)).toEqual({ offset: 0, line: 1, column: 1 });
  });
});

describe('UTF-8 byte columns', () => {
  it('counts bytes the way UTF-8 encodes each character', () => {
    expect(utf8Length('aé日😀')).toBe(1 + 2 + 3 + 4);
  });

  it('counts a lone surrogate (an undecodable byte) as one byte', () => {
    expect(utf8Length('a\udc80b')).toBe(3);
    expect(utf8Length('\ud83d')).toBe(1);
  });

  it('gives the byte column of a position', () => {
    const text = 'x\n\té😀 = 1';
    const lines = new LineIndex(text);
    expect(utf8Column(text, lines.position(text.indexOf('=')))).toBe(1 + 2 + 4 + 1 + 1);
    expect(lines.utf8Column(lines.position(0))).toBe(1);
  });
});
